// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// An address as it goes into MAIL FROM and RCPT TO. A non-ASCII domain is
// written in its ASCII form (IDNA), which every server reads; a non-ASCII
// local part cannot be, and needs the server's SMTPUTF8 (RFC 6531).
struct EnvelopeAddress
{
    QByteArray text;
    bool needsSmtpUtf8 = false;

    static EnvelopeAddress from(const QString &address);
};
