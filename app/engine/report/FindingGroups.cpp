#include "report/FindingGroups.h"

#include <algorithm>

namespace {

bool sameFinding(const Finding &a, const Finding &b)
{
    return a.id == b.id && a.severity == b.severity && a.title == b.title;
}

} // namespace

QList<FindingGroup> FindingGroups::byStep(const QList<Finding> &findings)
{
    QList<Finding> distinct;
    for (const Finding &finding : findings) {
        const bool seen = std::any_of(distinct.cbegin(), distinct.cend(), [&](const Finding &f) {
            return sameFinding(f, finding);
        });
        if (!seen)
            distinct.append(finding);
    }
    QList<FindingGroup> groups;
    for (const ReportStep::Step step : ReportStep::all()) {
        FindingGroup group{step, {}};
        for (const Finding &finding : distinct) {
            if (ReportStep::ofFinding(finding) == step)
                group.findings.append(finding);
        }
        std::stable_sort(
            group.findings.begin(), group.findings.end(), [](const Finding &a, const Finding &b) {
                return isWorse(a.severity, b.severity);
            });
        if (!group.findings.isEmpty())
            groups.append(group);
    }
    return groups;
}
