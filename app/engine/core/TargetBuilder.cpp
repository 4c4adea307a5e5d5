// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TargetBuilder.h"

#include "domain/DkimSelectors.h"
#include "input/HostInput.h"
#include "profile/ProfileRun.h"

#include <QFileInfo>

namespace {

// Text a person typed into a field: the surrounding spaces never matter,
// except in the host, where they are the input check's business.
QString typed(const QString &text)
{
    return text.trimmed();
}

// Something before and after the last @, and no space: what the envelope
// needs; the server judges the rest.
bool looksLikeAddress(const QString &text)
{
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    return at > 0 && at < text.size() - 1 && !text.contains(QLatin1Char(' '));
}

} // namespace

Target::Security TargetBuilder::defaultSecurity(quint16 port)
{
    return port == 465 ? Target::Security::Tls : Target::Security::StartTls;
}

std::optional<quint16> TargetBuilder::parsePort(const QString &text)
{
    // toUInt, not toDouble: "587.0" or "5e2" is not what anyone meant to type.
    bool ok = false;
    const uint port = typed(text).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return static_cast<quint16>(port);
}

std::optional<int> TargetBuilder::parseTimeoutMs(const QString &seconds)
{
    bool ok = false;
    const double value = typed(seconds).toDouble(&ok);
    if (!ok || value <= 0 || value > 600)
        return std::nullopt;
    return qMax(1, static_cast<int>(value * 1000));
}

std::optional<QString> TargetBuilder::parseDomain(const QString &text)
{
    // Lower case first, as IDNA maps it (RFC 5895): "Mél.example" is "mél.example".
    const auto ascii = HostInput::asciiHostName(typed(text).toLower());
    if (!ascii || !ascii->contains(QLatin1Char('.')))
        return std::nullopt;
    return ascii;
}

QString TargetBuilder::portProblem(const QString &text)
{
    return tr("must be a whole number from 1 to 65535, not \"%1\"").arg(text);
}

QString TargetBuilder::timeoutProblem(const QString &text)
{
    return tr("must be a number of seconds above 0 and at most 600, not \"%1\"").arg(text);
}

QString TargetBuilder::resolverProblem(const QString &text)
{
    return tr("must be an IP address, optionally with @PORT, not \"%1\"").arg(text);
}

QString TargetBuilder::domainProblem(const QString &text)
{
    return tr("must be a domain name such as example.com, not \"%1\"").arg(text);
}

