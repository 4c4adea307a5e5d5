// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ConnectOutcome.h"

#include "findings/FindingIds.h"

#include <cerrno>
#include <cstring>

ConnectOutcome::Kind ConnectOutcome::classify(int error)
{
    switch (error) {
    case 0:
        return Kind::Open;
    case ECONNREFUSED:
        return Kind::Refused;
    case ETIMEDOUT:
        return Kind::Filtered;
    case EHOSTUNREACH:
    case ENETUNREACH:
    case EADDRNOTAVAIL:
    case ENETDOWN:
    case EHOSTDOWN:
        return Kind::Unreachable;
    // A local firewall rule (nftables "reject" on output, or a drop that the
    // kernel reports at once) refuses the packet before it leaves.
    case EPERM:
    case EACCES:
        return Kind::Unreachable;
    default:
        return Kind::LocalError;
    }
}

QString ConnectOutcome::errorName() const
{
    switch (error) {
    case 0:
        return QStringLiteral("no answer");
    case ECONNREFUSED:
        return QStringLiteral("ECONNREFUSED");
    case ETIMEDOUT:
        return QStringLiteral("ETIMEDOUT");
    case EHOSTUNREACH:
        return QStringLiteral("EHOSTUNREACH");
    case ENETUNREACH:
        return QStringLiteral("ENETUNREACH");
    case EADDRNOTAVAIL:
        return QStringLiteral("EADDRNOTAVAIL");
    case ENETDOWN:
        return QStringLiteral("ENETDOWN");
    case EHOSTDOWN:
        return QStringLiteral("EHOSTDOWN");
    case EPERM:
        return QStringLiteral("EPERM");
    case EACCES:
        return QStringLiteral("EACCES");
    default:
        return QStringLiteral("errno %1 (%2)")
            .arg(error)
            .arg(QString::fromLocal8Bit(strerror(error)));
    }
}

QString ConnectOutcome::findingId() const
{
    switch (kind) {
    case Kind::Open:
        return QLatin1String(FindingId::NetOpen);
    case Kind::Refused:
        return QLatin1String(FindingId::NetRefused);
    case Kind::Filtered:
        return QLatin1String(FindingId::NetFiltered);
    case Kind::Unreachable:
    case Kind::LocalError:
        return QLatin1String(FindingId::NetUnreachable);
    }
    return {};
}

QString ConnectOutcome::findingDetail() const
{
    switch (kind) {
    case Kind::Open:
    case Kind::Filtered:
        return QString::number(elapsedMs);
    default:
        return errorName();
    }
}
