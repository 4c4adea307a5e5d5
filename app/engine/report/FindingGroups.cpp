// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/FindingGroups.h"

#include "report/RepeatedFindings.h"

#include <algorithm>

QList<FindingGroup> FindingGroups::byStep(const QList<Finding> &findings)
{
    QList<FindingGroup> groups;
    for (const ReportStep::Step step : ReportStep::all()) {
        QList<Finding> ofStep;
        for (const Finding &finding : findings) {
            if (ReportStep::ofFinding(finding) == step)
                ofStep.append(finding);
        }
        FindingGroup group{step, RepeatedFindings::collapse(ofStep)};
        std::stable_sort(
            group.findings.begin(), group.findings.end(), [](const Finding &a, const Finding &b) {
                return isWorse(a.severity, b.severity);
            });
        if (!group.findings.isEmpty())
            groups.append(group);
    }
    return groups;
}
