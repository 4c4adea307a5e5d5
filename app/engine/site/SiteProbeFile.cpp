// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/SiteProbeFile.h"

#include "site/SiteCrypto.h"

#include <QFile>
#include <QRegularExpression>
#include <QUrl>

namespace {

// A host name (or address) the PHP file may carry as a single-quoted
// literal: after IDNA, letters, digits, dots, dashes and colons only.
std::optional<QString> probeHost(const QString &text)
{
    const QString ace = QString::fromLatin1(QUrl::toAce(text.trimmed()));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9.:-]{1,253}$"));
    if (ace.isEmpty() || !allowed.match(ace).hasMatch())
        return std::nullopt;
    return ace;
}

QString phpString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString phpIntegers(const QList<quint16> &ports)
{
    QStringList items;
    for (quint16 port : ports)
        items.append(QString::number(port));
    return QStringLiteral("array(") + items.join(QLatin1String(", ")) + QLatin1Char(')');
}

} // namespace

QList<quint16> SiteProbeFile::probedPorts(const Spec &spec)
{
    QList<quint16> ports{spec.port};
    for (quint16 port : Target::defaultExtraPorts() + spec.extraPorts) {
        if (port != 0 && !ports.contains(port))
            ports.append(port);
    }
    return ports;
}

QList<quint16> SiteProbeFile::implicitTlsPorts(const Spec &spec)
{
    // RFC 8314 section 3.3: 465 speaks TLS from the first byte.
    QList<quint16> ports{465};
    if (spec.security == Target::Security::Tls && !ports.contains(spec.port))
        ports.append(spec.port);
    return ports;
}

std::optional<SiteProbeFile::Made> SiteProbeFile::make(const Spec &spec,
                                                       const QDateTime &now,
                                                       QString *error)
{
    const auto host = probeHost(spec.host);
    if (!host) {
        *error = tr("\"%1\" is not a host name the probe can test.").arg(spec.host);
        return std::nullopt;
    }
    std::optional<QString> control;
    if (!spec.controlHost.isEmpty() && spec.controlHost != QLatin1String("none")) {
        control = probeHost(spec.controlHost);
        if (!control) {
            *error = tr("\"%1\" is not a host name the probe can test.").arg(spec.controlHost);
            return std::nullopt;
        }
    }
    if (spec.port == 0) {
        *error = tr("The port must be between 1 and 65535.");
        return std::nullopt;
    }
    if (spec.validMinutes < 1 || spec.validMinutes > maximumValidMinutes) {
        *error = tr("The probe can stay valid from 1 to %1 minutes.").arg(maximumValidMinutes);
        return std::nullopt;
    }
    QFile templateFile(QStringLiteral(":/site/probe.php.in"));
    if (!templateFile.open(QIODevice::ReadOnly)) {
        *error = tr("The probe's template is missing from this build.");
        return std::nullopt;
    }
    QString text = QString::fromUtf8(templateFile.readAll());

    Made made;
    made.key = SiteCrypto::randomBytes(SiteCrypto::keyBytes);
    made.keyText = SiteCrypto::base64Url(made.key);
    made.expires = now.toUTC().addSecs(qint64(spec.validMinutes) * 60);
    made.fileName = QStringLiteral("smtp-doctor-probe-%1.php")
                        .arg(QString::fromLatin1(SiteCrypto::randomBytes(8).toHex()));

    QStringList targets{
        QStringLiteral("array('role' => 'target', 'host' => %1)").arg(phpString(*host))};
    if (control)
        targets.append(
            QStringLiteral("array('role' => 'control', 'host' => %1)").arg(phpString(*control)));
    const QString config = QStringLiteral("array(\n"
                                          "    'key' => '%1',\n"
                                          "    'expires' => %2,\n"
                                          "    'targets' => array(%3),\n"
                                          "    'ports' => %4,\n"
                                          "    'implicit_tls' => %5,\n"
                                          "    'chosen_port' => %6,\n"
                                          "    'security' => %7,\n"
                                          ")")
                               .arg(QString::fromLatin1(made.key.toHex()))
                               .arg(made.expires.toSecsSinceEpoch())
                               .arg(targets.join(QLatin1String(", ")),
                                    phpIntegers(probedPorts(spec)),
                                    phpIntegers(implicitTlsPorts(spec)))
                               .arg(spec.port)
                               .arg(phpString(Target::securityName(spec.security)));
    QStringList hostNames{*host};
    if (control)
        hostNames.append(*control);
    text.replace(QLatin1String("@HOSTS@"), hostNames.join(QLatin1String(" and ")));
    text.replace(QLatin1String("@EXPIRES@"), made.expires.toString(Qt::ISODate));
    text.replace(QLatin1String("@CONFIG@"), config);
    made.text = text.toUtf8();
    return made;
}
