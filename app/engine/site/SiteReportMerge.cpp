#include "site/SiteReportMerge.h"

#include "core/CheckName.h"
#include "findings/FindingCatalog.h"
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

Report SiteReportMerge::withProbe(const Report &here,
                                  const QList<Finding> &probeFindings,
                                  const std::optional<SiteAnswer> &answer,
                                  const QList<Event> &probeEvents)
{
    Report merged = here;
    merged.findings += probeFindings;
    if (answer)
        merged.findings += conclusions(here, VantageView::fromSiteAnswer(*answer));
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
