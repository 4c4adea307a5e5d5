#include "WelcomePage.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
    , m_symptoms(new QButtonGroup(this))
{
    setTitle(tr("What is happening?"));
    setSubTitle(tr("SMTP Doctor finds out why mail cannot be sent, and says what to do about it."));

    auto *layout = new QVBoxLayout(this);
    const QList<QPair<Symptom, QString>> symptoms = {
        {Symptom::CannotConnect, tr("&Cannot connect to the SMTP server")},
        {Symptom::TimesOut, tr("The connection &times out")},
        {Symptom::AuthenticationFails, tr("The server refuses my &password")},
        {Symptom::NotReceived, tr("Mail is sent but &not received, or lands in spam")},
        {Symptom::WorksSometimes, tr("It works only &sometimes")},
    };
    for (const auto &[symptom, text] : symptoms) {
        auto *button = new QRadioButton(text, this);
        button->setObjectName(QStringLiteral("symptom%1").arg(int(symptom)));
        m_symptoms->addButton(button, int(symptom));
        layout->addWidget(button);
    }
    m_symptoms->button(int(Symptom::CannotConnect))->setChecked(true);
    connect(m_symptoms, &QButtonGroup::idToggled, this, &WelcomePage::symptomChanged);
    layout->addStretch();

    registerField(QStringLiteral("symptom"), this, "symptom", SIGNAL(symptomChanged()));
}

int WelcomePage::symptom() const
{
    return m_symptoms->checkedId();
}
