// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Target.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Turns what a front end collected as text (command-line values, the
// wizard's fields) into a Target, or says why it is unusable, with one set
// of rules for every front end. The host is kept as typed: the mistakes in
// it ("http://", spaces, "host:587") are findings of the input check, which
// mends them, not reasons to refuse. Pure: no I/O beyond asking whether a
// named file is readable.
class TargetBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TargetBuilder)
public:
    // What a problem is about, so that each front end can name it its own
    // way (an option, a field label) before the reason.
    enum class Field {
        Host,
        Port,
        Security,
        Timeout,
        Resolver,
        CaFile,
        TrustAnchor,
        Ports,
        ControlHost,
        Domain,
        DkimSelector,
        User,
        Secret,
        From,
        To,
        BackupHost,
        BackupPort,
        BackupSecurity,
        Backup, // the backup connection as a whole
    };

    struct Problem
    {
        Field field;
        // Reads after the field's name: "must be a whole number from 1 to
        // 65535, not "0"". For Field::Backup, a whole sentence.
        QString reason;
    };

    // Every value as typed; an empty one means "not given": the default.
    struct Input
    {
        QString host;
        QString port;
        QString security; // none, starttls or tls; empty: by the port
        QString timeout;  // seconds, fractions allowed
        QString resolver;
        QString caFile;
        QString trustAnchorFile;
        // nullopt: the usual ones. A list such as "25, 465,587"; empty: none.
        std::optional<QString> ports;
        // nullopt: Target::defaultControlHost(). "none": no control probe.
        std::optional<QString> controlHost;
        QString domain;
        // Each item may itself be a comma-separated list, as the wizard's field is.
        QStringList dkimSelectors;
        QString user;
        QString authMechanism;
        bool allowCleartextAuth = false;
        // Whether a password or token comes with the user; nullopt: the
        // front end checks that itself (the CLI, with its secret sources).
        std::optional<bool> hasSecret;
        QString from;
        QString to;
    };

    // The backup connection: the main target on another host, port or
    // security. Empty values: the main one's (security: by the port).
    struct BackupInput
    {
        QString host;
        QString port;
        QString security;

        bool isEmpty() const { return host.isEmpty() && port.isEmpty() && security.isEmpty(); }
    };

    struct Result
    {
        Target target;
        QList<Problem> problems; // empty: the target is usable

        bool isUsable() const { return problems.isEmpty(); }
    };

    static Result build(const Input &input);
    // Only the backup's own port is probed and the domain records are
    // checked once, so the backup has no extra ports, control host or domain.
    static Result buildBackup(const Target &main, const BackupInput &input);

    // RFC 8314: 465 is implicit TLS; every other submission port starts in plain text.
    static Target::Security defaultSecurity(quint16 port);

    // The rules each value follows, for the front ends that read one alone
    // (the DNS-only commands): a port is a whole number from 1 to 65535, a
    // timeout a number of seconds above 0 and at most 600, a domain a name
    // with a dot (given back in its ASCII form).
    static std::optional<quint16> parsePort(const QString &text);
    static std::optional<int> parseTimeoutMs(const QString &seconds);
    static std::optional<QString> parseDomain(const QString &text);
    static QString portProblem(const QString &text);
    static QString timeoutProblem(const QString &text);
    static QString resolverProblem(const QString &text);
    static QString domainProblem(const QString &text);
};
