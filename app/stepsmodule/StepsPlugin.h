// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardSteps.h"

#include <QObject>

// The steps module's one class: the wizard's steps (DoctorWizardSteps) for
// the application, which loads it through StepsModule once its first page
// is painted.
class StepsPlugin : public QObject, public WizardSteps
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SmtpDoctorWizardSteps_iid)
    Q_INTERFACES(WizardSteps)
public:
    void addTo(DoctorWizard *wizard) const override;
    void windUp(DoctorWizard *wizard) const override;
};
