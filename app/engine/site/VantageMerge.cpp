// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/VantageMerge.h"

#include "findings/FindingIds.h"

#include <QCoreApplication>
#include <QSet>

namespace {

using Outcome = SiteAnswer::Outcome;
using Port = VantageView::Port;

const QString hereLabel = QStringLiteral("From this computer: ");
const QString siteLabel = QStringLiteral("From your website: ");

QString endpoint(const QString &address, quint16 port)
{
    const QString shown = address.contains(QLatin1Char(':'))
                              ? QLatin1Char('[') + address + QLatin1Char(']')
                              : address;
    return QStringLiteral("%1 port %2").arg(shown).arg(port);
}

QString describe(const Port &port)
{
    QString text = QStringLiteral("%1: %2").arg(endpoint(port.address, port.port),
                                                SiteAnswer::outcomeName(port.outcome));
    if (port.outcome != Outcome::Open && (port.error != 0 || !port.errorText.isEmpty()))
        text += QStringLiteral(" (errno %1: %2)").arg(port.error).arg(port.errorText);
    text += QStringLiteral(" after %1 ms").arg(port.ms);
    if (!port.greetingName.isEmpty())
        text += QStringLiteral(", greets as %1").arg(port.greetingName);
    if (port.tlsHandshake) {
        text += *port.tlsHandshake ? QStringLiteral(", TLS handshake ok")
                                   : QStringLiteral(", TLS handshake failed");
        if (port.tlsTrusted)
            text += *port.tlsTrusted ? QStringLiteral(", certificate trusted")
                                     : QStringLiteral(", certificate not trusted");
        if (!port.tlsError.isEmpty())
            text += QStringLiteral(" (%1)").arg(port.tlsError);
    }
    if (!port.certificateSha256.isEmpty())
        text += QStringLiteral(", certificate SHA-256 %1").arg(port.certificateSha256);
    return text;
}

QStringList bothSides(const Port *here, const Port *site)
{
    QStringList evidence;
    if (here)
        evidence.append(hereLabel + describe(*here));
    if (site)
        evidence.append(siteLabel + describe(*site));
    return evidence;
}

// In the finding's own words (it is shown inside a translated sentence).
QString outcomeWords(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Refused:
        return QCoreApplication::translate("Findings", "a refusal (TCP reset)");
    case Outcome::Filtered:
        return QCoreApplication::translate("Findings", "no answer at all (dropped)");
    case Outcome::Unreachable:
        return QCoreApplication::translate("Findings", "\"unreachable\" (ICMP)");
    case Outcome::LocalError:
        return QCoreApplication::translate("Findings", "an error on the web server itself");
    case Outcome::Open:
        break;
    }
    return {};
}

// The host name a server greets with on this port, or on another port of the
// same address when this computer only spoke SMTP on the chosen one.
QString referenceName(const VantageView &view, const Port &port)
{
    if (!port.greetingName.isEmpty())
        return port.greetingName;
    for (const Port &other : view.ports) {
        if (other.address == port.address && !other.greetingName.isEmpty())
            return other.greetingName;
    }
    return {};
}

QList<quint16> portsOf(const VantageView &view)
{
    QList<quint16> ports;
    for (const Port &port : view.ports) {
        if (!ports.contains(port.port))
            ports.append(port.port);
    }
    return ports;
}

// The first open cell of `port` on any address: used when the two sides
// resolved the host to different addresses.
const Port *anyOpen(const VantageView &view, quint16 port)
{
    const Port *seen = nullptr;
    for (const Port &candidate : view.ports) {
        if (candidate.port != port)
            continue;
        if (candidate.outcome == Outcome::Open)
            return &candidate;
        if (!seen)
            seen = &candidate;
    }
    return seen;
}

struct Pair
{
    const Port *here;
    const Port *site;
};

QList<Pair> pairsFor(const VantageView &here, const VantageView &site, quint16 port)
{
    QList<Pair> pairs;
    for (const Port &h : here.ports) {
        if (h.port != port)
            continue;
        if (const Port *s = site.find(h.address, port))
            pairs.append(Pair{&h, s});
    }
    if (pairs.isEmpty()) {
        const Port *h = anyOpen(here, port);
        const Port *s = anyOpen(site, port);
        if (h && s)
            pairs.append(Pair{h, s});
    }
    return pairs;
}

