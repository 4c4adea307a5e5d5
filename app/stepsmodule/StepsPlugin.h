// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DoctorWizardSteps.h"

#include <QObject>

// The steps module's one class: the wizard's steps (DoctorWizardSteps) as a
// plugin, for the application, which loads it through StepsModule once its
// first page is painted.
class StepsPlugin : public QObject, public DoctorWizardSteps
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SmtpDoctorWizardSteps_iid)
    Q_INTERFACES(WizardSteps)
};
