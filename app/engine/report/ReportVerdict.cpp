// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportVerdict.h"

#include "core/CheckName.h"
#include "findings/FindingIds.h"

#include <algorithm>

namespace {

// A chosen port that these findings condemn; another port may still work.
bool condemnsChosenPort(const Finding &finding)
{
    static const QStringList ids = {QLatin1String(FindingId::NetFiltered),
                                    QLatin1String(FindingId::NetRefused),
                                    QLatin1String(FindingId::NetOutboundBlocked),
                                    QLatin1String(FindingId::NetServerDown),
                                    QLatin1String(FindingId::NetServerFirewall)};
    return finding.severity == Finding::Severity::Failure && ids.contains(finding.id);
}

} // namespace

QList<quint16> ReportVerdict::otherOpenPorts(const Report &report)
{
    // From the findings' subjects: this computer's own sweep of the server.
    QList<quint16> ports;
    for (const Finding &finding : report.findings) {
        const FindingSubject &subject = finding.subject;
        if (finding.id != QLatin1String(FindingId::NetOpen)
            || subject.vantage != FindingSubject::Vantage::Here
            || finding.check == CheckName::control() || subject.port == 0
            || subject.port == report.target.port || ports.contains(subject.port))
            continue;
        ports.append(subject.port);
    }
    return ports;
}

QString ReportVerdict::portSwitchSentence(const Report &report, const Finding &worst)
{
    const QList<quint16> open = otherOpenPorts(report);
    // RFC 8314 prefers implicit TLS; 587 and 2525 speak STARTTLS; 25 is last.
    for (const quint16 port : {quint16(465), quint16(587), quint16(2525), quint16(25)}) {
        if (!open.contains(port))
            continue;
        const QString mode = port == 465 ? tr("SSL/TLS") : tr("STARTTLS");
        if (worst.id == QLatin1String(FindingId::NetOutboundBlocked)) {
            return tr("Your network blocks outgoing port %1, but %2 works: switch to port %2 "
                      "with %3.")
                .arg(report.target.port)
                .arg(port)
                .arg(mode);
        }
        return tr("Port %1 does not work from here, but %2 does: switch to port %2 with %3.")
            .arg(report.target.port)
            .arg(port)
            .arg(mode);
    }
    return {};
}

QString ReportVerdict::siteSentence(const Finding &worst)
{
    // The website's side first, where it differs from this computer's.
    const QString next = worst.advice.value(0);
    const QString port = QString::number(worst.subject.port);
    if (worst.subject.port != 0) {
        if (worst.id == QLatin1String(FindingId::SitePortBlocked))
            return tr("From your website port %1 is blocked; from this computer it works: %2")
                .arg(port, next);
        if (worst.id == QLatin1String(FindingId::SiteSmtpRedirected))
            return tr("From your website port %1 reaches another mail server than from this "
                      "computer: %2")
                .arg(port, next);
        if (worst.id == QLatin1String(FindingId::SiteTlsUntrusted))
            return tr("From your website the certificate on port %1 is not trusted; from this "
                      "computer it is: %2")
                .arg(port, next);
        if (worst.id == QLatin1String(FindingId::SiteTlsIncompatible))
            return tr("From your website no TLS version works on port %1; from this computer "
                      "it does: %2")
                .arg(port, next);
    }
    if (worst.id.startsWith(QLatin1String("site.")))
        return {}; // about the website as a whole: its own words say it
    // A fact the server's own report saw (merged with --site-report).
    return next.isEmpty() ? tr("From your website: %1.").arg(worst.title)
                          : tr("From your website: %1. Next step: %2").arg(worst.title, next);
}

QString ReportVerdict::sentence(const Report &report)
{
    const QList<Finding> findings = report.sortedFindings();
    if (findings.isEmpty())
        return tr("No check has run yet.");
    // This computer's own problem speaks first, the analysis' conclusion
    // (net.outbound_blocked, net.server_down...) before the raw port facts it
    // explains. Only where the worst is the website's alone does the
    // comparison (site.*) speak, before the website's raw facts.
    const Finding::Severity top = findings.constFirst().severity;
    const auto firstOf = [&](const auto &matches) {
        return std::find_if(findings.cbegin(), findings.cend(), [&](const Finding &f) {
            return f.severity == top && matches(f);
        });
    };
    const auto isHere = [](const Finding &f) {
        return f.subject.vantage == FindingSubject::Vantage::Here;
    };
    auto conclusion = firstOf(
        [&](const Finding &f) { return isHere(f) && f.check == CheckName::analysis(); });
    if (conclusion == findings.cend())
        conclusion = firstOf(isHere);
    if (conclusion == findings.cend())
        conclusion = firstOf(
            [](const Finding &f) { return f.id.startsWith(QLatin1String("site.")); });
    const Finding &worst = conclusion != findings.cend() ? *conclusion : findings.constFirst();
    if (worst.severity == Finding::Severity::Pass || worst.severity == Finding::Severity::Info) {
        // A run that stopped early cannot vouch for what it did not reach.
        if (report.stopped)
            return tr("No problem found so far, but the run stopped before its end: what it "
                      "had not reached is not known.");
        return tr("No problem found: this server accepts connections as a mail program "
                  "expects.");
    }
    if (worst.subject.vantage == FindingSubject::Vantage::Site) {
        if (const QString sentence = siteSentence(worst); !sentence.isEmpty())
            return sentence;
    }
    if (condemnsChosenPort(worst)) {
        const QString sentence = portSwitchSentence(report, worst);
        if (!sentence.isEmpty())
            return sentence;
    }
    // One sentence: the most likely cause, then the first thing to do.
    return worst.advice.isEmpty() ? tr("Most likely cause: %1.").arg(worst.title)
                                  : tr("Most likely cause: %1. Next step: %2")
                                        .arg(worst.title, worst.advice.constFirst());
}
