// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/TokenDiagnosis.h"

#include "findings/FindingIds.h"

namespace {

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString listed(const QStringList &values)
{
    return values.isEmpty() ? QStringLiteral("none") : values.join(QLatin1Char(' '));
}

// The facts behind every verdict, as evidence lines.
QStringList facts(const TokenDiagnosis::Input &input)
{
    QStringList lines;
    if (!input.token.readable) {
        lines.append(QStringLiteral("token: opaque (not a JWT whose claims can be read)"));
    } else {
        lines.append(QStringLiteral("token: JWT, aud %1, scopes %2, account %3, expires %4")
                         .arg(listed(input.token.audiences),
                              listed(input.token.scopes),
                              input.token.account.isEmpty() ? QStringLiteral("not named")
                                                            : input.token.account,
                              input.token.expiresAt ? utc(*input.token.expiresAt)
                                                    : QStringLiteral("never")));
    }
    if (input.challenge)
        lines.append(
            QStringLiteral("server's error challenge: %1").arg(input.challenge->summary()));
    if (!input.serverWords.isEmpty())
        lines.append(QStringLiteral("server: %1").arg(input.serverWords));
    return lines;
}

bool sameAccount(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

TokenVerdict TokenDiagnosis::refused(const Input &input)
{
    const AccessTokenClaims &token = input.token;
    const QStringList evidence = facts(input);
    // RFC 7519 section 4.1.4: past "exp" the token must not be accepted; no
    // other claim matters then.
    if (token.readable && token.isExpiredAt(input.now)) {
        const qint64 minutes = token.expiresAt->secsTo(input.now) / 60;
        return {QLatin1String(FindingId::AuthOauthTokenExpired),
                QStringLiteral("%1, %2 min ago").arg(utc(*token.expiresAt)).arg(minutes),
                evidence};
    }
    // The scope: the server says so (RFC 6750 section 3.1), or the token
    // lacks both what the provider requires and what the server asked for.
    QStringList wanted = input.scopes;
    if (input.challenge && !input.challenge->scope.isEmpty())
        wanted += input.challenge->scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool holdsWanted = std::any_of(wanted.begin(), wanted.end(), [&](const QString &scope) {
        return token.holdsScope(scope);
    });
    const bool challengeSaysScope = input.challenge && input.challenge->saysInsufficientScope();
    if (challengeSaysScope || (token.readable && !wanted.isEmpty() && !holdsWanted)) {
        return {
            QLatin1String(FindingId::AuthOauthMissingScope),
            QStringLiteral("needed %1, the token has %2")
                .arg(listed(wanted),
                     token.readable ? listed(token.scopes) : QStringLiteral("unknown (opaque)")),
            evidence};
    }
    if (token.readable && !input.audiences.isEmpty()) {
        const bool forThisServer = std::any_of(
            token.audiences.begin(), token.audiences.end(), [&](const QString &audience) {
                return input.audiences.contains(audience, Qt::CaseInsensitive);
            });
        if (!forThisServer) {
            QString service;
            for (const QString &audience : token.audiences)
                service = input.otherAudiences.value(audience, service);
            return {QLatin1String(FindingId::AuthOauthWrongAudience),
                    QStringLiteral("the token is for %1%2, the server needs %3")
                        .arg(listed(token.audiences),
                             service.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(service),
                             input.audiences.constFirst()),
                    evidence};
        }
    }
    // The token's account must be the one that signs in (the "user=" of
    // XOAUTH2, the "a=" of OAUTHBEARER, RFC 7628 section 3.1).
    if (token.readable && !token.account.isEmpty() && !sameAccount(token.account, input.user)) {
        return {QLatin1String(FindingId::AuthOauthWrongUser),
                QStringLiteral("the token is %1's, the sign-in is for %2")
                    .arg(token.account, input.user),
                evidence};
    }
    QString detail = input.serverWords;
    if (input.challenge)
        detail = QStringLiteral("%1 (%2)").arg(detail, input.challenge->summary());
    if (!token.readable)
        detail += QStringLiteral("; the token is opaque: only its issuer can tell what it allows");
    return {QLatin1String(FindingId::AuthOauthRefused), detail.trimmed(), evidence};
}

TokenVerdict TokenDiagnosis::accepted(const QString &mechanism, const Input &input)
{
    QStringList parts{mechanism};
    if (input.token.readable && !input.token.account.isEmpty())
        parts.append(input.token.account);
    if (input.token.readable && input.token.expiresAt)
        parts.append(QStringLiteral("token valid until %1").arg(utc(*input.token.expiresAt)));
    if (!input.token.readable)
        parts.append(QStringLiteral("opaque token"));
    return {QLatin1String(FindingId::AuthOauthOk), parts.join(QLatin1String(", ")), facts(input)};
}
