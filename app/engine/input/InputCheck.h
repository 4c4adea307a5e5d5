// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Check.h"
#include "input/HostInput.h"

// Reports the mistakes in the typed settings (see HostInput), first, so
// that the user sees them before any network result.
class InputCheck : public Check
{
    Q_OBJECT
public:
    // `typed`: the settings as the user gave them, before any mending.
    InputCheck(const Target &typed,
               const HostInput::Result &result,
               EventLog *log,
               QObject *parent = nullptr);

    bool isUsable() const override { return Check::isUsable() && m_result.usable; }

protected:
    void run() override;

private:
    Target m_typed;
    HostInput::Result m_result;
};
