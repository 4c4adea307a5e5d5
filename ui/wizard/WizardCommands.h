// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class DoctorWizard;
class ReportWindow;

// The wizard's commands beside Back and Next: Open report (Ctrl+O),
// History (Ctrl+H) and About, behind the buttons WizardButtons put on every
// page, and F5, which runs the current step again (on the results page: the
// whole diagnosis). Added with the steps; a child of the wizard.
class WizardCommands : public QObject
{
    Q_OBJECT
public:
    explicit WizardCommands(DoctorWizard *wizard);

    ReportWindow *openReport();
    void showHistory();
    void showAbout();
    void runAgain();

private:
    DoctorWizard *m_wizard;
};
