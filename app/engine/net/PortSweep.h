// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ConnectOutcome.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

class TcpConnector;

// One cell of a port grid: an address, a port and how connecting ended.
struct PortCell
{
    QHostAddress address;
    quint16 port = 0;
    bool done = false;
    ConnectOutcome outcome;

    bool isOpen() const { return done && outcome.kind == ConnectOutcome::Kind::Open; }
    bool isIPv6() const { return address.protocol() == QAbstractSocket::IPv6Protocol; }
    // "192.0.2.1 port 25" or "[2001:db8::1] port 25".
    QString endpoint() const;
};

using PortGrid = QList<PortCell>;

// Connects to every address and port at once, with non-blocking connects
// under one timeout, so that a grid of filtered ports takes one timeout and
// not one per cell. Used for the target and for the control host.
class PortSweep : public QObject
{
    Q_OBJECT
public:
    explicit PortSweep(QObject *parent = nullptr);

    void start(const QList<QHostAddress> &addresses, const QList<quint16> &ports, int timeoutMs);
    void abort();
    const PortGrid &grid() const { return m_grid; }
    bool isFinished() const { return m_pending == 0; }

signals:
    // Once for every cell as it starts (not done), once as it ends.
    void cellChanged(const PortCell &cell);
    void finished();

private:
    void complete(int index, const ConnectOutcome &outcome);

    PortGrid m_grid;
    QList<TcpConnector *> m_connectors;
    int m_pending = 0;
};
