#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QString>

// The self-contained HTML form of a report: one file, no external resource,
// the verdict sentence at the top, findings grouped by wizard step (worst
// first), the environment and the transcript. Every text is escaped. The
// GUI also prints it to PDF, so it keeps to the HTML subset QTextDocument
// renders (severity marks are styled text, not images).
class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
public:
    static QString write(const Report &report);

private:
    static QString findingHtml(const Finding &finding);
    static QString severityMark(Finding::Severity severity);
    static QString transcriptHtml(const Report &report);
};
