// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A DNS server chosen by the user instead of the system's resolvers.
struct ResolverAddress
{
    QString address;
    quint16 port = 53;

    // Parses "ADDR", "ADDR@PORT" or "[IPv6]:PORT"; nullopt when unusable.
    static std::optional<ResolverAddress> parse(const QString &text);
    QString toString() const;
};

// What to diagnose. Holds no secret: credentials never live here, so a
// Target can be written into any report as it is.
struct Target
{
    enum class Security { None, StartTls, Tls };

    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    std::optional<ResolverAddress> resolver;
    QString caFile;
    QString trustAnchorFile;   // DNSSEC anchor; empty: the root's (dns-root-data)
    int stepTimeoutMs = 10000; // one connect, handshake, reply or DNS query
    // Other ports worth knowing about: what else would work (RFC 8314, 6409).
    QList<quint16> extraPorts = defaultExtraPorts();
    // A host that answers on every SMTP port, to tell a local block from a
    // server problem. Empty: no control probe. Front ends fill in the public
    // default (defaultControlHost()); the engine never contacts it by itself.
    QString controlHost;
    // The sender domain whose records (MX, SPF, DKIM, DMARC) are checked;
    // empty: none. DKIM selectors to look up; empty: the usual ones.
    QString domain;
    QStringList dkimSelectors;
    // The test session: who signs in (the secret itself never lives here),
    // how, and the test message's envelope. Empty user: no sign-in; empty
    // from: no message.
    QString user;
    QString authMechanism;
    bool allowCleartextAuth = false;
    QString mailFrom;
    QString rcptTo;
    // False: look at the domain records only, without probing the server
    // (its address is still resolved: SPF is evaluated for it).
    bool checkServer = true;

    static QList<quint16> defaultExtraPorts() { return {25, 465, 587, 2525}; }
    // portquiz.net answers on every TCP port. SMTP_DOCTOR_DEFAULT_CONTROL_HOST
    // replaces it where no traffic may leave the machine (the test suite).
    static QString defaultControlHost();
    // "25, 465,587" -> {25, 465, 587}; nullopt when an item is not a port.
    static std::optional<QList<quint16>> parsePortList(const QString &text);
    static QString portListText(const QList<quint16> &ports);
    // The chosen port first, then the others, each once.
    QList<quint16> sweepPorts() const;
    QString sweepPortsText() const;

    // Every security mode, in the order the options list them.
    static QList<Security> securityModes()
    {
        return {Security::None, Security::StartTls, Security::Tls};
    }
    static QString securityName(Security security);
    static std::optional<Security> securityFromName(const QString &name);
};
