// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCommands.h"

#include "core/Version.h"

#include <QRegularExpression>
#include <QStringList>

QString ServerCommands::portableFolder()
{
    // installer/portable/make-portable.sh: one top folder, named after the tool.
    return QStringLiteral("smtp-doctor-cli");
}

QString ServerCommands::portableArchive()
{
    return QStringLiteral("smtp-doctor-cli-%1-linux-x86_64.tar.gz")
        .arg(QLatin1String(SMTP_DOCTOR_VERSION));
}

QString ServerCommands::reportFileName()
{
    return QStringLiteral("smtp-doctor-server.json");
}

QString ServerCommands::shellQuoted(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._:@,/=+-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    // Inside single quotes nothing is special but the quote itself.
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ServerCommands::diagnose(const Target &target)
{
    QStringList words{QStringLiteral("./") + portableFolder() + QStringLiteral("/smtp-doctor-cli"),
                      QStringLiteral("diagnose"),
                      QStringLiteral("--host"),
                      target.host,
                      QStringLiteral("--port"),
                      QString::number(target.port),
                      QStringLiteral("--security"),
                      Target::securityName(target.security)};
    if (target.extraPorts != Target::defaultExtraPorts())
        words << QStringLiteral("--ports")
              << Target::portListText(target.extraPorts).remove(QLatin1Char(' '));
    // Empty means the user turned the reference host off on this computer.
    if (target.controlHost.isEmpty())
        words << QStringLiteral("--control-host") << QStringLiteral("none");
    else if (target.controlHost != Target::defaultControlHost())
        words << QStringLiteral("--control-host") << target.controlHost;
    if (!target.domain.isEmpty())
        words << QStringLiteral("--domain") << target.domain;
    if (target.stepTimeoutMs != Target().stepTimeoutMs)
        words << QStringLiteral("--timeout") << QString::number(target.stepTimeoutMs / 1000);
    words << QStringLiteral("--format") << QStringLiteral("json") << QStringLiteral("--output")
          << reportFileName();
    for (QString &word : words)
        word = shellQuoted(word);
    return words.join(QLatin1Char(' '));
}

QString ServerCommands::script(const Target &target)
{
    return QStringLiteral("tar xzf %1\n%2\n").arg(portableArchive(), diagnose(target));
}