TargetBuilder::Result TargetBuilder::build(const Input &input)
{
    Result result;
    Target &target = result.target;
    auto problem = [&result](Field field, const QString &reason) {
        result.problems.append({field, reason});
    };

    // As typed: stray spaces are a finding of the input check, not an error here.
    target.host = input.host;
    if (typed(input.host).isEmpty())
        problem(Field::Host, tr("is required: the SMTP server's name or address"));

    if (!typed(input.port).isEmpty()) {
        if (const auto port = parsePort(input.port))
            target.port = *port;
        else
            problem(Field::Port, portProblem(input.port));
    }
    if (typed(input.security).isEmpty()) {
        target.security = defaultSecurity(target.port);
    } else if (const auto security = Target::securityFromName(typed(input.security))) {
        target.security = *security;
    } else {
        problem(Field::Security,
                tr("must be none, starttls or tls, not \"%1\"").arg(input.security));
    }
    if (!typed(input.timeout).isEmpty()) {
        if (const auto ms = parseTimeoutMs(input.timeout))
            target.stepTimeoutMs = *ms;
        else
            problem(Field::Timeout, timeoutProblem(input.timeout));
    }
    if (!typed(input.resolver).isEmpty()) {
        target.resolver = ResolverAddress::parse(input.resolver);
        if (!target.resolver)
            problem(Field::Resolver, resolverProblem(input.resolver));
    }
    for (const auto &[field, text, file] :
         {std::tuple{Field::CaFile, input.caFile, &target.caFile},
          std::tuple{Field::TrustAnchor, input.trustAnchorFile, &target.trustAnchorFile}}) {
        *file = typed(text);
        if (!file->isEmpty() && !QFileInfo(*file).isReadable())
            problem(field, tr("names a file that cannot be read: \"%1\"").arg(*file));
    }
    if (input.ports) {
        if (const auto ports = Target::parsePortList(*input.ports))
            target.extraPorts = *ports;
        else
            problem(Field::Ports,
                    tr("must list port numbers from 1 to 65535, such as 25,465,587, not \"%1\"")
                        .arg(*input.ports));
    }
    target.controlHost = input.controlHost ? typed(*input.controlHost)
                                           : Target::defaultControlHost();
    if (target.controlHost == QLatin1String("none"))
        target.controlHost.clear();
    else if (target.controlHost.isEmpty() || target.controlHost.contains(QLatin1Char(' ')))
        problem(Field::ControlHost, tr("must be a host name, an address or none"));

    if (!typed(input.domain).isEmpty()) {
        if (const auto domain = parseDomain(input.domain))
            target.domain = *domain;
        else
            problem(Field::Domain, domainProblem(input.domain));
    }
    for (const QString &item : input.dkimSelectors) {
        for (const QString &selector : item.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (typed(selector).isEmpty())
                continue;
            if (const auto name = DkimSelectors::fromUserInput(typed(selector)))
                target.dkimSelectors.append(*name);
            else
                problem(Field::DkimSelector,
                        tr("must be a DKIM selector such as s1, not \"%1\"").arg(selector));
        }
    }
    if (!target.dkimSelectors.isEmpty() && target.domain.isEmpty())
        problem(Field::DkimSelector, tr("needs a sender domain"));

    target.user = typed(input.user);
    target.authMechanism = typed(input.authMechanism).toUpper();
    target.allowCleartextAuth = input.allowCleartextAuth;
    if (input.hasSecret && !target.user.isEmpty() && !*input.hasSecret)
        problem(Field::Secret, tr("is needed to sign in as %1").arg(target.user));
    if (input.hasSecret && target.user.isEmpty() && *input.hasSecret)
        problem(Field::User, tr("is needed with a password or token"));

    target.mailFrom = typed(input.from);
    target.rcptTo = typed(input.to);
    if (target.mailFrom.isEmpty() && !target.rcptTo.isEmpty())
        problem(Field::From, tr("is needed too: a test message has a sender and a recipient"));
    if (!target.mailFrom.isEmpty() && target.rcptTo.isEmpty())
        problem(Field::To, tr("is needed too: a test message has a sender and a recipient"));
    for (const auto &[field, address] :
         {std::pair{Field::From, target.mailFrom}, std::pair{Field::To, target.rcptTo}}) {
        if (!address.isEmpty() && !looksLikeAddress(address))
            problem(field, tr("must be an e-mail address, not \"%1\"").arg(address));
    }
    return result;
}

TargetBuilder::Result TargetBuilder::buildBackup(const Target &main, const BackupInput &input)
{
    Result result;
    Target &backup = result.target;
    backup = main;
    auto problem = [&result](Field field, const QString &reason) {
        result.problems.append({field, reason});
    };
    if (!typed(input.host).isEmpty())
        backup.host = input.host;
    if (!typed(input.port).isEmpty()) {
        if (const auto port = parsePort(input.port))
            backup.port = *port;
        else
            problem(Field::BackupPort, portProblem(input.port));
    }
    if (typed(input.security).isEmpty()) {
        backup.security = ProfileRun::defaultBackupSecurity(main, backup.port);
    } else if (const auto security = Target::securityFromName(typed(input.security))) {
        backup.security = *security;
    } else {
        problem(Field::BackupSecurity,
                tr("must be none, starttls or tls, not \"%1\"").arg(input.security));
    }
    if (result.isUsable() && typed(backup.host) == typed(main.host) && backup.port == main.port
        && backup.security == main.security)
        problem(Field::Backup,
                tr("The backup connection is the same as the main one: change its "
                   "server, port or encryption."));
    backup.extraPorts.clear();
    backup.controlHost.clear();
    backup.domain.clear();
    backup.dkimSelectors.clear();
    return result;
}
