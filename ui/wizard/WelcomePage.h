#pragma once

#include <QWizardPage>

class QButtonGroup;
class QComboBox;

// Step 1: what is happening. The symptom chosen here orders the checks.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(int symptom READ symptom NOTIFY symptomChanged)
    Q_PROPERTY(QString provider READ provider NOTIFY providerChanged)
public:
    enum class Symptom {
        CannotConnect,
        TimesOut,
        AuthenticationFails,
        NotReceived,
        WorksSometimes
    };
    Q_ENUM(Symptom)

    explicit WelcomePage(QWidget *parent = nullptr);
    // Going back keeps the choices (QWizard would reset the fields).
    void cleanupPage() override {}
    int symptom() const;
    // The chosen preset's id, empty for "Other SMTP server".
    QString provider() const;

signals:
    void symptomChanged();
    void providerChanged();
    // The user picked another interface language ("fr", "en"; empty: the
    // system's); the wizard reopens in it.
    void languageChosen(const QString &language);

private:
    QButtonGroup *m_symptoms;
    QComboBox *m_providers;
    QComboBox *m_language;
};
