// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/OAuthProviderTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QList<OAuthProvider> load()
{
    QFile file(QStringLiteral(":/oauth/providers.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the OAuth provider table is missing from the resources");
    QList<OAuthProvider> providers;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &value : root.value(QLatin1String("providers")).toArray()) {
        const QJsonObject row = value.toObject();
        OAuthProvider provider;
        provider.id = row.value(QLatin1String("id")).toString();
        provider.name = row.value(QLatin1String("name")).toString();
        provider.smtpHosts = strings(row.value(QLatin1String("smtpHosts")));
        provider.greetingNames = strings(row.value(QLatin1String("greetingNames")));
        provider.authorizationUrl = row.value(QLatin1String("authorizationUrl")).toString();
        provider.tokenUrl = row.value(QLatin1String("tokenUrl")).toString();
        provider.deviceUrl = row.value(QLatin1String("deviceUrl")).toString();
        provider.deviceNote = row.value(QLatin1String("deviceNote")).toString();
        provider.scopes = strings(row.value(QLatin1String("scopes")));
        provider.tokenScopes = strings(row.value(QLatin1String("tokenScopes")));
        provider.imapScopes = strings(row.value(QLatin1String("imapScopes")));
        provider.audiences = strings(row.value(QLatin1String("audiences")));
        const QJsonObject others = row.value(QLatin1String("otherAudiences")).toObject();
        for (auto it = others.begin(); it != others.end(); ++it)
            provider.otherAudiences.insert(it.key(), it.value().toString());
        provider.mechanisms = strings(row.value(QLatin1String("mechanisms")));
        provider.clientSecretNeeded = row.value(QLatin1String("clientSecretNeeded")).toBool();
        provider.sources = strings(row.value(QLatin1String("sources")));
        provider.checked = row.value(QLatin1String("checked")).toString();
        providers.append(provider);
    }
    return providers;
}

} // namespace

bool OAuthProvider::serves(const QString &host, const QString &greetingName) const
{
    const QString lowerHost = host.toLower();
    const QString lowerName = greetingName.toLower();
    if (!lowerHost.isEmpty() && smtpHosts.contains(lowerHost, Qt::CaseInsensitive))
        return true;
    for (const QString &name : greetingNames) {
        if (lowerName.isEmpty())
            break;
        if (name.startsWith(QLatin1Char('.')) ? lowerName.endsWith(name.toLower())
                                              : lowerName == name.toLower())
            return true;
    }
    return false;
}

const QList<OAuthProvider> &OAuthProviderTable::all()
{
    static const QList<OAuthProvider> providers = load();
    return providers;
}

OAuthProvider OAuthProviderTable::byId(const QString &id)
{
    for (const OAuthProvider &provider : all()) {
        if (provider.id == id)
            return provider;
    }
    return {};
}

OAuthProvider OAuthProviderTable::serving(const QString &host, const QString &greetingName)
{
    for (const OAuthProvider &provider : all()) {
        if (provider.serves(host, greetingName))
            return provider;
    }
    return {};
}
