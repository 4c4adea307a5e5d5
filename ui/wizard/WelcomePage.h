#pragma once

#include <QWizardPage>

class QButtonGroup;

// Step 1: what is happening. The symptom chosen here orders the checks.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(int symptom READ symptom NOTIFY symptomChanged)
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
    int symptom() const;

signals:
    void symptomChanged();

private:
    QButtonGroup *m_symptoms;
};
