// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/DnsAnswer.h"

#include <QStringList>

QString DnsAnswer::statusName(Status status)
{
    switch (status) {
    case Status::NoError:
        return QStringLiteral("NOERROR");
    case Status::NxDomain:
        return QStringLiteral("NXDOMAIN");
    case Status::ServFail:
        return QStringLiteral("SERVFAIL");
    case Status::Refused:
        return QStringLiteral("REFUSED");
    case Status::Timeout:
        return QStringLiteral("timeout");
    case Status::Failure:
        return QStringLiteral("failure");
    }
    return {};
}

QString DnsAnswer::summary() const
{
    QStringList parts;
    for (const QHostAddress &address : addresses)
        parts.append(address.toString());
    QString text = QStringLiteral("%1 type %2: ").arg(name).arg(type);
    text += parts.isEmpty() ? QStringLiteral("%1 record(s)").arg(records.size())
                            : parts.join(QLatin1String(", "));
    text += QStringLiteral(" (") + statusName(status);
    if (secure)
        text += QStringLiteral(", secure");
    if (bogus)
        text += QStringLiteral(", bogus: ") + whyBogus;
    if (!error.isEmpty())
        text += QStringLiteral(", ") + error;
    return text + QLatin1Char(')');
}
