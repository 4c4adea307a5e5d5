// SPDX-License-Identifier: GPL-3.0-or-later
// ResolverAddress (core/Target.h), apart from Target: it needs Qt Network's
// QHostAddress, which the wizard's first page, using Target, does without.
#include "core/Target.h"

#include <QHostAddress>

std::optional<ResolverAddress> ResolverAddress::parse(const QString &text)
{
    QString host = text.trimmed();
    QString portText;
    if (host.startsWith(QLatin1Char('['))) {
        const int close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        const QString rest = host.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return std::nullopt;
        portText = rest.mid(1);
        host = host.mid(1, close - 1);
    } else if (const int at = host.indexOf(QLatin1Char('@')); at >= 0) {
        portText = host.mid(at + 1);
        host = host.left(at);
    }
    // libunbound forwards to addresses only: a name here would need a
    // resolver to find the resolver.
    if (QHostAddress(host).isNull())
        return std::nullopt;

    ResolverAddress result;
    result.address = host;
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return std::nullopt;
        result.port = static_cast<quint16>(port);
    }
    return result;
}

QString ResolverAddress::toString() const
{
    return port == 53 ? address : address + QLatin1Char('@') + QString::number(port);
}
