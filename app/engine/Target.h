#pragma once

#include <QString>

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
    int stepTimeoutMs = 10000; // one connect, handshake, reply or DNS query

    static QString securityName(Security security);
    static std::optional<Security> securityFromName(const QString &name);
};
