// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/AnalysisCheck.h"

#include "core/CheckName.h"
#include "net/ConnectivityAnalysis.h"
#include "net/ControlCheck.h"
#include "net/PortSweepCheck.h"
#include "dns/ResolveCheck.h"

AnalysisCheck::AnalysisCheck(const Target &target,
                             const ResolveCheck *resolve,
                             const PortSweepCheck *ports,
                             const ControlCheck *control,
                             EventLog *log,
                             QObject *parent)
    : Check(CheckName::analysis(), log, parent)
    , m_target(target)
    , m_resolve(resolve)
    , m_ports(ports)
    , m_control(control)
{
    setDeadline(1000);
}

void AnalysisCheck::run()
{
    ConnectivityAnalysis::Input input;
    input.host = m_target.host;
    input.chosenPort = m_target.port;
    input.smtpPorts = m_target.sweepPorts();
    input.target = m_ports->grid();
    input.mxTargets = m_resolve->mxTargets();
    if (m_control && m_control->status() == Check::Status::Done) {
        input.control = m_control->grid();
        input.controlHost = m_control->host();
    }
    for (const ConnectivityAnalysis::Conclusion &conclusion : ConnectivityAnalysis::analyze(input))
        addFinding(conclusion.id, conclusion.args, conclusion.evidence);
    finish();
}
