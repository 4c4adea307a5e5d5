// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/RecordError.h"

#include <QCoreApplication>

QString RecordError::summary() const
{
    if (tag.isEmpty())
        return message;
    return QStringLiteral("%1 (at %2: %3)").arg(message).arg(position).arg(tag);
}

QString RecordError::summary(const QList<RecordError> &errors)
{
    if (errors.isEmpty())
        return {};
    QString text = errors.constFirst().summary();
    const int more = int(errors.size()) - 1;
    if (more > 0) {
        // One call on one line: Qt 6.4's lupdate hangs on a split one here.
        const QString others = QCoreApplication::translate(
            "RecordError", "(and %n more problem(s))", nullptr, more);
        text += QLatin1Char(' ') + others;
    }
    return text;
}
