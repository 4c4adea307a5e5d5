// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// The sample messages in tests/data/messages (SMTP_DOCTOR_TEST_DATA), read
// by the message tests.
inline QByteArray messageSample(const QString &name)
{
    QFile file(QStringLiteral(SMTP_DOCTOR_TEST_DATA "/messages/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}
