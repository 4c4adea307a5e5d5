#include "report/ReportDigest.h"

#include "report/ReportVerdict.h"

ReportDigest::ReportDigest(const Report &report)
    : m_verdict(ReportVerdict::sentence(report))
    , m_groups(FindingGroups::byStep(report.findings))
{
    for (const FindingGroup &group : std::as_const(m_groups)) {
        for (const Finding &finding : group.findings)
            ++m_counts.at(size_t(finding.severity));
    }
}
