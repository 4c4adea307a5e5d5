// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Target.h"

#include "core/NumberList.h"

#include <QStringList>

QString Target::securityName(Security security)
{
    switch (security) {
    case Security::None:
        return QStringLiteral("none");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Tls:
        return QStringLiteral("tls");
    }
    return {};
}

std::optional<Target::Security> Target::securityFromName(const QString &name)
{
    for (Security security : securityModes()) {
        if (securityName(security) == name)
            return security;
    }
    return std::nullopt;
}

QList<quint16> Target::sweepPorts() const
{
    QList<quint16> ports{port};
    for (quint16 extra : extraPorts) {
        if (!ports.contains(extra))
            ports.append(extra);
    }
    return ports;
}

QString Target::sweepPortsText() const
{
    return portListText(sweepPorts());
}

QString Target::defaultControlHost()
{
    return qEnvironmentVariable("SMTP_DOCTOR_DEFAULT_CONTROL_HOST", QStringLiteral("portquiz.net"));
}

std::optional<QList<quint16>> Target::parsePortList(const QString &text)
{
    QList<quint16> ports;
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        bool ok = false;
        const uint port = item.trimmed().toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return std::nullopt;
        ports.append(static_cast<quint16>(port));
    }
    return ports;
}

QString Target::portListText(const QList<quint16> &ports)
{
    return numberList(ports);
}
