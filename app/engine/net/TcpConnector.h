// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ConnectOutcome.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

// One non-blocking TCP connect, done with the system's sockets so that the
// outcome is the kernel's errno and not a library's summary of it. Hands the
// connected descriptor over to the receiver of connected().
class TcpConnector : public QObject
{
    Q_OBJECT
public:
    explicit TcpConnector(QObject *parent = nullptr);
    ~TcpConnector() override;

    void connectTo(const QHostAddress &address, quint16 port, int timeoutMs);
    void abort();
    // How long the last attempt took, in microseconds, once it has ended.
    qint64 elapsedUs() const { return m_elapsedUs; }

signals:
    // The receiver owns `descriptor` from here on.
    void connected(qintptr descriptor, qint64 elapsedMs);
    void failed(const ConnectOutcome &outcome);

private:
    void onWritable();
    void fail(int error);
    void closeSocket();

    int m_descriptor = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    qint64 m_elapsedUs = -1;
};
