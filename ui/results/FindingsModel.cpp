// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsModel.h"

#include "SeverityIcons.h"

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return dataOf(m_findings.at(index.row()), role);
}

QVariant FindingsModel::dataOf(const Finding &finding, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return finding.title;
    case Qt::ToolTipRole:
        return finding.explanation;
    case Qt::DecorationRole:
        return SeverityIcons::icon(finding.severity);
    case Qt::AccessibleTextRole:
        return Finding::severityLabel(finding.severity) + QStringLiteral(": ") + finding.title;
    case IdRole:
        return finding.id;
    case SeverityRole:
        return int(finding.severity);
    case CheckRole:
        return finding.check;
    default:
        return {};
    }
}

void FindingsModel::append(const Finding &finding)
{
    const int row = int(m_findings.size());
    beginInsertRows({}, row, row);
    m_findings.append(finding);
    endInsertRows();
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

void FindingsModel::clear()
{
    setFindings({});
}
