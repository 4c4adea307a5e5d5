// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "report/ReportStep.h"

#include <QList>

// A report's findings grouped by wizard step, as the results pane and every
// human report show them: steps in wizard order, worst first within a step,
// repeated findings collapsed (RepeatedFindings): a finding that two steps
// both made (the test e-mail step connects and reads the greeting again)
// shown once, and the same finding about several ports shown as one.
struct FindingGroup
{
    ReportStep::Step step;
    QList<Finding> findings;

    Finding::Severity worst() const { return findings.constFirst().severity; }
};

class FindingGroups
{
public:
    static QList<FindingGroup> byStep(const QList<Finding> &findings);
};
