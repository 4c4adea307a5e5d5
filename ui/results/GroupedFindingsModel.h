// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/FindingGroups.h"

#include <QAbstractItemModel>

// The results pane's tree: one row per wizard step that found something
// (the step with the worst finding first), under it that step's findings,
// worst first, repeats collapsed (FindingGroups, through ReportDigest). The roles match
// FindingsModel's, plus StepRole and IsGroupRole.
class GroupedFindingsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, SeverityRole, CheckRole, StepRole, IsGroupRole };
    Q_ENUM(Role)

    explicit GroupedFindingsModel(QObject *parent = nullptr);

    // A report's groups as ReportDigest has them (repeats collapsed).
    void setGroups(const QList<FindingGroup> &groups);
    // The finding at `index`; nullptr for a step row or an invalid index.
    const Finding *finding(const QModelIndex &index) const;
    int findingCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVariant groupData(const FindingGroup &group, int role) const;
    QVariant findingData(const Finding &finding, int role) const;

    QList<FindingGroup> m_groups;
};