enum class Difference { Same, Blocked, Redirected, Untrusted, Incompatible, Other };

Difference compare(const VantageMerge::Input &input, const Pair &pair)
{
    const Port &h = *pair.here;
    const Port &s = *pair.site;
    if (h.outcome != Outcome::Open)
        return h.outcome == s.outcome ? Difference::Same : Difference::Other;
    if (s.outcome != Outcome::Open)
        return Difference::Blocked;
    const QString hereName = referenceName(input.here, h);
    if (!hereName.isEmpty() && !s.greetingName.isEmpty() && hereName != s.greetingName)
        return Difference::Redirected;
    if (!h.certificateSha256.isEmpty() && !s.certificateSha256.isEmpty()
        && h.certificateSha256 != s.certificateSha256)
        return Difference::Redirected;
    if (h.tlsTrusted.value_or(false) && s.tlsHandshake.value_or(false)
        && !s.tlsTrusted.value_or(true))
        return Difference::Untrusted;
    if (h.tlsHandshake.value_or(false) && s.tlsHandshake && !*s.tlsHandshake)
        return Difference::Incompatible;
    return Difference::Same;
}

} // namespace

QList<VantageMerge::Conclusion> VantageMerge::merge(const Input &input)
{
    QList<Conclusion> conclusions;
    if (const auto blocked = phpBlocked(input)) {
        // PHP itself cannot connect: what the ports show says nothing about the web host.
        conclusions.append(*blocked);
        return conclusions;
    }
    const auto dns = dnsDiffers(input);
    if (dns)
        conclusions.append(*dns);
    for (const Conclusion &conclusion : perPort(input)) {
        // Other addresses are a difference, even where the ports agree.
        if (dns && conclusion.id == QLatin1String(FindingId::SiteSameAsHere))
            continue;
        conclusions.append(conclusion);
    }
    return conclusions;
}

std::optional<VantageMerge::Conclusion> VantageMerge::phpBlocked(const Input &input)
{
    const VantageView &site = input.site;
    QStringList disabled;
    const bool noClient = site.disabledFunctions.contains(QLatin1String("stream_socket_client"))
                          && site.disabledFunctions.contains(QLatin1String("fsockopen"));
    if (noClient) {
        disabled << QStringLiteral("stream_socket_client") << QStringLiteral("fsockopen");
    }
    if (site.disabledFunctions.contains(QLatin1String("stream_socket_enable_crypto")))
        disabled << QStringLiteral("stream_socket_enable_crypto");
    QStringList evidence;
    evidence << siteLabel
                    + QStringLiteral("disabled or missing functions: %1")
                          .arg(site.disabledFunctions.join(QLatin1String(", ")))
             << siteLabel + QStringLiteral("open_basedir: %1").arg(site.openBasedir)
             << siteLabel + QStringLiteral("SELinux: %1").arg(site.selinux);
    if (!disabled.isEmpty()) {
        Conclusion conclusion{QLatin1String(FindingId::SitePhpBlockedFunctions),
                              {disabled.join(QLatin1String(", "))},
                              evidence};
        return conclusion;
    }
    // Every connect failed before leaving the machine (EACCES, EPERM):
    // SELinux's httpd_can_network_connect, a sandbox, or a local firewall.
    bool all = !site.ports.isEmpty();
    for (const Port &port : site.ports) {
        if (port.outcome != Outcome::LocalError)
            all = false;
    }
    if (!all)
        return std::nullopt;
    for (const Port &port : site.ports)
        evidence.append(siteLabel + describe(port));
    return Conclusion{QLatin1String(FindingId::SitePhpBlockedLocal),
                      {site.ports.constFirst().errorText, site.selinux},
                      evidence};
}

