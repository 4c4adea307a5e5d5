// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

// The DNS names asked about an address: its PTR name under in-addr.arpa or
// ip6.arpa, and its name in a DNS blocklist's zone (RFC 5782 section 2.1:
// the octets reversed; section 2.4: the 32 nibbles of an IPv6 address
// reversed). An IPv4-mapped IPv6 address is asked as the IPv4 address it is.
// Pure.
class ReverseQueryName
{
public:
    static QHostAddress normalized(const QHostAddress &address);
    // "25.2.0.192.in-addr.arpa", "1.0.0.0...8.b.d.0.1.0.0.2.ip6.arpa".
    static QString ptrName(const QHostAddress &address);
    // "25.2.0.192.zen.spamhaus.org".
    static QString blocklistName(const QHostAddress &address, const QString &zone);
    // A zone a user may name (--dnsbl): a host name of two labels or more.
    static bool isZoneName(const QString &zone);
};
