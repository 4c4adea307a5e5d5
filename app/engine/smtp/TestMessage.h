// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The test e-mail (RFC 5322 with MIME, RFC 2045-2047): a Date, a
// Message-ID on the sender's domain, an encoded UTF-8 subject, and a body
// that says what sent it and when. Nothing secret goes into it.
class TestMessage
{
public:
    static QByteArray compose(const QString &from,
                              const QString &to,
                              const QString &server,
                              const QDateTime &now = QDateTime::currentDateTime());
    // Dot-stuffing and the final "." line for DATA (RFC 5321 section 4.5.2).
    static QByteArray forData(const QByteArray &message);
    // The Message-ID of a message compose() made ("<...>"), or empty.
    static QByteArray messageIdOf(const QByteArray &message);
    // "=?UTF-8?B?...?=" (RFC 2047 section 4.1) when the text is not ASCII.
    static QByteArray encodedWord(const QString &text);
};
