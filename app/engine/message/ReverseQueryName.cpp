// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/ReverseQueryName.h"

#include "domain/DomainNames.h"
#include "spf/SpfDomain.h"

QHostAddress ReverseQueryName::normalized(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

QString ReverseQueryName::ptrName(const QHostAddress &address)
{
    return SpfDomain::reverseName(normalized(address));
}

QString ReverseQueryName::blocklistName(const QHostAddress &address, const QString &zone)
{
    // The PTR name with the zone in place of in-addr.arpa or ip6.arpa.
    const QString reverse = ptrName(address);
    const int suffix = reverse.endsWith(QLatin1String(".in-addr.arpa"))
                           ? int(sizeof(".in-addr.arpa") - 1)
                           : int(sizeof(".ip6.arpa") - 1);
    QString bare = zone.toLower();
    while (bare.endsWith(QLatin1Char('.')))
        bare.chop(1);
    return reverse.left(reverse.size() - suffix) + QLatin1Char('.') + bare;
}

bool ReverseQueryName::isZoneName(const QString &zone)
{
    QString bare = zone;
    if (bare.endsWith(QLatin1Char('.')))
        bare.chop(1);
    return bare.count(QLatin1Char('.')) >= 1 && DomainNames::looksLikeHostName(bare);
}
