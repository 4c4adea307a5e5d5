// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/PortSweepCheck.h"

#include "core/CheckName.h"
#include "dns/ResolveCheck.h"
#include "findings/FindingIds.h"

namespace {

QString evidenceFor(const PortCell &cell)
{
    return cell.isOpen() ? QStringLiteral("connect to %1: open after %2 ms")
                               .arg(cell.endpoint())
                               .arg(cell.outcome.elapsedMs)
                         : QStringLiteral("connect to %1: %2 after %3 ms")
                               .arg(cell.endpoint(), cell.outcome.errorName())
                               .arg(cell.outcome.elapsedMs);
}

} // namespace

PortSweepCheck::PortSweepCheck(const Target &target,
                               const ResolveCheck *addresses,
                               EventLog *log,
                               QObject *parent)
    : Check(CheckName::ports(), log, parent)
    , m_target(target)
    , m_addresses(addresses)
{
    setDeadline(target.stepTimeoutMs + 1000);
    connect(&m_sweep, &PortSweep::cellChanged, this, [this](const PortCell &cell) {
        if (cell.done)
            this->log(Event::Kind::Connect, evidenceFor(cell));
        emit cellChanged(cell);
    });
    connect(&m_sweep, &PortSweep::finished, this, &PortSweepCheck::onSweepFinished);
}

QList<QHostAddress> PortSweepCheck::openAddresses(quint16 port) const
{
    QList<QHostAddress> addresses;
    for (const PortCell &cell : grid()) {
        if (cell.port == port && cell.isOpen())
            addresses.append(cell.address);
    }
    return addresses;
}

void PortSweepCheck::run()
{
    const QList<quint16> ports = m_target.sweepPorts();
    reportProgress(tr("Trying ports %1 on %2").arg(m_target.sweepPortsText(), m_target.host));
    m_clock.start();
    m_sweep.start(m_addresses->addresses(), ports, m_target.stepTimeoutMs);
}

void PortSweepCheck::onSweepFinished()
{
    reportAnswered();
    finish();
}

void PortSweepCheck::reportAnswered()
{
    for (const PortCell &cell : grid()) {
        if (cell.port == m_target.port && cell.done)
            reportChosenPort(cell);
    }
    for (quint16 port : m_target.sweepPorts()) {
        if (port != m_target.port)
            reportOtherPort(port);
    }
}

void PortSweepCheck::onCancel()
{
    if (!m_clock.isValid())
        return; // cancelled before the sweep began: nothing was seen
    reportAnswered();
    const qint64 waitedMs = m_clock.elapsed();
    const QString waited = QString::number(double(waitedMs) / 1000.0, 'f', 1);
    for (const PortCell &cell : grid()) {
        if (cell.done)
            continue;
        addFinding(FindingId::NetCancelledWaiting,
                   FindingArgs{{FindingArg::Host, m_target.host},
                               {FindingArg::Address, cell.address.toString()},
                               {FindingArg::Port, QString::number(cell.port)},
                               {FindingArg::Detail, waited}},
                   {QStringLiteral("connect to %1: no answer within %2 ms, cancelled")
                        .arg(cell.endpoint())
                        .arg(waitedMs)},
                   Finding::Severity::Info);
    }
}

void PortSweepCheck::reportChosenPort(const PortCell &cell)
{
    addFinding(cell.outcome.findingId(),
               FindingArgs{{FindingArg::Host, m_target.host},
                           {FindingArg::Address, cell.address.toString()},
                           {FindingArg::Port, QString::number(cell.port)},
                           {FindingArg::Detail, cell.outcome.findingDetail()},
                           {FindingArg::ConnectMs, QString::number(cell.outcome.elapsedMs)}},
               {evidenceFor(cell)});
}

void PortSweepCheck::reportOtherPort(quint16 port)
{
    // One finding per address, each with its own subject: the user chose
    // another port, so these are hints, not problems. The reports collapse
    // the same outcome on several addresses into one (RepeatedFindings).
    for (const PortCell &cell : grid()) {
        if (cell.port != port || !cell.done)
            continue;
        addFinding(cell.outcome.findingId(),
                   FindingArgs{{FindingArg::Host, m_target.host},
                               {FindingArg::Address, cell.address.toString()},
                               {FindingArg::Port, QString::number(port)},
                               {FindingArg::Detail, cell.outcome.findingDetail()},
                               {FindingArg::ConnectMs, QString::number(cell.outcome.elapsedMs)}},
                   {evidenceFor(cell)},
                   Finding::Severity::Info);
    }
}
