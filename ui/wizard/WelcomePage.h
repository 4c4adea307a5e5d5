// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Situation.h"

#include <QWizardPage>

class QButtonGroup;
class QComboBox;

// Step 1: what is happening and where the failing mail is sent from. The
// symptom orders the checks; a website or a server adds the step that tests
// from there (DoctorWizard::nextId()).
class WelcomePage : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(int symptom READ symptom NOTIFY symptomChanged)
    Q_PROPERTY(int sentFrom READ sentFrom NOTIFY sentFromChanged)
    Q_PROPERTY(QString provider READ provider NOTIFY providerChanged)
public:
    using Symptom = Situation::Symptom;
    using SentFrom = Situation::SentFrom;

    explicit WelcomePage(QWidget *parent = nullptr);
    // Going back keeps the choices (QWizard would reset the fields).
    void cleanupPage() override {}
    int symptom() const;
    int sentFrom() const;
    // The chosen preset's id, empty for "Other SMTP server".
    QString provider() const;

signals:
    void symptomChanged();
    void sentFromChanged();
    void providerChanged();
    // The user picked another interface language ("fr", "en"; empty: the
    // system's); the wizard reopens in it.
    void languageChosen(const QString &language);

private:
    QButtonGroup *m_symptoms;
    QButtonGroup *m_sentFrom;
    QComboBox *m_providers;
    QComboBox *m_language;
};
