// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class DoctorWizard;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// The step for mail sent from a server the user can log in to: the same
// diagnosis, run there by the portable command line tool, with commands
// ready to paste, and the way back to this wizard with its report. Shown
// after the connectivity step when the first page says "a server".
class ServerRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ServerRunPage(DoctorWizard *wizard);

    void initializePage() override;

private:
    DoctorWizard *m_wizard;
    QLabel *m_copyStep;
    QPlainTextEdit *m_commands;
    QPushButton *m_copy;
    QLabel *m_openStep;
};
