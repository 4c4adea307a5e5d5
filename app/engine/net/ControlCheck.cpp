// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ControlCheck.h"

#include "core/CheckName.h"
#include "findings/FindingIds.h"
#include "dns/DnsResolver.h"
#include "dns/DnsSource.h"

ControlCheck::ControlCheck(const Target &target, DnsSource *dns, EventLog *log, QObject *parent)
    : Check(CheckName::control(), log, parent)
    , m_target(target)
    , m_dns(dns)
{
    // A lookup, then one sweep.
    setDeadline(3 * target.stepTimeoutMs + 1000);
    connect(&m_sweep, &PortSweep::cellChanged, this, [this](const PortCell &cell) {
        if (!cell.done)
            return;
        this->log(
            Event::Kind::Connect,
            cell.isOpen()
                ? QStringLiteral("control %1: open").arg(cell.endpoint())
                : QStringLiteral("control %1: %2").arg(cell.endpoint(), cell.outcome.errorName()));
    });
    connect(&m_sweep, &PortSweep::finished, this, &ControlCheck::onSweepFinished);
}

void ControlCheck::run()
{
    reportProgress(tr("Trying the same ports on the reference host %1").arg(m_target.controlHost));
    const QHostAddress literal(m_target.controlHost);
    if (!literal.isNull()) {
        m_addresses.append(literal);
        onAddressesKnown();
        return;
    }
    m_lookups = new QObject(this);
    m_pendingLookups = 2;
    for (int type : {DnsResolver::A, DnsResolver::Aaaa})
        m_dns->lookup(m_target.controlHost, type, m_lookups, [this](const DnsAnswer &answer) {
            onAnswer(answer);
        });
}

void ControlCheck::abort()
{
    delete m_lookups;
    m_lookups = nullptr;
    m_sweep.abort();
}

void ControlCheck::onAnswer(const DnsAnswer &answer)
{
    log(Event::Kind::Dns, answer.summary());
    m_addresses.append(answer.addresses);
    if (--m_pendingLookups == 0)
        onAddressesKnown();
}

void ControlCheck::onAddressesKnown()
{
    if (m_addresses.isEmpty()) {
        addFinding(QLatin1String(FindingId::NetControlUnavailable),
                   FindingArgs{{FindingArg::ControlHost, m_target.controlHost}},
                   {QStringLiteral("%1 has no address").arg(m_target.controlHost)});
        finish();
        return;
    }
    QList<quint16> ports = m_target.sweepPorts();
    ports.append(443);
    m_sweep.start(m_addresses, ports, m_target.stepTimeoutMs);
}

void ControlCheck::onSweepFinished()
{
    const bool anyOpen = std::any_of(
        grid().cbegin(), grid().cend(), [](const PortCell &cell) { return cell.isOpen(); });
    if (!anyOpen) {
        addFinding(QLatin1String(FindingId::NetControlUnavailable),
                   FindingArgs{{FindingArg::ControlHost, m_target.controlHost}},
                   {QStringLiteral("no port of %1 answered").arg(m_target.controlHost)});
    }
    finish();
}
