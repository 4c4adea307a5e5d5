// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// "25, 465, 587": numbers as the reports list them (ports, attempt numbers).
template<typename Number>
QString numberList(const QList<Number> &numbers)
{
    QStringList texts;
    texts.reserve(numbers.size());
    for (Number number : numbers)
        texts.append(QString::number(number));
    return texts.join(QLatin1String(", "));
}
