// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/SiteReportMerge.h"

#include "core/CheckName.h"
#include "findings/FindingCatalog.h"
#include "findings/FindingIds.h"
#include "site/VantageMerge.h"

QList<Finding> SiteReportMerge::conclusions(const Report &here, const VantageView &site)
{
    VantageMerge::Input input;
    input.here = VantageView::fromReport(here);
    input.site = site;
    input.chosenPort = here.target.port;
    QList<Finding> findings;
    for (const VantageMerge::Conclusion &conclusion : VantageMerge::merge(input)) {
        Finding finding = FindingCatalog::make(
            conclusion.id, conclusion.args, conclusion.evidence, CheckName::site());
        finding.subject.vantage = FindingSubject::Vantage::Site;
        finding.subject.host = here.target.host;
        finding.subject.setAddress(conclusion.address);
        finding.subject.port = conclusion.port;
        findings.append(finding);
    }
    return findings;
}

QList<Finding> SiteReportMerge::siteView(const Report &here, const SiteAnswer &answer)
{
    QList<Finding> findings;
    for (const SiteAnswer::Connect &connect : answer.connects) {
        if (connect.role != QLatin1String("target"))
            continue;
        const char *id = FindingId::NetOpen;
        switch (connect.outcome) {
        case SiteAnswer::Outcome::Open:
            break;
        case SiteAnswer::Outcome::Refused:
            id = FindingId::NetRefused;
            break;
        case SiteAnswer::Outcome::Filtered:
            id = FindingId::NetFiltered;
            break;
        // The connect could not leave the web server (EACCES, EPERM): the
        // nearest of the connect outcomes; site.php_blocked says why.
        case SiteAnswer::Outcome::Unreachable:
        case SiteAnswer::Outcome::LocalError:
            id = FindingId::NetUnreachable;
            break;
        }
        FindingArgs args{{FindingArg::Host, here.target.host},
                         {FindingArg::Address, connect.address},
                         {FindingArg::Port, QString::number(connect.port)},
                         {FindingArg::Detail, connect.errorText},
                         {FindingArg::ConnectMs, QString::number(connect.ms)},
                         {FindingArg::GreetingName, VantageView::greetingName(connect.greeting)}};
        if (connect.tls && connect.tls->certificate)
            args.set(FindingArg::CertificateSha256, connect.tls->certificate->sha256);
        QString evidence = QStringLiteral(
                               "From your website: connect to %1 port %2: %3 after %4 ms")
                               .arg(connect.address,
                                    QString::number(connect.port),
                                    SiteAnswer::outcomeName(connect.outcome))
                               .arg(connect.ms);
        if (connect.outcome != SiteAnswer::Outcome::Open && !connect.errorText.isEmpty())
            evidence += QStringLiteral(" (errno %1: %2)").arg(connect.error).arg(connect.errorText);
        Finding finding = FindingCatalog::make(
            QLatin1String(id), args, {evidence}, CheckName::site());
        finding.severity = Finding::Severity::Info;
        finding.subject.vantage = FindingSubject::Vantage::Site;
        if (!connect.greeting.isEmpty())
            finding.evidence.append(QStringLiteral("S: ") + connect.greeting);
        findings.append(finding);
    }
    return findings;
}

Report SiteReportMerge::withProbe(const Report &here,
                                  const QList<Finding> &probeFindings,
                                  const std::optional<SiteAnswer> &answer,
                                  const QList<Event> &probeEvents)
{
    Report merged = here;
    merged.findings += probeFindings;
    if (answer) {
        merged.findings += siteView(here, *answer);
        merged.findings += conclusions(here, VantageView::fromSiteAnswer(*answer));
    }
    merged.events += probeEvents;
    return merged;
}

Report SiteReportMerge::withServerReport(const Report &here, const Report &server)
{
    Report merged = here;
    for (Finding finding : server.findings) {
        // The server's "here" is the website's side; what it had merged
        // from elsewhere says nothing about this computer.
        if (finding.subject.vantage != FindingSubject::Vantage::Here)
            continue;
        finding.subject.vantage = FindingSubject::Vantage::Site;
        merged.findings.append(finding);
    }
    merged.findings += conclusions(here, VantageView::fromReport(server));
    return merged;
}

bool SiteReportMerge::hasSiteView(const Report &report)
{
    for (const Finding &finding : report.findings) {
        if (finding.subject.vantage == FindingSubject::Vantage::Site)
            return true;
    }
    return false;
}
