// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "discovery/ProviderCatalog.h"
#include "SettingsStore.h"
#include "Translations.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
    , m_symptoms(new QButtonGroup(this))
    , m_sentFrom(new QButtonGroup(this))
    , m_providers(new QComboBox(this))
    , m_language(new QComboBox(this))
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
        // The page's title asks the question; a screen reader says it with
        // each answer (the group of the other question has its own title).
        button->setAccessibleDescription(title());
        layout->addWidget(button);
    }
    m_symptoms->button(int(Symptom::CannotConnect))->setChecked(true);
    connect(m_symptoms, &QButtonGroup::idToggled, this, &WelcomePage::symptomChanged);

    // The computer that runs the wizard is rarely the one that fails: a web
    // host's firewall, or its diversion of outgoing SMTP, is only met from
    // the web host. The answer adds the step that tests from there.
    auto *origin = new QGroupBox(tr("Where is the failing mail sent from?"), this);
    origin->setObjectName(QStringLiteral("sentFromGroup"));
    auto *originLayout = new QVBoxLayout(origin);
    const QList<QPair<SentFrom, QString>> origins = {
        {SentFrom::Website, tr("My &website on a web host (WordPress, PHP...)")},
        {SentFrom::Server, tr("A server I can log &in to")},
        {SentFrom::ThisComputer, tr("This c&omputer (a mail program or an app)")},
    };
    for (const auto &[sentFrom, text] : origins) {
        auto *button = new QRadioButton(text, origin);
        button->setObjectName(QStringLiteral("sentFrom%1").arg(int(sentFrom)));
        m_sentFrom->addButton(button, int(sentFrom));
        originLayout->addWidget(button);
    }
    m_sentFrom->button(int(SentFrom::ThisComputer))->setChecked(true);
    connect(m_sentFrom, &QButtonGroup::idToggled, this, &WelcomePage::sentFromChanged);
    layout->addSpacing(6);
    layout->addWidget(origin);

    m_providers->setObjectName(QStringLiteral("providerCombo"));
    m_providers->setAccessibleName(tr("Mail provider"));
    m_providers->addItem(tr("Other SMTP server"), QString());
    for (const Provider &provider : ProviderCatalog::instance().providers())
        m_providers->addItem(provider.name, provider.id);
    connect(m_providers, &QComboBox::currentIndexChanged, this, &WelcomePage::providerChanged);
    // Each language is named in itself, so that anyone can find theirs.
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's"), QString());
    for (const auto &[code, name] : Translations::available())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(SettingsStore().language())));
    connect(m_language, &QComboBox::activated, this, [this] {
        const QString language = m_language->currentData().toString();
        SettingsStore settings;
        if (language == settings.language())
            return;
        settings.setLanguage(language);
        settings.sync();
        emit languageChosen(language);
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Your mail &provider:"), m_providers);
    form->addRow(tr("&Language:"), m_language);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addStretch();
    // Tab follows the page from the top down (the combo boxes were made
    // first, and are laid out last).
    QList<QWidget *> tabOrder;
    for (QAbstractButton *button : m_symptoms->buttons() + m_sentFrom->buttons())
        tabOrder.append(button);
    tabOrder << m_providers << m_language;
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    registerField(QStringLiteral("symptom"), this, "symptom", SIGNAL(symptomChanged()));
    registerField(QStringLiteral("sentFrom"), this, "sentFrom", SIGNAL(sentFromChanged()));
    registerField(QStringLiteral("provider"), this, "provider", SIGNAL(providerChanged()));
}

int WelcomePage::symptom() const
{
    return m_symptoms->checkedId();
}

int WelcomePage::sentFrom() const
{
    return m_sentFrom->checkedId();
}

QString WelcomePage::provider() const
{
    return m_providers->currentData().toString();
}
