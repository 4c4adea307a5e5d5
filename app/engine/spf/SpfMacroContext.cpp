// SPDX-License-Identifier: GPL-3.0-or-later
#include "spf/SpfMacroContext.h"

#include "spf/IpNetwork.h"
#include "spf/SpfDomain.h"

#include <QDateTime>

SpfMacroContext SpfMacroContext::forQuery(const SpfQuery &query)
{
    SpfMacroContext context;
    // RFC 7208 section 2.4: with no MAIL FROM, the HELO identity is checked;
    // section 4.3: a sender without local-part is "postmaster".
    QString sender = query.sender.trimmed();
    if (sender.isEmpty())
        sender = QStringLiteral("postmaster@") + query.helo;
    const int at = sender.lastIndexOf(QLatin1Char('@'));
    context.localPart = at > 0 ? sender.left(at) : QStringLiteral("postmaster");
    context.senderDomain = SpfDomain::normalized(at >= 0 ? sender.mid(at + 1) : sender);
    context.domain = SpfDomain::normalized(query.domain.isEmpty() ? context.senderDomain
                                                                  : query.domain);
    context.client = IpNetwork::normalized(query.clientAddress);
    context.helo = query.helo;
    if (!query.receiver.isEmpty())
        context.receiver = query.receiver;
    context.timestamp = query.timestamp >= 0 ? query.timestamp : QDateTime::currentSecsSinceEpoch();
    return context;
}
