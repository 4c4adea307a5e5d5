#include "site/VantageView.h"

#include "report/Report.h"

#include <QRegularExpression>

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
    // RFC 5321 section 4.2: "220" SP ( Domain / address-literal ) [ SP textstring ].
    static const QRegularExpression pattern(QStringLiteral("^220[ -]([^ ]+)"));
    const auto match = pattern.match(greeting.trimmed());
    return match.hasMatch() ? match.captured(1).toLower() : QString();
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

// This computer's view, from its report. The facts come from the port
// sweep's and the SMTP probe's own untranslated evidence lines ("connect to
// ADDR port N: open after M ms", "ADDR port N, M ms after the start" and the
// server's "S: 220" line), as ReportVerdict reads them; the finding id gives the outcome.
VantageView VantageView::fromReport(const Report &report)
{
    static const QRegularExpression connectLine(
        QStringLiteral("^connect to \\[?([^\\] ]+)\\]? port (\\d+): .* after (\\d+) ms"));
    static const QRegularExpression probeLine(
        QStringLiteral("^\\[?([^\\] ,]+)\\]? port (\\d+), \\d+ ms after the start"));
    static const QRegularExpression greetingLine(QStringLiteral("^S: (220[ -].*)$"));
    const QHash<QString, SiteAnswer::Outcome> outcomes = {
        {QStringLiteral("net.open"), SiteAnswer::Outcome::Open},
        {QStringLiteral("net.refused"), SiteAnswer::Outcome::Refused},
        {QStringLiteral("net.filtered"), SiteAnswer::Outcome::Filtered},
        {QStringLiteral("net.unreachable"), SiteAnswer::Outcome::Unreachable},
    };
    VantageView view;
    view.host = report.target.host;
    auto portFor = [&view](const QString &address, quint16 number) -> Port & {
        for (Port &port : view.ports) {
            if (port.address == address && port.port == number)
                return port;
        }
        if (!view.addresses.contains(address))
            view.addresses.append(address);
        Port port;
        port.address = address;
        port.port = number;
        view.ports.append(port);
        return view.ports.last();
    };
    for (const Finding &finding : report.findings) {
        const auto outcome = outcomes.constFind(finding.id);
        if (outcome != outcomes.constEnd()) {
            for (const QString &line : finding.evidence) {
                const auto match = connectLine.match(line);
                if (!match.hasMatch())
                    continue;
                Port &port = portFor(match.captured(1),
                                     static_cast<quint16>(match.captured(2).toUInt()));
                port.outcome = *outcome;
                port.ms = match.captured(3).toInt();
            }
        } else if (finding.id == QLatin1String("smtp.greeting_ok") && !finding.evidence.isEmpty()) {
            const auto where = probeLine.match(finding.evidence.constFirst());
            if (!where.hasMatch())
                continue;
            Port &port = portFor(where.captured(1),
                                 static_cast<quint16>(where.captured(2).toUInt()));
            for (const QString &line : finding.evidence.mid(1)) {
                const auto greeting = greetingLine.match(line);
                if (greeting.hasMatch()) {
                    port.greetingName = greetingName(greeting.captured(1));
                    break;
                }
            }
        }
    }
    return view;
}
