// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtPlugin>

class DoctorWizard;

// Everything DoctorWizard has after its welcome page: the session, the pages
// from the server settings to the results, the commands behind its buttons,
// the recorder of every run and the notice of an interrupted one. Linked into
// the tests (DoctorWizardSteps); the application loads it from the steps
// module (app/stepsmodule) once the first page is painted.
class WizardSteps
{
public:
    virtual ~WizardSteps() = default;
    // Once per wizard; every page is there when it returns.
    virtual void addTo(DoctorWizard *wizard) const = 0;
    // The wizard is closing, its pages still there: the runs still going
    // are recorded with what they saw.
    virtual void windUp(DoctorWizard *wizard) const = 0;
};

#define SmtpDoctorWizardSteps_iid "org.smtpdoctor.SmtpDoctor.WizardSteps/1"
Q_DECLARE_INTERFACE(WizardSteps, SmtpDoctorWizardSteps_iid)
