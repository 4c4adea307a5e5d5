// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/ProviderCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

const ProviderCatalog &ProviderCatalog::instance()
{
    static const ProviderCatalog catalog = [] {
        QFile file(QStringLiteral(":/providers/providers.json"));
        file.open(QIODevice::ReadOnly);
        return fromJson(file.readAll()).value_or(ProviderCatalog());
    }();
    return catalog;
}

std::optional<ProviderCatalog> ProviderCatalog::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    ProviderCatalog catalog;
    for (const QJsonValue &value : document.object().value(QStringLiteral("providers")).toArray()) {
        const QJsonObject object = value.toObject();
        Provider provider;
        provider.id = object.value(QStringLiteral("id")).toString();
        provider.name = object.value(QStringLiteral("name")).toString();
        provider.host = object.value(QStringLiteral("host")).toString();
        for (const QJsonValue &domain : object.value(QStringLiteral("mail_domains")).toArray())
            provider.mailDomains.append(domain.toString());
        for (const QJsonValue &domain : object.value(QStringLiteral("mx_domains")).toArray())
            provider.mxDomains.append(domain.toString());
        for (const QJsonValue &endpoint : object.value(QStringLiteral("ports")).toArray()) {
            const QJsonObject port = endpoint.toObject();
            const auto security = Target::securityFromName(
                port.value(QStringLiteral("security")).toString());
            if (!security)
                return std::nullopt;
            provider.endpoints.append(
                {static_cast<quint16>(port.value(QStringLiteral("port")).toInt()), *security});
        }
        provider.spfInclude = object.value(QStringLiteral("spf_include")).toString();
        provider.auth = object.value(QStringLiteral("auth")).toString();
        provider.notes = object.value(QStringLiteral("notes")).toString();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().startsWith(QLatin1String("notes_")))
                provider.translatedNotes.insert(it.key().mid(6), it.value().toString());
        }
        provider.source = object.value(QStringLiteral("source")).toString();
        for (const QJsonValue &item : object.value(QStringLiteral("unverified")).toArray())
            provider.unverified.append(item.toString());
        if (provider.id.isEmpty() || provider.name.isEmpty())
            return std::nullopt;
        catalog.m_providers.append(provider);
    }
    return catalog;
}

QString Provider::localNotes(const QLocale &locale) const
{
    const QString language = locale.name().section(QLatin1Char('_'), 0, 0);
    return translatedNotes.value(language, notes);
}

std::optional<Provider> ProviderCatalog::byId(const QString &id) const
{
    for (const Provider &provider : m_providers) {
        if (provider.id == id)
            return provider;
    }
    return std::nullopt;
}

std::optional<Provider> ProviderCatalog::forMailDomain(const QString &domain) const
{
    for (const Provider &provider : m_providers) {
        if (provider.mailDomains.contains(domain.toLower()))
            return provider;
    }
    return std::nullopt;
}

std::optional<Provider> ProviderCatalog::forHost(const QString &host) const
{
    for (const Provider &provider : m_providers) {
        if (!provider.host.isEmpty() && provider.host.compare(host, Qt::CaseInsensitive) == 0)
            return provider;
    }
    return std::nullopt;
}
