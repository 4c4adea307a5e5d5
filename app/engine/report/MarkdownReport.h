// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QString>

// The Markdown form of a report, to paste into a support ticket (Copy
// report): the verdict sentence and the counts, then the findings by wizard
// step as the HTML report has them (ReportDigest), the problems with their
// advice and evidence, what passed one line each; the environment, and the
// transcript folded away.
class MarkdownReport
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReport)
public:
    static QString write(const Report &report);

private:
    static QString escaped(const QString &text);
    static QString findingMarkdown(const Finding &finding);
};
