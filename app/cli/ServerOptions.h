// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/TargetBuilder.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

class QCommandLineParser;

// The server options, declared once for every command that talks to an
// SMTP server: host, port, security, timeout, resolver, CA file, DNSSEC
// trust anchor, and for a full diagnosis the other ports and the control
// host. What they hold goes to the TargetBuilder, whose rules are the
// wizard's too.
class ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)
public:
    // Session: one server and port (watch). Diagnosis: also the port sweep
    // and the control probe. Probe: what the website probe is made for
    // (host, port, security, ports, control host), with nothing this
    // computer would use to connect (timeout, resolver, CA file, anchor).
    enum class Scope { Session, Diagnosis, Probe };

    explicit ServerOptions(Scope scope);

    QList<QCommandLineOption> options() const;
    // The fixed values of its options, by long name (--security's modes).
    QHash<QString, QStringList> valueChoices() const;
    // none, starttls, tls: what --security and --backup-security take.
    static QStringList securityNames();
    void read(const QCommandLineParser &parser, TargetBuilder::Input *input) const;

    // Shared with the DNS-only commands, which take these two alone.
    static QCommandLineOption resolverOption();
    static QCommandLineOption timeoutOption(const QString &help);

    // The option a builder's problem is about, then the reason:
    // "--port must be a whole number from 1 to 65535, not "0"".
    static QString describe(const TargetBuilder::Problem &problem);
    static QString optionName(TargetBuilder::Field field);

private:
    Scope m_scope;
    QCommandLineOption m_host;
    QCommandLineOption m_port;
    QCommandLineOption m_security;
    QCommandLineOption m_timeout;
    QCommandLineOption m_resolver;
    QCommandLineOption m_caFile;
    QCommandLineOption m_trustAnchor;
    QCommandLineOption m_ports;
    QCommandLineOption m_controlHost;
};
