// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// "Problems only": keeps the warnings and failures of a
// GroupedFindingsModel, and the step rows that still hold one.
class ProblemsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProblemsFilterModel(QObject *parent = nullptr);

    bool problemsOnly() const { return m_problemsOnly; }
    void setProblemsOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_problemsOnly = false;
};
