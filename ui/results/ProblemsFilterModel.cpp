// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemsFilterModel.h"

#include "findings/Finding.h"
#include "GroupedFindingsModel.h"

ProblemsFilterModel::ProblemsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A step row stays when one of its findings does.
    setRecursiveFilteringEnabled(true);
}

void ProblemsFilterModel::setProblemsOnly(bool on)
{
    m_problemsOnly = on;
    invalidateFilter();
}

bool ProblemsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_problemsOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(GroupedFindingsModel::IsGroupRole).toBool())
        return false; // decided by its children (recursive filtering)
    const auto severity = Finding::Severity(index.data(GroupedFindingsModel::SeverityRole).toInt());
    return !isWorse(Finding::Severity::Warning, severity);
}
