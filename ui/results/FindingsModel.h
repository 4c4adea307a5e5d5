// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"

#include <QAbstractListModel>

// The findings of a run, one row each, growing as they arrive. Shown by the
// connectivity page (live) and the results page (all steps, worst first).
class FindingsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, SeverityRole, CheckRole };
    Q_ENUM(Role)

    explicit FindingsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void append(const Finding &finding);
    void setFindings(const QList<Finding> &findings);
    void clear();
    const QList<Finding> &findings() const { return m_findings; }
    Finding finding(int row) const { return m_findings.value(row); }
    // What a view shows of one finding in `role`: shared with the grouped
    // model of the results pane, so both read the same.
    static QVariant dataOf(const Finding &finding, int role);

private:
    QList<Finding> m_findings;
};
