// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/PortSweep.h"

#include "net/TcpConnector.h"

#include <unistd.h>

QString PortCell::endpoint() const
{
    const QString host = isIPv6() ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                  : address.toString();
    return QStringLiteral("%1 port %2").arg(host).arg(port);
}

PortSweep::PortSweep(QObject *parent)
    : QObject(parent)
{}

void PortSweep::start(const QList<QHostAddress> &addresses,
                      const QList<quint16> &ports,
                      int timeoutMs)
{
    abort();
    m_grid.clear();
    for (const QHostAddress &address : addresses) {
        for (quint16 port : ports)
            m_grid.append(PortCell{address, port, false, {}});
    }
    m_pending = int(m_grid.size());
    for (const PortCell &cell : std::as_const(m_grid))
        emit cellChanged(cell);
    for (int index = 0; index < m_grid.size(); ++index) {
        auto *connector = new TcpConnector(this);
        connect(connector,
                &TcpConnector::connected,
                this,
                [this, index, connector](qintptr descriptor, qint64 elapsedMs) {
                    // Only whether it opens matters here; the SMTP probe talks later.
                    ::close(int(descriptor));
                    ConnectOutcome outcome;
                    outcome.kind = ConnectOutcome::Kind::Open;
                    outcome.elapsedMs = elapsedMs;
                    outcome.elapsedUs = connector->elapsedUs();
                    complete(index, outcome);
                });
        connect(connector,
                &TcpConnector::failed,
                this,
                [this, index](const ConnectOutcome &outcome) { complete(index, outcome); });
        m_connectors.append(connector);
        connector->connectTo(m_grid.at(index).address, m_grid.at(index).port, timeoutMs);
    }
    if (m_pending == 0)
        QMetaObject::invokeMethod(this, &PortSweep::finished, Qt::QueuedConnection);
}

void PortSweep::abort()
{
    for (TcpConnector *connector : std::as_const(m_connectors)) {
        connector->abort();
        connector->deleteLater();
    }
    m_connectors.clear();
}

void PortSweep::complete(int index, const ConnectOutcome &outcome)
{
    PortCell &cell = m_grid[index];
    if (cell.done)
        return;
    cell.done = true;
    cell.outcome = outcome;
    emit cellChanged(cell);
    if (--m_pending == 0) {
        abort();
        emit finished();
    }
}
