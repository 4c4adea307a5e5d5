// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/AccessTokenClaims.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A JWS compact serialization is three base64url parts (RFC 7515 section
// 7.1), without padding (RFC 7515 section 2).
std::optional<QJsonObject> decodedPart(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part,
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// A claim that is a string, a space-separated string or an array of strings.
QStringList words(const QJsonValue &value)
{
    QStringList list;
    if (value.isString()) {
        list = value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString())
                list.append(item.toString());
        }
    }
    return list;
}

} // namespace

AccessTokenClaims AccessTokenClaims::inspect(const QString &token)
{
    AccessTokenClaims claims;
    const QList<QByteArray> parts = token.trimmed().toLatin1().split('.');
    // Five parts is a JWE (RFC 7516 section 7.1): encrypted, so opaque to us.
    if (parts.size() != 3)
        return claims;
    const auto header = decodedPart(parts.at(0));
    const auto payload = decodedPart(parts.at(1));
    if (!header || !payload || !header->contains(QLatin1String("alg")))
        return claims;
    claims.readable = true;
    // "aud" holds the audience as a string or an array (RFC 7519 section 4.1.3);
    // the audience is a string, never split at spaces.
    const QJsonValue audience = payload->value(QLatin1String("aud"));
    if (audience.isString())
        claims.audiences = {audience.toString()};
    else
        claims.audiences = words(audience);
    for (const char *name : {"scp", "scope", "roles"})
        claims.scopes += words(payload->value(QLatin1String(name)));
    const QJsonValue expires = payload->value(QLatin1String("exp"));
    if (expires.isDouble())
        claims.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(expires.toDouble()), Qt::UTC);
    for (const char *name : {"upn", "preferred_username", "email", "unique_name"}) {
        const QString value = payload->value(QLatin1String(name)).toString();
        if (!value.isEmpty()) {
            claims.account = value;
            break;
        }
    }
    claims.issuer = payload->value(QLatin1String("iss")).toString();
    return claims;
}

bool AccessTokenClaims::holdsScope(const QString &scope) const
{
    const QString shortForm = scope.section(QLatin1Char('/'), -1);
    for (const QString &held : scopes) {
        if (held.compare(scope, Qt::CaseInsensitive) == 0
            || (!shortForm.isEmpty() && held.compare(shortForm, Qt::CaseInsensitive) == 0))
            return true;
    }
    return false;
}
