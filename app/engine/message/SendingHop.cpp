// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/SendingHop.h"

#include "domain/DomainNames.h"

#include <QPair>

namespace {

bool sameOrganization(const QString &name, const QString &organization)
{
    return !name.isEmpty() && !organization.isEmpty()
           && DomainNames::registrableDomain(name) == organization;
}

} // namespace

bool SendingHop::isInternalAddress(const QHostAddress &address)
{
    if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast())
        return true;
    // RFC 1918 and the shared address space of RFC 6598.
    static const QList<QPair<QHostAddress, int>> internal{
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10"))};
    for (const auto &subnet : internal) {
        if (address.isInSubnet(subnet))
            return true;
    }
    return false;
}

std::optional<SendingHop> SendingHop::find(const ParsedMessage &message)
{
    if (message.hops.isEmpty())
        return std::nullopt;
    QString receiver = message.authenticationResults.isEmpty()
                           ? message.hops.constLast().by
                           : message.authenticationResults.constFirst().authservId;
    const QString organization = receiver.isEmpty() ? QString()
                                                    : DomainNames::registrableDomain(receiver);
    // Newest first: hops.last() is the receiver's own last hop.
    for (int i = message.hops.size() - 1; i >= 0; --i) {
        const ReceivedHop &hop = message.hops.at(i);
        if (hop.address.isNull() || isInternalAddress(hop.address))
            continue;
        const QString client = !hop.reverseName.isEmpty() ? hop.reverseName : hop.fromName;
        // A relay of the receiver's own handing the message on inside.
        if (sameOrganization(client, organization) && i > 0)
            continue;
        SendingHop sending;
        sending.address = hop.address;
        sending.clientName = client;
        sending.helo = !hop.heloName.isEmpty() ? hop.heloName : hop.fromName;
        sending.receiver = hop.by;
        sending.mailFrom = message.returnPath;
        sending.raw = hop.raw;
        return sending;
    }
    return std::nullopt;
}
