// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class WizardSteps;

// Loads the steps module (app/stepsmodule: the wizard's steps and the engine
// with its libraries) when the application's wizard first needs it, and keeps
// it loaded (PluginModule; SMTP_DOCTOR_STEPS_MODULE names it for the tests).
class StepsModule
{
public:
    // The module's steps, or null with `error` saying why.
    static const WizardSteps *steps(QString *error = nullptr);
};
