// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Target.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// A mail provider's documented submission settings (resources/providers).
struct Provider
{
    struct Endpoint
    {
        quint16 port = 587;
        Target::Security security = Target::Security::StartTls;
    };

    QString id;
    QString name;
    QString host; // empty when no SMTP host is documented
    QStringList mailDomains;
    QStringList mxDomains; // where its customers' MX records point (google.com)
    QList<Endpoint> endpoints;
    QString spfInclude; // the domain to include: in the sender's SPF record
    QString auth;
    QString notes; // in English
    // The notes in other languages, by language code ("fr"): the catalog is
    // data, so its translations live in it rather than in the .ts files.
    QHash<QString, QString> translatedNotes;
    QString source;
    QStringList unverified; // what could not be confirmed: show as a hint

    bool isUnverified(const QString &item) const { return unverified.contains(item); }
    // The notes in the interface language (QLocale's default), else English.
    QString localNotes(const QLocale &locale = QLocale()) const;
};

// The provider presets shipped with the engine. Read-only, loaded once.
class ProviderCatalog
{
public:
    static const ProviderCatalog &instance();
    // For tests: a catalog from JSON text.
    static std::optional<ProviderCatalog> fromJson(const QByteArray &json);

    const QList<Provider> &providers() const { return m_providers; }
    std::optional<Provider> byId(const QString &id) const;
    // The provider whose users' addresses end in @domain (gmail.com -> Gmail).
    std::optional<Provider> forMailDomain(const QString &domain) const;
    std::optional<Provider> forHost(const QString &host) const;
    // (The provider of an MX target is SettingsDiscovery's to find: it needs
    // the Public Suffix List, which the wizard's first page does without.)

private:
    QList<Provider> m_providers;
};
