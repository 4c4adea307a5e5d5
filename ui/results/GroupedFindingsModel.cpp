// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupedFindingsModel.h"

#include "FindingsModel.h"
#include "SeverityIcons.h"

#include <algorithm>

namespace {
// internalId 0 marks a step row; a finding row stores its group's row + 1.
constexpr quintptr stepRowId = 0;
} // namespace

GroupedFindingsModel::GroupedFindingsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void GroupedFindingsModel::setGroups(const QList<FindingGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    // The step with the worst finding first; equal ones in wizard order.
    std::stable_sort(
        m_groups.begin(), m_groups.end(), [](const FindingGroup &a, const FindingGroup &b) {
            return isWorse(a.worst(), b.worst());
        });
    endResetModel();
}

const Finding *GroupedFindingsModel::finding(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == stepRowId)
        return nullptr;
    const FindingGroup &group = m_groups.at(int(index.internalId() - 1));
    return &group.findings.at(index.row());
}

int GroupedFindingsModel::findingCount() const
{
    int count = 0;
    for (const FindingGroup &group : m_groups)
        count += int(group.findings.size());
    return count;
}

QModelIndex GroupedFindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, stepRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex GroupedFindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == stepRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, stepRowId);
}

int GroupedFindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == stepRowId && parent.column() == 0)
        return int(m_groups.at(parent.row()).findings.size());
    return 0;
}

int GroupedFindingsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant GroupedFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == stepRowId)
        return groupData(m_groups.at(index.row()), role);
    return findingData(*finding(index), role);
}

QVariant GroupedFindingsModel::groupData(const FindingGroup &group, int role) const
{
    int problems = 0;
    for (const Finding &finding : group.findings)
        problems += !isWorse(Finding::Severity::Warning, finding.severity);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return problems == 0
                   ? tr("%1: no problem").arg(ReportStep::title(group.step))
                   : tr("%1: %n problem(s)", nullptr, problems).arg(ReportStep::title(group.step));
    case Qt::DecorationRole:
        return SeverityIcons::icon(group.worst());
    case SeverityRole:
        return int(group.worst());
    case StepRole:
        return int(group.step);
    case IsGroupRole:
        return true;
    default:
        return {};
    }
}

QVariant GroupedFindingsModel::findingData(const Finding &finding, int role) const
{
    switch (role) {
    case StepRole:
        return int(ReportStep::ofFinding(finding));
    case IsGroupRole:
        return false;
    default:
        // IdRole, SeverityRole and CheckRole have FindingsModel's values.
        return FindingsModel::dataOf(finding, role);
    }
}