std::optional<VantageMerge::Conclusion> VantageMerge::dnsDiffers(const Input &input)
{
    const VantageView &here = input.here;
    const VantageView &site = input.site;
    if (here.addresses.isEmpty())
        return std::nullopt; // this computer's own DNS failure is its own finding
    const QSet<QString> hereSet(here.addresses.cbegin(), here.addresses.cend());
    const QSet<QString> siteSet(site.addresses.cbegin(), site.addresses.cend());
    if (hereSet == siteSet)
        return std::nullopt;
    const QString hereList = here.addresses.join(QLatin1String(", "));
    const QString siteList = site.addresses.isEmpty() ? site.resolveError
                                                      : site.addresses.join(QLatin1String(", "));
    QStringList evidence{hereLabel + QStringLiteral("%1 resolves to %2").arg(here.host, hereList),
                         siteLabel + QStringLiteral("%1 resolves to %2").arg(site.host, siteList)};
    return Conclusion{site.addresses.isEmpty() ? QLatin1String(FindingId::SiteDnsDiffersNone)
                                               : QLatin1String(FindingId::SiteDnsDiffers),
                      {here.host, hereList, siteList},
                      evidence};
}

QList<VantageMerge::Conclusion> VantageMerge::perPort(const Input &input)
{
    QList<Conclusion> conclusions;
    QList<quint16> ports = portsOf(input.here);
    ports.removeAll(input.chosenPort);
    ports.prepend(input.chosenPort);

    // The ports that work from the website as they do from here: the advice
    // for a blocked one.
    QStringList working;
    QList<std::pair<Pair, Difference>> found;
    int compared = 0;
    for (quint16 port : ports) {
        for (const Pair &pair : pairsFor(input.here, input.site, port)) {
            const Difference difference = compare(input, pair);
            ++compared;
            found.append({pair, difference});
            if (difference == Difference::Same && pair.site->outcome == Outcome::Open
                && !working.contains(QString::number(port)))
                working.append(QString::number(port));
        }
    }
    bool allSame = compared > 0;
    for (const auto &[pair, difference] : found) {
        const Port &h = *pair.here;
        const Port &s = *pair.site;
        QStringList evidence = bothSides(&h, &s);
        const QString address = s.address;
        const QString port = QString::number(s.port);
        Conclusion conclusion;
        conclusion.address = address;
        conclusion.port = s.port;
        switch (difference) {
        case Difference::Same:
            continue;
        case Difference::Other:
            allSame = false;
            continue;
        case Difference::Blocked: {
            for (const Port &control : input.site.controlPorts) {
                if (control.port == s.port)
                    evidence.append(
                        siteLabel
                        + QStringLiteral("reference host %1, ").arg(input.site.controlHost)
                        + describe(control));
            }
            QStringList others = working;
            others.removeAll(port);
            conclusion.id = others.isEmpty() ? QLatin1String(FindingId::SitePortBlocked)
                                             : QLatin1String(FindingId::SitePortBlockedOther);
            conclusion.args = {
                address, port, outcomeWords(s.outcome), others.join(QLatin1String(", "))};
            break;
        }
        case Difference::Redirected:
            conclusion.id = QLatin1String(FindingId::SiteSmtpRedirected);
            conclusion.args = {address, port, referenceName(input.here, h), s.greetingName};
            break;
        case Difference::Untrusted:
            evidence.append(siteLabel
                            + QStringLiteral("PHP's CA setting: %1").arg(input.site.caSetting));
            conclusion.id = QLatin1String(FindingId::SiteTlsUntrusted);
            conclusion.args = {address, port, s.tlsError, input.site.caSetting};
            break;
        case Difference::Incompatible:
            conclusion.id = QLatin1String(FindingId::SiteTlsIncompatible);
            conclusion.args = {address, port, s.tlsError};
            break;
        }
        allSame = false;
        conclusion.evidence = evidence;
        conclusions.append(conclusion);
    }
    if (allSame && conclusions.isEmpty()) {
        QStringList evidence;
        for (const auto &[pair, difference] : found)
            evidence += bothSides(pair.here, pair.site);
        conclusions.append(Conclusion{QLatin1String(FindingId::SiteSameAsHere),
                                      {input.here.host, working.join(QLatin1String(", "))},
                                      evidence});
    }
    return conclusions;
}
