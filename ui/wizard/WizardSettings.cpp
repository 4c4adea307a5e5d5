// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardSettings.h"

#include "DoctorWizard.h"
#include "SettingsStore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QEvent>

WizardSettings::WizardSettings(DoctorWizard *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
{
    const QByteArray geometry = SettingsStore().windowGeometry();
    if (!geometry.isEmpty())
        wizard->restoreGeometry(geometry);
    wizard->installEventFilter(this);
    connect(wizard, &DoctorWizard::laterPagesBuilt, this, [this] {
        if (m_shown)
            restoreFields();
    });
    connect(wizard, &QWizard::currentIdChanged, this, [this] {
        if (m_shown)
            save();
    });
    connect(wizard, &QWizard::finished, this, &WizardSettings::save);
}

bool WizardSettings::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_wizard && event->type() == QEvent::Show && !m_shown) {
        m_shown = true;
        restoreChoices();
        if (m_wizard->page(DoctorWizard::ServerPageId))
            restoreFields();
    }
    return QObject::eventFilter(watched, event);
}

void WizardSettings::restoreChoices()
{
    const SettingsStore settings;
    // The first page's choices are read-only fields: set their widgets.
    for (const QString &choice : {QStringLiteral("symptom"), QStringLiteral("sentFrom")}) {
        const QString key = SettingsStore::keyForField(choice);
        if (!settings.contains(key))
            continue;
        const int id = settings.value(key).toInt();
        if (auto *button = m_wizard->findChild<QAbstractButton *>(choice + QString::number(id)))
            button->setChecked(true);
    }
    if (auto *providers = m_wizard->findChild<QComboBox *>(QStringLiteral("providerCombo"))) {
        const int index = providers->findData(
            settings.value(QStringLiteral("welcome/provider")).toString());
        if (index >= 0)
            providers->setCurrentIndex(index);
    }
}

void WizardSettings::restoreFields()
{
    m_fieldsRestored = true;
    const SettingsStore settings;
    for (const QString &field : SettingsStore::settingsPageFields()) {
        const QString key = SettingsStore::keyForField(field);
        if (settings.contains(key))
            m_wizard->setField(field, settings.value(key));
    }
}

void WizardSettings::save()
{
    SettingsStore settings;
    for (const QString &field :
         {QStringLiteral("symptom"), QStringLiteral("sentFrom"), QStringLiteral("provider")})
        settings.setValue(SettingsStore::keyForField(field), m_wizard->field(field));
    if (m_fieldsRestored) {
        for (const QString &field : SettingsStore::settingsPageFields())
            settings.setValue(SettingsStore::keyForField(field), m_wizard->field(field));
    }
    settings.setWindowGeometry(m_wizard->saveGeometry());
    settings.sync();
}
