// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/ReceivedHop.h"

#include <QStringList>

bool ReceivedHop::isAuthenticated() const
{
    const QString protocol = with.toUpper();
    return protocol.startsWith(QLatin1String("ESMTP")) && protocol.endsWith(QLatin1Char('A'));
}

bool ReceivedHop::usedTls() const
{
    const QString protocol = with.toUpper();
    return protocol.startsWith(QLatin1String("ESMTPS"))
           || protocol.startsWith(QLatin1String("UTF8SMTPS")) || protocol == QLatin1String("SMTPS");
}

QString ReceivedHop::clientDescription() const
{
    QStringList parts;
    const QString name = !reverseName.isEmpty() ? reverseName
                         : !fromName.isEmpty()  ? fromName
                                                : heloName;
    if (!name.isEmpty())
        parts << name;
    if (!address.isNull())
        parts << QLatin1Char('[') + address.toString() + QLatin1Char(']');
    return parts.join(QLatin1Char(' '));
}
