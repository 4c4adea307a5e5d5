#include "DiagnoseOptions.h"

#include "input/HostInput.h"
#include "profile/ProfileRun.h"
#include "SessionOptions.h"
#include "domain/DkimSelectors.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption host{QStringLiteral("host"),
                            DiagnoseOptions::tr("SMTP server name or address."),
                            QStringLiteral("H")};
    QCommandLineOption port{
        QStringLiteral("port"), DiagnoseOptions::tr("Port (default 587)."), QStringLiteral("P")};
    QCommandLineOption security{
        QStringLiteral("security"),
        DiagnoseOptions::tr("none, starttls or tls (default: tls on 465, else starttls)."),
        QStringLiteral("MODE")};
    QCommandLineOption timeout{
        QStringLiteral("timeout"),
        DiagnoseOptions::tr("Seconds to wait for each step: connect, reply, DNS (default 10)."),
        QStringLiteral("SECONDS")};
    QCommandLineOption resolver{QStringLiteral("resolver"),
                                DiagnoseOptions::tr("DNS server to ask instead of the system's."),
                                QStringLiteral("ADDR[@PORT]")};
    QCommandLineOption caFile{
        QStringLiteral("ca-file"),
        DiagnoseOptions::tr("Also trust the certificate authorities in this PEM file."),
        QStringLiteral("FILE")};
    QCommandLineOption ports{
        QStringLiteral("ports"),
        DiagnoseOptions::tr("Other ports to try besides --port (default 25,465,587,2525)."),
        QStringLiteral("LIST")};
    QCommandLineOption backupHost{
        QStringLiteral("backup-host"),
        DiagnoseOptions::tr("Also try this backup connection in the same run (default: --host), "
                            "and show both side by side."),
        QStringLiteral("H")};
    QCommandLineOption backupPort{QStringLiteral("backup-port"),
                                  DiagnoseOptions::tr("The backup connection's port."),
                                  QStringLiteral("P")};
    QCommandLineOption backupSecurity{
        QStringLiteral("backup-security"),
        DiagnoseOptions::tr("The backup connection's none, starttls or tls (default: tls on 465, "
                            "else as --security)."),
        QStringLiteral("MODE")};
    QCommandLineOption controlHost{
        QStringLiteral("control-host"),
        DiagnoseOptions::tr("A host that answers on every port, to tell a local block "
                            "from a server problem (default portquiz.net), or none."),
        QStringLiteral("HOST")};
    QCommandLineOption domain{
        QStringLiteral("domain"),
        DiagnoseOptions::tr("Also check this sender domain's MX, SPF, DKIM and DMARC records."),
        QStringLiteral("DOMAIN")};
    QCommandLineOption dkimSelector{
        QStringLiteral("dkim-selector"),
        DiagnoseOptions::tr("A DKIM selector to look up (repeatable; default: the usual ones)."),
        QStringLiteral("SELECTOR")};
    QCommandLineOption trustAnchor{
        QStringLiteral("trust-anchor"),
        DiagnoseOptions::tr("DNSSEC trust anchor file (default: the root's, from dns-root-data)."),
        QStringLiteral("FILE")};
    SessionOptions session{DiagnoseOptions::tr("Sign in as this user (the password comes from "
                                               "--password-stdin or --password-env)."),
                           DiagnoseOptions::tr("Send a test message from this address.")};
    QCommandLineOption format{QStringLiteral("format"),
                              DiagnoseOptions::tr("text, markdown, html or json (default text)."),
                              QStringLiteral("FORMAT")};
    QCommandLineOption output{QStringLiteral("output"),
                              DiagnoseOptions::tr("Write the report to this file."),
                              QStringLiteral("FILE")};
    QCommandLineOption language{QStringLiteral("lang"),
                                DiagnoseOptions::tr("Language of the report, such as fr."),
                                QStringLiteral("LANG")};

    Parser()
    {
        parser.setApplicationDescription(
            DiagnoseOptions::tr("Finds out why mail cannot be sent through an SMTP server."));
        parser.addPositionalArgument(QStringLiteral("diagnose"),
                                     DiagnoseOptions::tr("Run a diagnosis."));
        parser.addOptions({host,
                           port,
                           security,
                           timeout,
                           resolver,
                           caFile,
                           ports,
                           backupHost,
                           backupPort,
                           backupSecurity,
                           controlHost,
                           domain,
                           dkimSelector,
                           trustAnchor});
        // Where --help lists them: after the server's, before the report's.
        parser.addOptions(session.options());
        parser.addOptions({format, output, language});
        parser.addHelpOption();
    }
};

