// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

// An address block as the ip4, ip6, a and mx mechanisms compare it
// (RFC 7208 sections 5.3 to 5.6): strict text parsing and prefix matching.
// IPv4 and IPv6 never match each other; callers turn an IPv4-mapped client
// address into IPv4 first (RFC 7208 section 5, paragraph 9).
class IpNetwork
{
public:
    IpNetwork() = default;
    IpNetwork(const QHostAddress &address, int prefixLength);

    QHostAddress address() const { return m_address; }
    int prefixLength() const { return m_prefixLength; }
    bool isNull() const { return m_address.isNull(); }
    bool contains(const QHostAddress &address) const;

    // ip4-network of RFC 7208 section 5.6: four decimal octets, no leading
    // zeros, nothing omitted ("1.2.3" is not 1.2.0.3).
    static std::optional<QHostAddress> parseIp4(const QString &text);
    // ip6-network: RFC 4291 section 2.2 text, hex groups, one "::" at most,
    // an optional dotted-quad tail. No zone index.
    static std::optional<QHostAddress> parseIp6(const QString &text);
    // The client address as SPF sees it: IPv4-mapped IPv6 becomes IPv4.
    static QHostAddress normalized(const QHostAddress &address);

private:
    QHostAddress m_address;
    int m_prefixLength = 0;
};
