// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Check.h"
#include "core/Target.h"

class ControlCheck;
class PortSweepCheck;
class ResolveCheck;

// Draws the conclusions that need more than one check's facts (see
// ConnectivityAnalysis): runs once the target's and the control host's
// port grids are known.
class AnalysisCheck : public Check
{
    Q_OBJECT
public:
    AnalysisCheck(const Target &target,
                  const ResolveCheck *resolve,
                  const PortSweepCheck *ports,
                  const ControlCheck *control,
                  EventLog *log,
                  QObject *parent = nullptr);

protected:
    void run() override;

private:
    Target m_target;
    const ResolveCheck *m_resolve;
    const PortSweepCheck *m_ports;
    const ControlCheck *m_control;
};
