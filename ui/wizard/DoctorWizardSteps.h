// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardSteps.h"

// The wizard's steps as this build has them: linked into the tests, which
// give them to DoctorWizard, and into the steps module, which hands them to
// the application.
class DoctorWizardSteps : public WizardSteps
{
public:
    static const DoctorWizardSteps &instance();

    void addTo(DoctorWizard *wizard) const override;
    void windUp(DoctorWizard *wizard) const override;
};
