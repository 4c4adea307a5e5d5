// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Check.h"
#include "net/PortSweep.h"
#include "core/Target.h"

#include <QElapsedTimer>

class ResolveCheck;

// The target's port grid: every address of the host on the chosen port and
// the other submission ports, all probed at once. Reports the chosen port
// per address, and each other port as a hint of what else would work.
class PortSweepCheck : public Check
{
    Q_OBJECT
public:
    PortSweepCheck(const Target &target,
                   const ResolveCheck *addresses,
                   EventLog *log,
                   QObject *parent = nullptr);

    const PortGrid &grid() const { return m_sweep.grid(); }
    QList<QHostAddress> openAddresses(quint16 port) const;

signals:
    void cellChanged(const PortCell &cell);

protected:
    void run() override;
    void abort() override { m_sweep.abort(); }
    // Cancelled mid-sweep: the cells that answered are reported as usual,
    // each one still waiting as "no answer within N s, cancelled" (never
    // as filtered: the timeout had not passed).
    void onCancel() override;

private:
    void onSweepFinished();
    void reportAnswered();
    void reportChosenPort(const PortCell &cell);
    void reportOtherPort(quint16 port);

    Target m_target;
    const ResolveCheck *m_addresses;
    PortSweep m_sweep;
    QElapsedTimer m_clock;
};
