#include "site/VantageView.h"

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
