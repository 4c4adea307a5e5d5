// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportDigest.h"

#include "report/ReportVerdict.h"

#include <QCoreApplication>

ReportDigest::ReportDigest(const Report &report)
    : m_verdict(ReportVerdict::sentence(report))
    , m_groups(FindingGroups::byStep(report.findings))
    , m_vantageTable(report)
{
    if (report.situation) {
        m_situation = {{QCoreApplication::translate("ReportDigest", "Problem"),
                        Situation::symptomLabel(report.situation->symptom)},
                       {QCoreApplication::translate("ReportDigest", "Sent from"),
                        Situation::sentFromLabel(report.situation->sentFrom)}};
    }
    for (const FindingGroup &group : std::as_const(m_groups)) {
        for (const Finding &finding : group.findings)
            ++m_counts.at(size_t(finding.severity));
    }
}
