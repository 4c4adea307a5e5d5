// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/PortSweep.h"

#include <QAbstractTableModel>

// The live grid of addresses x ports: each cell waiting, open, refused,
// filtered or unreachable, filled as the connects end.
class PortGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PortGridModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void clear();
    void setCell(const PortCell &cell);
    static QString stateText(const PortCell &cell);

private:
    std::optional<PortCell> cellAt(int row, int column) const;

    QList<QHostAddress> m_addresses;
    QList<quint16> m_ports;
    QList<PortCell> m_cells;
};
