// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsStore.h"

#include <QHash>

namespace {

const QHash<QString, QString> &fieldKeys()
{
    static const QHash<QString, QString> keys = {
        {QStringLiteral("symptom"), QStringLiteral("welcome/symptom")},
        {QStringLiteral("sentFrom"), QStringLiteral("welcome/sentFrom")},
        {QStringLiteral("provider"), QStringLiteral("welcome/provider")},
        {QStringLiteral("host"), QStringLiteral("server/host")},
        {QStringLiteral("port"), QStringLiteral("server/port")},
        {QStringLiteral("security"), QStringLiteral("server/security")},
        {QStringLiteral("resolver"), QStringLiteral("server/resolver")},
        {QStringLiteral("caFile"), QStringLiteral("server/caFile")},
        {QStringLiteral("timeout"), QStringLiteral("server/timeout")},
        {QStringLiteral("ports"), QStringLiteral("server/ports")},
        {QStringLiteral("controlHost"), QStringLiteral("server/controlHost")},
        {QStringLiteral("domain"), QStringLiteral("server/domain")},
        {QStringLiteral("dkimSelectors"), QStringLiteral("server/dkimSelectors")},
        {QStringLiteral("user"), QStringLiteral("session/user")},
        {QStringLiteral("authMechanism"), QStringLiteral("session/authMechanism")},
        {QStringLiteral("from"), QStringLiteral("message/from")},
        {QStringLiteral("to"), QStringLiteral("message/to")},
    };
    return keys;
}

} // namespace

SettingsStore::SettingsStore() = default;

SettingsStore::SettingsStore(const QString &fileName)
    : m_settings(fileName, QSettings::IniFormat)
{}

QStringList SettingsStore::rememberedFields()
{
    QStringList fields = fieldKeys().keys();
    fields.sort();
    return fields;
}

QStringList SettingsStore::settingsPageFields()
{
    return {QStringLiteral("host"),
            QStringLiteral("port"),
            QStringLiteral("security"),
            QStringLiteral("resolver"),
            QStringLiteral("caFile"),
            QStringLiteral("timeout"),
            QStringLiteral("ports"),
            QStringLiteral("controlHost"),
            QStringLiteral("domain"),
            QStringLiteral("dkimSelectors")};
}

QString SettingsStore::keyForField(const QString &field)
{
    return fieldKeys().value(field);
}

bool SettingsStore::isSecretKey(const QString &key)
{
    for (const char *word : {"password", "passwd", "secret", "token", "credential"}) {
        if (key.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QVariant SettingsStore::value(const QString &key, const QVariant &fallback) const
{
    return m_settings.value(key, fallback);
}

bool SettingsStore::setValue(const QString &key, const QVariant &value)
{
    if (isSecretKey(key))
        return false;
    m_settings.setValue(key, value);
    return true;
}

bool SettingsStore::contains(const QString &key) const
{
    return m_settings.contains(key);
}

QByteArray SettingsStore::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void SettingsStore::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QString SettingsStore::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void SettingsStore::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

void SettingsStore::sync()
{
    m_settings.sync();
}
