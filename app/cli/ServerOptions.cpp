// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerOptions.h"

#include <QCommandLineParser>

using Field = TargetBuilder::Field;

ServerOptions::ServerOptions(Scope scope)
    : m_scope(scope)
    , m_host(QStringLiteral("host"), tr("SMTP server name or address."), QStringLiteral("H"))
    , m_port(QStringLiteral("port"), tr("Port (default 587)."), QStringLiteral("P"))
    , m_security(QStringLiteral("security"),
                 tr("none, starttls or tls (default: tls on 465, else starttls)."),
                 QStringLiteral("MODE"))
    , m_timeout(
          timeoutOption(tr("Seconds to wait for each step: connect, reply, DNS (default 10).")))
    , m_resolver(resolverOption())
    , m_caFile(QStringLiteral("ca-file"),
               tr("Also trust the certificate authorities in this PEM file."),
               QStringLiteral("FILE"))
    , m_trustAnchor(QStringLiteral("trust-anchor"),
                    tr("DNSSEC trust anchor file (default: the root's, from dns-root-data)."),
                    QStringLiteral("FILE"))
    , m_ports(QStringLiteral("ports"),
              tr("Other ports to try besides --port (default 25,465,587,2525)."),
              QStringLiteral("LIST"))
    , m_controlHost(QStringLiteral("control-host"),
                    tr("A host that answers on every port, to tell a local block from a server "
                       "problem (default portquiz.net), or none."),
                    QStringLiteral("HOST"))
{}

QCommandLineOption ServerOptions::resolverOption()
{
    return QCommandLineOption(QStringLiteral("resolver"),
                              tr("DNS server to ask instead of the system's."),
                              QStringLiteral("ADDR[@PORT]"));
}

QCommandLineOption ServerOptions::timeoutOption(const QString &help)
{
    return QCommandLineOption(QStringLiteral("timeout"), help, QStringLiteral("SECONDS"));
}

QList<QCommandLineOption> ServerOptions::options() const
{
    if (m_scope == Scope::Probe)
        return {m_host, m_port, m_security, m_ports, m_controlHost};
    QList<QCommandLineOption> all{
        m_host, m_port, m_security, m_timeout, m_resolver, m_caFile, m_trustAnchor};
    if (m_scope == Scope::Diagnosis)
        all += {m_ports, m_controlHost};
    return all;
}

QHash<QString, QStringList> ServerOptions::valueChoices() const
{
    return {{m_security.names().constFirst(), securityNames()}};
}

QStringList ServerOptions::securityNames()
{
    QStringList names;
    for (Target::Security security : Target::securityModes())
        names.append(Target::securityName(security));
    return names;
}

void ServerOptions::read(const QCommandLineParser &parser, TargetBuilder::Input *input) const
{
    input->host = parser.value(m_host);
    input->port = parser.value(m_port);
    input->security = parser.value(m_security);
    if (m_scope != Scope::Probe) {
        input->timeout = parser.value(m_timeout);
        input->resolver = parser.value(m_resolver);
        input->caFile = parser.value(m_caFile);
        input->trustAnchorFile = parser.value(m_trustAnchor);
    }
    // A session talks to one port and needs no control host.
    if (m_scope == Scope::Session) {
        input->controlHost = QStringLiteral("none");
        return;
    }
    if (parser.isSet(m_ports))
        input->ports = parser.value(m_ports);
    if (parser.isSet(m_controlHost))
        input->controlHost = parser.value(m_controlHost);
}
QString ServerOptions::optionName(Field field)
{
    switch (field) {
    case Field::Host:
        return QStringLiteral("--host");
    case Field::Port:
        return QStringLiteral("--port");
    case Field::Security:
        return QStringLiteral("--security");
    case Field::Timeout:
        return QStringLiteral("--timeout");
    case Field::Resolver:
        return QStringLiteral("--resolver");
    case Field::CaFile:
        return QStringLiteral("--ca-file");
    case Field::TrustAnchor:
        return QStringLiteral("--trust-anchor");
    case Field::Ports:
        return QStringLiteral("--ports");
    case Field::ControlHost:
        return QStringLiteral("--control-host");
    case Field::Domain:
        return QStringLiteral("--domain");
    case Field::DkimSelector:
        return QStringLiteral("--dkim-selector");
    case Field::User:
        return QStringLiteral("--user");
    case Field::Secret:
        return QStringLiteral("--password-env");
    case Field::From:
        return QStringLiteral("--from");
    case Field::To:
        return QStringLiteral("--to");
    case Field::BackupHost:
        return QStringLiteral("--backup-host");
    case Field::BackupPort:
        return QStringLiteral("--backup-port");
    case Field::BackupSecurity:
        return QStringLiteral("--backup-security");
    case Field::Backup:
        break;
    }
    return {};
}

QString ServerOptions::describe(const TargetBuilder::Problem &problem)
{
    const QString option = optionName(problem.field);
    return option.isEmpty() ? problem.reason : option + QLatin1Char(' ') + problem.reason;
}
