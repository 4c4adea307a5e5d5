// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Check.h"
#include "dns/DnsAnswer.h"
#include "net/PortSweep.h"
#include "core/Target.h"

class DnsSource;

// Probes a reference host that answers on every SMTP port (and 443), so
// that a port failing towards both the target and the reference points at
// this side's network, and one failing only towards the target points at
// the server. Runs alongside the target's checks.
class ControlCheck : public Check
{
    Q_OBJECT
public:
    ControlCheck(const Target &target, DnsSource *dns, EventLog *log, QObject *parent = nullptr);

    const PortGrid &grid() const { return m_sweep.grid(); }
    QString host() const { return m_target.controlHost; }

protected:
    void run() override;
    void abort() override;

private:
    void onAnswer(const DnsAnswer &answer);
    void onAddressesKnown();
    void onSweepFinished();

    Target m_target;
    DnsSource *m_dns;
    QObject *m_lookups = nullptr; // context of the pending lookups
    int m_pendingLookups = 0;
    QList<QHostAddress> m_addresses;
    PortSweep m_sweep;
};
