// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortGridModel.h"

#include <QColor>

PortGridModel::PortGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int PortGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_addresses.size());
}

int PortGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ports.size());
}

std::optional<PortCell> PortGridModel::cellAt(int row, int column) const
{
    for (const PortCell &cell : m_cells) {
        if (cell.address == m_addresses.value(row) && cell.port == m_ports.value(column))
            return cell;
    }
    return std::nullopt;
}

QString PortGridModel::stateText(const PortCell &cell)
{
    if (!cell.done)
        return tr("trying...");
    switch (cell.outcome.kind) {
    case ConnectOutcome::Kind::Open:
        return tr("open");
    case ConnectOutcome::Kind::Refused:
        return tr("refused");
    case ConnectOutcome::Kind::Filtered:
        return tr("no answer");
    case ConnectOutcome::Kind::Unreachable:
    case ConnectOutcome::Kind::LocalError:
        return tr("unreachable");
    }
    return {};
}

QVariant PortGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto cell = cellAt(index.row(), index.column());
    if (!cell)
        return role == Qt::DisplayRole ? tr("trying...") : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return stateText(*cell);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1: %2 (%3 ms)")
            .arg(cell->endpoint(), stateText(*cell))
            .arg(cell->outcome.elapsedMs);
    case Qt::BackgroundRole:
        if (!cell->done)
            return {};
        // Mid-tones that keep dark and light text readable in both themes.
        return cell->isOpen() ? QColor(46, 157, 72, 90) : QColor(208, 49, 45, 70);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant PortGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return tr("port %1").arg(m_ports.value(section));
    return m_addresses.value(section).toString();
}

void PortGridModel::clear()
{
    beginResetModel();
    m_addresses.clear();
    m_ports.clear();
    m_cells.clear();
    endResetModel();
}

void PortGridModel::setCell(const PortCell &cell)
{
    if (!m_addresses.contains(cell.address)) {
        beginInsertRows({}, int(m_addresses.size()), int(m_addresses.size()));
        m_addresses.append(cell.address);
        endInsertRows();
    }
    if (!m_ports.contains(cell.port)) {
        beginInsertColumns({}, int(m_ports.size()), int(m_ports.size()));
        m_ports.append(cell.port);
        endInsertColumns();
    }
    bool replaced = false;
    for (PortCell &existing : m_cells) {
        if (existing.address == cell.address && existing.port == cell.port) {
            existing = cell;
            replaced = true;
        }
    }
    if (!replaced)
        m_cells.append(cell);
    const QModelIndex changed = index(int(m_addresses.indexOf(cell.address)),
                                      int(m_ports.indexOf(cell.port)));
    emit dataChanged(changed, changed);
}
