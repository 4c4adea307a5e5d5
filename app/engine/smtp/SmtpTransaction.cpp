// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpTransaction.h"

#include "findings/FindingIds.h"
#include "input/EnvelopeAddress.h"
#include "smtp/TestMessage.h"

SmtpTransaction::SmtpTransaction(const QString &from, const QString &to, const QString &server)
    : m_from(from)
    , m_to(to)
{
    // The header names the addresses as the envelope does: a domain in its
    // ASCII form, so that without SMTPUTF8 the header stays ASCII.
    m_message = TestMessage::compose(QString::fromUtf8(EnvelopeAddress::from(from).text),
                                     QString::fromUtf8(EnvelopeAddress::from(to).text),
                                     server);
}

std::optional<SessionProblem> SmtpTransaction::plan(const QStringList &capabilities)
{
    const EnvelopeAddress from = EnvelopeAddress::from(m_from);
    const EnvelopeAddress to = EnvelopeAddress::from(m_to);
    const bool utf8 = from.needsSmtpUtf8 || to.needsSmtpUtf8;
    if (utf8 && !capabilities.contains(QLatin1String("SMTPUTF8"))) {
        // A non-ASCII local part has no ASCII form: without SMTPUTF8 the
        // server cannot take it (RFC 6531 section 3.2).
        return SessionProblem{QLatin1String(FindingId::SendUtf8Unsupported),
                              QString::fromUtf8(from.needsSmtpUtf8 ? from.text : to.text),
                              {}};
    }
    m_mailFrom = "MAIL FROM:<" + from.text + '>';
    m_rcptTo = "RCPT TO:<" + to.text + '>';
    if (capabilities.contains(QLatin1String("SIZE")))
        m_mailFrom += " SIZE=" + QByteArray::number(m_message.size()); // RFC 1870
    if (utf8) {
        m_mailFrom += " SMTPUTF8";
        // Addresses in the header make the message 8-bit (RFC 6532).
        if (capabilities.contains(QLatin1String("8BITMIME")))
            m_mailFrom += " BODY=8BITMIME";
    }
    m_chunking = capabilities.contains(QLatin1String("CHUNKING"));
    m_pipelined = capabilities.contains(QLatin1String("PIPELINING"));
    return std::nullopt;
}

QByteArray SmtpTransaction::bdatCommand() const
{
    // BDAT carries the message as it is: no dot-stuffing, no final ".".
    return "BDAT " + QByteArray::number(m_message.size()) + " LAST";
}

QByteArray SmtpTransaction::payload() const
{
    return m_chunking ? m_message : TestMessage::forData(m_message);
}