// The backup connection: the main target on another host, port or
// security. Its port alone is probed, and the domain records only once.
QString readBackup(const Parser &p, DiagnoseOptions *options)
{
    if (!p.parser.isSet(p.backupHost) && !p.parser.isSet(p.backupPort)
        && !p.parser.isSet(p.backupSecurity))
        return {};
    const Target &main = options->target;
    Target backup = main;
    backup.host = p.parser.isSet(p.backupHost) ? p.parser.value(p.backupHost) : main.host;
    if (backup.host.trimmed().isEmpty())
        return DiagnoseOptions::tr("--backup-host must name a server");
    if (p.parser.isSet(p.backupPort)) {
        bool ok = false;
        const uint port = p.parser.value(p.backupPort).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return DiagnoseOptions::tr(
                       "--backup-port must be a whole number from 1 to 65535, not \"%1\"")
                .arg(p.parser.value(p.backupPort));
        backup.port = static_cast<quint16>(port);
    }
    if (p.parser.isSet(p.backupSecurity)) {
        const auto security = Target::securityFromName(p.parser.value(p.backupSecurity));
        if (!security)
            return DiagnoseOptions::tr(
                       "--backup-security must be none, starttls or tls, not \"%1\"")
                .arg(p.parser.value(p.backupSecurity));
        backup.security = *security;
    } else {
        backup.security = ProfileRun::defaultBackupSecurity(main, backup.port);
    }
    if (backup.host == main.host && backup.port == main.port && backup.security == main.security)
        return DiagnoseOptions::tr("the backup connection is the same as the main one");
    backup.extraPorts.clear();
    backup.controlHost.clear();
    backup.domain.clear();
    backup.dkimSelectors.clear();
    options->backup = backup;
    return {};
}

} // namespace

QString DiagnoseOptions::usage()
{
    Parser parser;
    return parser.parser.helpText();
}

