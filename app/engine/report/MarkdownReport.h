#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QString>

// The Markdown form of a report, to paste into a support ticket: a summary
// line, the problems first with their advice and evidence, then what
// passed, the target and environment, and the transcript folded away.
class MarkdownReport
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReport)
public:
    static QString write(const Report &report);

private:
    static QString escaped(const QString &text);
};
