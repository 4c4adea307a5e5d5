// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingSubject.h"

#include <QAbstractSocket>
#include <QHostAddress>

void FindingSubject::setAddress(const QString &text)
{
    address = text;
    family = familyOf(text);
}

FindingSubject::Family FindingSubject::familyOf(const QString &address)
{
    QHostAddress parsed;
    if (address.isEmpty() || !parsed.setAddress(address))
        return Family::Unknown;
    switch (parsed.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        return Family::IPv4;
    case QAbstractSocket::IPv6Protocol: {
        // An IPv4-mapped address (::ffff:192.0.2.1) still travels over IPv4.
        bool mapped = false;
        parsed.toIPv4Address(&mapped);
        return mapped ? Family::IPv4 : Family::IPv6;
    }
    default:
        return Family::Unknown;
    }
}

QString FindingSubject::vantageName(Vantage vantage)
{
    return vantage == Vantage::Site ? QStringLiteral("site") : QStringLiteral("here");
}

std::optional<FindingSubject::Vantage> FindingSubject::vantageFromName(const QString &name)
{
    for (auto vantage : {Vantage::Here, Vantage::Site}) {
        if (vantageName(vantage) == name)
            return vantage;
    }
    return std::nullopt;
}

QString FindingSubject::familyName(Family family)
{
    switch (family) {
    case Family::IPv4:
        return QStringLiteral("ipv4");
    case Family::IPv6:
        return QStringLiteral("ipv6");
    case Family::Unknown:
        break;
    }
    return {};
}

FindingSubject::Family FindingSubject::familyFromName(const QString &name)
{
    for (auto family : {Family::IPv4, Family::IPv6}) {
        if (familyName(family) == name)
            return family;
    }
    return Family::Unknown;
}

bool FindingSubject::operator==(const FindingSubject &other) const
{
    return vantage == other.vantage && host == other.host && address == other.address
           && family == other.family && port == other.port;
}
