// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class DoctorWizard;

// Remembers the wizard between runs through SettingsStore: the symptom,
// where the mail is sent from, the provider, the server page's fields
// (never a password) and the window geometry. The geometry is restored at
// once, the welcome page's choices when the wizard is first shown, the
// server page's fields once it is shown and they exist (the steps may come
// after the first paint). Saves them when the user moves to another page
// and when the wizard closes; never a field not yet restored, which would
// lose what was remembered. A child of the wizard.
class WizardSettings : public QObject
{
    Q_OBJECT
public:
    explicit WizardSettings(DoctorWizard *wizard);

    void save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restoreChoices();
    void restoreFields();

    DoctorWizard *m_wizard;
    bool m_shown = false;
    bool m_fieldsRestored = false;
};
