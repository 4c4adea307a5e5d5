// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

// SIGINT (Ctrl-C) and SIGTERM as a Qt signal, for as long as the object
// lives: a command then cancels its run and reports what was measured
// instead of dying with it. The handler only writes a byte to a pipe (the
// self-pipe trick); the event loop reads it. One at a time.
class InterruptSignal : public QObject
{
    Q_OBJECT
public:
    explicit InterruptSignal(QObject *parent = nullptr);
    ~InterruptSignal() override;

signals:
    void interrupted();

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};
