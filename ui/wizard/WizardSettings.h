// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWizard;

// Remembers the wizard between runs through SettingsStore: the symptom,
// where the mail is sent from, the provider, the server page's fields
// (never a password) and the window geometry. Restores them when the wizard is first shown, saves
// them when the user moves to another page and when the wizard closes. A child of the wizard.
class WizardSettings : public QObject
{
    Q_OBJECT
public:
    explicit WizardSettings(QWizard *wizard);

    void restore();
    void save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWizard *m_wizard;
    bool m_restored = false;
};