std::optional<DiagnoseOptions> DiagnoseOptions::parse(const QStringList &arguments, QString *error)
{
    auto fail = [error](const QString &reason) -> std::optional<DiagnoseOptions> {
        *error = reason;
        return std::nullopt;
    };
    Parser p;
    if (!p.parser.parse(arguments))
        return fail(p.parser.errorText());
    const QStringList positional = p.parser.positionalArguments();
    if (positional.value(0) != QLatin1String("diagnose"))
        return fail(tr("the first argument must be a command: diagnose"));
    if (positional.size() > 1)
        return fail(tr("unexpected argument \"%1\"").arg(positional.at(1)));

    DiagnoseOptions options;
    Target &target = options.target;
    // As typed: stray spaces are a finding of the input check, not an error here.
    target.host = p.parser.value(p.host);
    if (target.host.trimmed().isEmpty())
        return fail(tr("--host is required: the SMTP server's name or address"));

    if (p.parser.isSet(p.port)) {
        bool ok = false;
        const uint port = p.parser.value(p.port).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return fail(tr("--port must be a whole number from 1 to 65535, not \"%1\"")
                            .arg(p.parser.value(p.port)));
        target.port = static_cast<quint16>(port);
    }
    if (p.parser.isSet(p.security)) {
        const auto security = Target::securityFromName(p.parser.value(p.security));
        if (!security)
            return fail(tr("--security must be none, starttls or tls, not \"%1\"")
                            .arg(p.parser.value(p.security)));
        target.security = *security;
    } else {
        // RFC 8314: 465 is implicit TLS; every other submission port starts in plain text.
        target.security = target.port == 465 ? Target::Security::Tls : Target::Security::StartTls;
    }
    if (p.parser.isSet(p.timeout)) {
        bool ok = false;
        const double seconds = p.parser.value(p.timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 600)
            return fail(
                tr("--timeout must be a number of seconds above 0 and at most 600, not \"%1\"")
                    .arg(p.parser.value(p.timeout)));
        target.stepTimeoutMs = static_cast<int>(seconds * 1000);
    }
    if (p.parser.isSet(p.resolver)) {
        target.resolver = ResolverAddress::parse(p.parser.value(p.resolver));
        if (!target.resolver)
            return fail(tr("--resolver must be an IP address, optionally with @PORT, not \"%1\"")
                            .arg(p.parser.value(p.resolver)));
    }
    if (p.parser.isSet(p.caFile)) {
        target.caFile = p.parser.value(p.caFile);
        if (!QFileInfo(target.caFile).isReadable())
            return fail(tr("--ca-file: cannot read \"%1\"").arg(target.caFile));
    }
    if (p.parser.isSet(p.format)) {
        const QString format = p.parser.value(p.format);
        if (format == QLatin1String("json"))
            options.format = Format::Json;
        else if (format == QLatin1String("markdown"))
            options.format = Format::Markdown;
        else if (format == QLatin1String("html"))
            options.format = Format::Html;
        else if (format != QLatin1String("text"))
            return fail(
                tr("--format must be text, markdown, html or json, not \"%1\"").arg(format));
    }
    if (p.parser.isSet(p.ports)) {
        const auto ports = Target::parsePortList(p.parser.value(p.ports));
        if (!ports)
            return fail(
                tr("--ports must list port numbers from 1 to 65535, such as 25,465,587, not \"%1\"")
                    .arg(p.parser.value(p.ports)));
        target.extraPorts = *ports;
    }
    target.controlHost = p.parser.isSet(p.controlHost) ? p.parser.value(p.controlHost).trimmed()
                                                       : Target::defaultControlHost();
    if (target.controlHost == QLatin1String("none"))
        target.controlHost.clear();
    else if (target.controlHost.isEmpty() || target.controlHost.contains(QLatin1Char(' ')))
        return fail(tr("--control-host must be a host name, an address or none"));
    if (p.parser.isSet(p.domain)) {
        target.domain = p.parser.value(p.domain).trimmed();
        if (!HostInput::asciiHostName(target.domain) || !target.domain.contains(QLatin1Char('.')))
            return fail(tr("--domain must be a domain name such as example.com, not \"%1\"")
                            .arg(p.parser.value(p.domain)));
        target.domain = *HostInput::asciiHostName(target.domain);
    }
    for (const QString &selector : p.parser.values(p.dkimSelector)) {
        if (!DkimSelectors::fromUserInput(selector))
            return fail(tr("--dkim-selector: \"%1\" is not a selector").arg(selector));
        target.dkimSelectors.append(selector);
    }
    if (!target.dkimSelectors.isEmpty() && target.domain.isEmpty())
        return fail(tr("--dkim-selector needs --domain"));
    if (p.parser.isSet(p.trustAnchor)) {
        target.trustAnchorFile = p.parser.value(p.trustAnchor);
        if (!QFileInfo(target.trustAnchorFile).isReadable())
            return fail(tr("--trust-anchor: cannot read \"%1\"").arg(target.trustAnchorFile));
    }
    if (const auto error = p.session.read(p.parser, &options.target, &options.credentials);
        !error.isEmpty())
        return fail(error);
    if (const auto error = readBackup(p, &options); !error.isEmpty())
        return fail(error);
    options.outputFile = p.parser.value(p.output);
    options.language = p.parser.value(p.language);
    return options;
}
