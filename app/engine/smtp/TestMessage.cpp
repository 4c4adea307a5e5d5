// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/TestMessage.h"

#include "core/Version.h"

#include <QCoreApplication>
#include <QRandomGenerator>

QByteArray TestMessage::encodedWord(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool ascii = std::all_of(
        utf8.cbegin(), utf8.cend(), [](char c) { return c >= 0x20 && c < 0x7f; });
    return ascii ? utf8 : "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

QByteArray TestMessage::messageIdOf(const QByteArray &message)
{
    // compose() writes the header on one line, in the header section.
    const QByteArray name = "\r\nMessage-ID: ";
    const qsizetype headerEnd = message.indexOf("\r\n\r\n");
    const qsizetype start = message.indexOf(name);
    if (start < 0 || (headerEnd >= 0 && start > headerEnd))
        return {};
    const qsizetype valueStart = start + name.size();
    return message.mid(valueStart, message.indexOf("\r\n", valueStart) - valueStart);
}

QByteArray TestMessage::compose(const QString &from,
                                const QString &to,
                                const QString &server,
                                const QDateTime &now)
{
    const QString domain = from.section(QLatin1Char('@'), -1);
    const QByteArray messageId = QStringLiteral("<smtp-doctor.%1.%2@%3>")
                                     .arg(now.toSecsSinceEpoch())
                                     .arg(QRandomGenerator::global()->generate64(), 0, 36)
                                     .arg(domain)
                                     .toUtf8();
    const QString subject = QCoreApplication::translate("TestMessage",
                                                        "SMTP Doctor test message \u2014 %1")
                                .arg(now.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    const QString body = QCoreApplication::translate(
                             "TestMessage",
                             "This message was sent by SMTP Doctor %1 on %2, through %3,\n"
                             "to check that this server accepts mail from %4.\n"
                             "It needs no answer.\n")
                             .arg(QStringLiteral(SMTP_DOCTOR_VERSION),
                                  now.toString(Qt::RFC2822Date),
                                  server,
                                  from);
    QByteArray message;
    message += "Date: " + now.toString(Qt::RFC2822Date).toUtf8() + "\r\n";
    message += "From: <" + from.toUtf8() + ">\r\n";
    message += "To: <" + to.toUtf8() + ">\r\n";
    message += "Subject: " + encodedWord(subject) + "\r\n";
    message += "Message-ID: " + messageId + "\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=UTF-8\r\n";
    message += "Content-Transfer-Encoding: base64\r\n";
    message += "X-Mailer: SMTP Doctor " SMTP_DOCTOR_VERSION "\r\n";
    message += "\r\n";
    // Base64 keeps the body 7-bit (no 8BITMIME needed) in lines of 76 (RFC 2045 section 6.8).
    const QByteArray encoded = body.toUtf8().toBase64();
    for (int i = 0; i < encoded.size(); i += 76)
        message += encoded.mid(i, 76) + "\r\n";
    return message;
}

QByteArray TestMessage::forData(const QByteArray &message)
{
    QByteArray data;
    for (const QByteArray &line : message.split('\n')) {
        QByteArray text = line;
        if (text.endsWith('\r'))
            text.chop(1);
        if (text.startsWith('.'))
            text.prepend('.');
        data += text + "\r\n";
    }
    // split() leaves one empty piece after the last CRLF: drop its CRLF.
    if (data.endsWith("\r\n\r\n"))
        data.chop(2);
    return data + ".\r\n";
}
