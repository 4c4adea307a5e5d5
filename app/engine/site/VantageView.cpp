// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/VantageView.h"

#include "core/CheckName.h"
#include "findings/FindingIds.h"
#include "report/Report.h"
#include "smtp/SmtpReply.h"

namespace {

VantageView::Port portOf(const SiteAnswer::Connect &connect)
{
    VantageView::Port port;
    port.address = connect.address;
    port.port = connect.port;
    port.outcome = connect.outcome;
    port.error = connect.error;
    port.errorText = connect.errorText;
    port.ms = connect.ms;
    port.greetingName = VantageView::greetingName(connect.greeting);
    if (connect.tls) {
        const SiteAnswer::Tls &tls = *connect.tls;
        port.tlsTrusted = tls.verified;
        port.tlsHandshake = tls.handshakeOk();
        port.tlsError = tls.error;
        if (tls.certificate) {
            port.certificateSha256 = tls.certificate->sha256;
            port.certificateSubject = tls.certificate->subject;
        }
    }
    return port;
}

} // namespace

QString VantageView::greetingName(const QString &greeting)
{
    return SmtpReply::greetingName(greeting);
}

const VantageView::Port *VantageView::find(const QString &address, quint16 port) const
{
    for (const Port &candidate : ports) {
        if (candidate.address == address && candidate.port == port)
            return &candidate;
    }
    return nullptr;
}

VantageView VantageView::fromSiteAnswer(const SiteAnswer &answer)
{
    VantageView view;
    view.fromPhp = true;
    for (const SiteAnswer::Resolution &resolution : answer.hosts) {
        if (resolution.role == QLatin1String("target")) {
            view.host = resolution.host;
            view.addresses = resolution.addresses;
            view.resolveError = resolution.error;
        } else if (resolution.role == QLatin1String("control")) {
            view.controlHost = resolution.host;
        }
    }
    for (const SiteAnswer::Connect &connect : answer.connects) {
        if (connect.role == QLatin1String("target"))
            view.ports.append(portOf(connect));
        else if (connect.role == QLatin1String("control"))
            view.controlPorts.append(portOf(connect));
    }
    const SiteAnswer::Environment &environment = answer.environment;
    view.disabledFunctions = environment.disabledFunctions;
    view.openBasedir = environment.openBasedir;
    view.selinux = environment.selinux;
    if (!environment.opensslCafile.isEmpty())
        view.caSetting = QStringLiteral("openssl.cafile=%1").arg(environment.opensslCafile);
    else if (!environment.opensslCapath.isEmpty())
        view.caSetting = QStringLiteral("openssl.capath=%1").arg(environment.opensslCapath);
    else
        view.caSetting = QStringLiteral("openssl.cafile unset (default %1)")
                             .arg(environment.defaultCafile.isEmpty() ? environment.defaultCapath
                                                                      : environment.defaultCafile);
    return view;
}

// A report's own view (this computer's, or the server's when smtp-doctor-cli
// ran there), from what its findings are about and their facts: the
// subject's address and port, the id for the outcome, the facts for the
// connect time, the greeting's name and the certificate. Never the texts.
// Findings seen from another vantage are skipped.
VantageView VantageView::fromReport(const Report &report, FindingSubject::Vantage vantage)
{
    using Outcome = SiteAnswer::Outcome;
    const QHash<QString, Outcome> outcomes = {
        {QLatin1String(FindingId::NetOpen), Outcome::Open},
        {QLatin1String(FindingId::NetRefused), Outcome::Refused},
        {QLatin1String(FindingId::NetFiltered), Outcome::Filtered},
        {QLatin1String(FindingId::NetUnreachable), Outcome::Unreachable},
    };
    // Shown, trusted or not: the probe goes on past a certificate problem.
    const QStringList untrusted = {QLatin1String(FindingId::TlsUntrusted),
                                   QLatin1String(FindingId::TlsSelfSigned),
                                   QLatin1String(FindingId::TlsNameMismatch),
                                   QLatin1String(FindingId::TlsExpired)};
    VantageView view;
    view.host = report.target.host;
    auto portFor = [&view](const FindingSubject &subject) -> Port & {
        for (Port &port : view.ports) {
            if (port.address == subject.address && port.port == subject.port)
                return port;
        }
        if (!subject.address.isEmpty() && !view.addresses.contains(subject.address))
            view.addresses.append(subject.address);
        Port port;
        port.address = subject.address;
        port.port = subject.port;
        view.ports.append(port);
        return view.ports.last();
    };
    for (const Finding &finding : report.findings) {
        const FindingSubject &subject = finding.subject;
        if (subject.vantage != vantage || subject.port == 0 || subject.address.isEmpty())
            continue;
        const QString sha256 = finding.facts.value(FindingArg::CertificateSha256);
        const QString greeting = finding.facts.value(FindingArg::GreetingName);
        if (const auto outcome = outcomes.constFind(finding.id); outcome != outcomes.constEnd()) {
            if (finding.check == CheckName::control())
                continue; // the reference host's cells are not the server's
            Port &port = portFor(subject);
            port.outcome = *outcome;
            port.ms = finding.facts.value(FindingArg::ConnectMs).toInt();
        } else if (finding.id == QLatin1String(FindingId::SmtpGreetingOk)) {
            portFor(subject).outcome = Outcome::Open; // a greeting needs an open port
        } else if (finding.id == QLatin1String(FindingId::TlsOk)) {
            Port &port = portFor(subject);
            port.outcome = Outcome::Open;
            port.tlsHandshake = true;
            port.tlsTrusted = port.tlsTrusted.value_or(true);
        } else if (untrusted.contains(finding.id)) {
            Port &port = portFor(subject);
            port.outcome = Outcome::Open;
            port.tlsHandshake = true;
            port.tlsTrusted = false;
            port.tlsError = finding.id;
        } else if (finding.id == QLatin1String(FindingId::TlsHandshakeFailed)) {
            Port &port = portFor(subject);
            port.outcome = Outcome::Open;
            port.tlsHandshake = port.tlsHandshake.value_or(false);
        } else {
            continue;
        }
        Port &port = portFor(subject);
        if (!sha256.isEmpty())
            port.certificateSha256 = sha256;
        if (!greeting.isEmpty() && port.greetingName.isEmpty())
            port.greetingName = greeting;
    }
    return view;
}
