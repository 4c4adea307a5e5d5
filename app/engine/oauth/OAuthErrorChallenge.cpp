// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/OAuthErrorChallenge.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

std::optional<OAuthErrorChallenge> OAuthErrorChallenge::parse(const QByteArray &decoded)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    // RFC 7628 section 3.2.2: "status" is required; Google sends it as a string.
    const QJsonValue status = object.value(QLatin1String("status"));
    if (!status.isString() && !status.isDouble())
        return std::nullopt;
    OAuthErrorChallenge challenge;
    challenge.status = status.isString() ? status.toString() : QString::number(status.toInt());
    challenge.schemes = object.value(QLatin1String("schemes")).toString();
    challenge.scope = object.value(QLatin1String("scope")).toString();
    challenge.openIdConfiguration = object.value(QLatin1String("openid-configuration")).toString();
    return challenge;
}

bool OAuthErrorChallenge::saysInsufficientScope() const
{
    return status.compare(QLatin1String("insufficient_scope"), Qt::CaseInsensitive) == 0
           || status == QLatin1String("403");
}

QString OAuthErrorChallenge::summary() const
{
    QStringList parts{QStringLiteral("status %1").arg(status)};
    if (!scope.isEmpty())
        parts.append(QStringLiteral("scope %1").arg(scope));
    if (!schemes.isEmpty())
        parts.append(QStringLiteral("schemes %1").arg(schemes));
    return parts.join(QLatin1String(", "));
}
