// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/FindingGroups.h"
#include "report/Report.h"
#include "report/VantageTable.h"

#include <QString>

#include <array>

// The one view of a report that every human format renders (text, Markdown,
// HTML, the results pane): the verdict sentence, the findings grouped by
// wizard step (FindingGroups: wizard order, worst first, repeats collapsed)
// the severity counts of what is shown, and the per-port table of this
// computer and the website (empty without the website's view), computed once. The JSON report
// writes the report itself: every finding as it was made.
class ReportDigest
{
public:
    explicit ReportDigest(const Report &report);

    const QString &verdict() const { return m_verdict; }
    const QList<FindingGroup> &groups() const { return m_groups; }
    // How many shown findings have `severity` (a collapsed one counts once).
    int count(Finding::Severity severity) const { return m_counts.at(size_t(severity)); }
    const VantageTable &vantageTable() const { return m_vantageTable; }
    // What the user said on the wizard's first page, as label and value
    // pairs ("Problem", "Sent from"); empty for a CLI run.
    const QList<std::pair<QString, QString>> &situation() const { return m_situation; }

private:
    QString m_verdict;
    QList<FindingGroup> m_groups;
    std::array<int, 4> m_counts = {0, 0, 0, 0};
    VantageTable m_vantageTable;
    QList<std::pair<QString, QString>> m_situation;
};
