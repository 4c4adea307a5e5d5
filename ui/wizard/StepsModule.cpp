// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepsModule.h"

#include "WizardSteps.h"
#include "core/PluginModule.h"

const WizardSteps *StepsModule::steps(QString *error)
{
    return PluginModule::loadOnce<WizardSteps>(
        QStringLiteral("smtp-doctor-steps"), "SMTP_DOCTOR_STEPS_MODULE", error);
}
