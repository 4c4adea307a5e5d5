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

QString ReportVerdict::sentence(const Report &report)
{
    const QList<Finding> findings = report.sortedFindings();
    if (findings.isEmpty())
        return tr("No check has run yet.");
    // The analysis' conclusion (net.outbound_blocked, net.server_down...)
    // explains the raw port facts of the same severity: it speaks first.
    const auto conclusion = std::find_if(findings.cbegin(), findings.cend(), [&](const Finding &f) {
        return f.check == QLatin1String("analysis") && f.severity == findings.constFirst().severity;
    });
    const Finding &worst = conclusion != findings.cend() ? *conclusion : findings.constFirst();
    if (worst.severity == Finding::Severity::Pass || worst.severity == Finding::Severity::Info) {
        // A run that stopped early cannot vouch for what it did not reach.
        if (report.stopped)
            return tr("No problem found so far, but the run stopped before its end: what it "
                      "had not reached is not known.");
        return tr("No problem found: this server accepts connections as a mail program "
                  "expects.");
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
