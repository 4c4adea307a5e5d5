// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepsPlugin.h"

#include "DoctorWizardSteps.h"

void StepsPlugin::addTo(DoctorWizard *wizard) const
{
    DoctorWizardSteps::instance().addTo(wizard);
}

void StepsPlugin::windUp(DoctorWizard *wizard) const
{
    DoctorWizardSteps::instance().windUp(wizard);
}
