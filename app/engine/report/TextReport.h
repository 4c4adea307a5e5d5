// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"
#include "report/StepTimings.h"
#include "report/VantageTable.h"

#include <QCoreApplication>
#include <QString>

// The plain-text form of a report, for a terminal: the situation, the
// verdict, the per-port table of this computer and the website, then the
// findings by wizard step, worst first (ReportDigest), each with its
// explanation and numbered advice, then how long each step took.
class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)
public:
    static QString write(const Report &report);

private:
    static QString securityLabel(Target::Security security);
    static QString findingText(const Finding &finding);
    static QString vantageText(const VantageTable &table);
    static QString timingText(const StepTimings &timings);
};
