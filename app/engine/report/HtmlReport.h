// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"
#include "report/StepTimings.h"
#include "report/VantageTable.h"

#include <QCoreApplication>
#include <QString>

// The self-contained HTML form of a report: one file, no external resource,
// the situation and the verdict sentence at the top, the per-port table of
// this computer and the website when the report holds both, findings grouped by wizard step (worst
// first, repeats collapsed: ReportDigest), the environment and the transcript. Every text is
// escaped. The GUI also prints it to PDF, so it keeps to the HTML subset QTextDocument renders
// (severity marks are styled text, not images).
class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
public:
    // `chartSource`: where the image of a watch run's chart is (a data: URL
    // for a file, a QTextDocument resource name for the PDF); the engine
    // draws no chart itself. Empty: the attempts' table only.
    static QString write(const Report &report, const QString &chartSource = {});

private:
    static QString findingHtml(const Finding &finding);
    static QString severityMark(Finding::Severity severity);
    static QString transcriptHtml(const Report &report);
    static QString vantageHtml(const VantageTable &table);
    static QString timingHtml(const StepTimings &timings);
};
