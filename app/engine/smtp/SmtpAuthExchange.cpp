#include "smtp/SmtpAuthExchange.h"

#include "findings/FindingIds.h"
#include "smtp/SmtpReply.h"

SmtpAuthExchange::SmtpAuthExchange(const Options &options)
    : m_options(options)
{}

SmtpAuthExchange::~SmtpAuthExchange() = default;

QString SmtpAuthExchange::mechanism() const
{
    return m_sasl ? m_sasl->mechanism() : QString();
}

std::optional<SessionProblem> SmtpAuthExchange::begin(const QStringList &offered, bool encrypted)
{
    const QString offeredText = offered.join(QLatin1Char(' '));
    const QString mechanism = m_options.mechanism.isEmpty()
                                  ? SaslClient::strongest(offered, m_options.credentials)
                                  : m_options.mechanism.toUpper();
    if (mechanism.isEmpty() || !offered.contains(mechanism, Qt::CaseInsensitive)) {
        return SessionProblem{
            QLatin1String(FindingId::AuthMechanismUnsupported),
            offeredText,
            {QStringLiteral("asked for: %1")
                 .arg(mechanism.isEmpty() ? QStringLiteral("any we can do") : mechanism)}};
    }
    // No password crosses an unencrypted connection unless the user said so.
    if (!encrypted && !m_options.allowCleartext)
        return SessionProblem{QLatin1String(FindingId::AuthCleartextRefused), mechanism, {}};
    m_sasl = std::make_unique<SaslClient>(mechanism, m_options.credentials, m_options.hostname);
    if (!m_sasl->error().isEmpty())
        return SessionProblem{
            QLatin1String(FindingId::AuthMechanismUnsupported), offeredText, {m_sasl->error()}};
    return std::nullopt;
}

ClientLine SmtpAuthExchange::command()
{
    // RFC 4954 section 4: an initial response rides on the AUTH line
    // ("=" when empty); the secret itself is never shown.
    const QByteArray mechanism = m_sasl->mechanism().toLatin1();
    if (!SaslClient::clientSpeaksFirst(m_sasl->mechanism()))
        return {"AUTH " + mechanism, {}};
    QByteArray response;
    m_sasl->step({}, &response);
    return {"AUTH " + mechanism + ' '
                + (response.isEmpty() ? QByteArray("=") : response.toBase64()),
            QStringLiteral("AUTH %1 <credentials hidden>").arg(QString::fromLatin1(mechanism))};
}

std::variant<ClientLine, SessionProblem> SmtpAuthExchange::answer(const SmtpReply &challenge)
{
    // No mechanism we speak needs more than a few rounds (SCRAM: two). A
    // server that challenges for ever, or after "*" (RFC 4954 section 4: it
    // must then reject with 501), would keep the session going without end.
    const int maxChallenges = 8;
    if (m_cancelled || ++m_challenges > maxChallenges) {
        return SessionProblem{
            QLatin1String(FindingId::SmtpBadReply),
            m_cancelled ? QStringLiteral("a 334 challenge after the client cancelled AUTH")
                        : QStringLiteral("more than %1 AUTH challenges").arg(maxChallenges),
            {challenge.rawLines().constFirst().left(200)}};
    }
    QByteArray response;
    const QByteArray decoded = QByteArray::fromBase64(challenge.lines.value(0).toLatin1());
    if (m_sasl->step(decoded, &response) == SaslClient::Status::Failed) {
        // RFC 4954 section 4: "*" cancels the exchange.
        m_cancelled = true;
        return ClientLine{"*", {}};
    }
    return ClientLine{response.toBase64(), QStringLiteral("<credentials hidden>")};
}
