// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/SessionProblem.h"
#include "smtp/TestMessage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// The mail transaction of a test send (RFC 5321 section 3.3): the test
// message, the MAIL and RCPT commands with the extensions the server offers
// (SIZE, SMTPUTF8, 8BITMIME), DATA or BDAT where CHUNKING replaces it
// (RFC 3030), and whether commands may travel together (PIPELINING,
// RFC 2920). No I/O: SmtpProbe sends what it builds. Owned by the SmtpProbe.
class SmtpTransaction
{
public:
    // `server` names the server in the message's body ("127.0.0.1 port 25").
    SmtpTransaction(const QString &from, const QString &to, const QString &server);

    // Fits the commands to the capabilities of the EHLO reply; a problem
    // when the server cannot take these addresses.
    std::optional<SessionProblem> plan(const QStringList &capabilities);

    QByteArray mailFrom() const { return m_mailFrom; }
    QByteArray rcptTo() const { return m_rcptTo; }
    bool isPipelined() const { return m_pipelined; }
    bool usesChunking() const { return m_chunking; }
    // "BDAT <size> LAST", which goes before the payload under CHUNKING.
    QByteArray bdatCommand() const;
    // The bytes that carry the message: as it is for BDAT, dot-stuffed and
    // ended by "." for DATA.
    QByteArray payload() const;
    // The test message's Message-ID, "<...>": how FetchBack finds it again.
    QByteArray messageId() const { return TestMessage::messageIdOf(m_message); }

private:
    QString m_from;
    QString m_to;
    QByteArray m_message;
    QByteArray m_mailFrom;
    QByteArray m_rcptTo;
    bool m_pipelined = false;
    bool m_chunking = false;
};
