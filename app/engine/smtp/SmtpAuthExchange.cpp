// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpAuthExchange.h"

#include "findings/FindingIds.h"
#include "oauth/BasicAuthRetirement.h"
#include "oauth/MicrosoftAuthReplies.h"
#include "oauth/OAuthProviderTable.h"
#include "oauth/TokenDiagnosis.h"
#include "smtp/SmtpReply.h"
#include "smtp/SmtpReplyClassifier.h"

#include <QDateTime>

namespace {

// What the token diagnosis needs to know of this sign-in.
TokenDiagnosis::Input tokenInput(const SmtpAuthExchange::Options &options)
{
    const OAuthProvider provider = OAuthProviderTable::serving(options.hostname,
                                                               options.greetingName);
    TokenDiagnosis::Input input;
    input.user = options.credentials.user;
    input.token = AccessTokenClaims::inspect(options.credentials.token);
    input.audiences = provider.audiences;
    input.otherAudiences = provider.otherAudiences;
    input.scopes = provider.tokenScopes.isEmpty() ? provider.scopes : provider.tokenScopes;
    // What the user said the token is for wins over the table.
    if (!options.credentials.oauthResource.isEmpty())
        input.audiences = {options.credentials.oauthResource};
    if (!options.credentials.oauthScopes.isEmpty())
        input.scopes = options.credentials.oauthScopes;
    input.now = QDateTime::currentDateTimeUtc();
    return input;
}

} // namespace

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
    // A bearer mechanism's only challenge is the server's error (RFC 7628
    // section 3.2.2; Google's XOAUTH2 too): kept to say why.
    if (SaslClient::isBearer(m_sasl->mechanism()))
        m_oauthChallenge = OAuthErrorChallenge::parse(decoded);
    if (m_sasl->step(decoded, &response) == SaslClient::Status::Failed) {
        // RFC 4954 section 4: "*" cancels the exchange.
        m_cancelled = true;
        return ClientLine{"*", {}};
    }
    return ClientLine{response.toBase64(), QStringLiteral("<credentials hidden>")};
}

QList<SessionProblem> SmtpAuthExchange::accepted() const
{
    const QString mechanism = m_sasl->mechanism();
    if (SaslClient::isBearer(mechanism)) {
        const TokenVerdict verdict = TokenDiagnosis::accepted(mechanism, tokenInput(m_options));
        return {{verdict.id, verdict.detail, verdict.evidence}};
    }
    QList<SessionProblem> findings{{QLatin1String(FindingId::AuthOk), mechanism, {}}};
    const OAuthProvider provider = OAuthProviderTable::serving(m_options.hostname,
                                                               m_options.greetingName);
    if (provider.isKnown()) {
        const auto notice = BasicAuthRetirement::forProvider(provider.id, QDate::currentDate());
        if (notice) {
            findings.append(
                {QLatin1String(FindingId::AuthBasicRetiring),
                 QStringLiteral("%1 (%2): %3")
                     .arg(notice->message, notice->updated, notice->schedule),
                 {QStringLiteral("schedule: %1, updated %2, checked %3, %4")
                      .arg(notice->message, notice->updated, notice->checked, notice->source),
                  QStringLiteral("then the server answers: %1").arg(notice->refusal)}});
        }
    }
    return findings;
}

SessionProblem SmtpAuthExchange::refused(const SmtpReply &reply) const
{
    const QString words = reply.rawLines().join(QLatin1Char(' '));
    const QString enhanced = SmtpReplyClassifier::enhancedCodeOf(reply);
    // Microsoft's documented cases first: SMTP AUTH switched off refuses a
    // token as it refuses a password.
    // Its general 535 5.7.3 is how it refuses any bad token, so a token's
    // refusal with it is the token diagnosis's to explain.
    const bool bearer = SaslClient::isBearer(m_sasl->mechanism());
    const QString variant = MicrosoftAuthReplies::variantOf(reply.code, enhanced, words);
    if (!variant.isEmpty() && !(bearer && variant == QLatin1String("unsuccessful")))
        return {QStringLiteral("%1#%2").arg(QLatin1String(FindingId::AuthBasicDisabled), variant),
                words,
                {QStringLiteral("Microsoft's documented reply (%1), table checked %2")
                     .arg(variant, MicrosoftAuthReplies::checked())}};
    if (bearer) {
        TokenDiagnosis::Input input = tokenInput(m_options);
        input.challenge = m_oauthChallenge;
        input.serverWords = words;
        const TokenVerdict verdict = TokenDiagnosis::refused(input);
        return {verdict.id, verdict.detail, verdict.evidence};
    }
    const auto classification = SmtpReplyClassifier::classify(SmtpReplyClassifier::Phase::Auth,
                                                              reply);
    return {classification ? classification->id : QLatin1String(FindingId::AuthFailed), words, {}};
}
