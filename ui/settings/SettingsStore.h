// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QStringList>
#include <QVariant>

// What the wizard remembers between runs, in QSettings (the platform's
// usual place; under QStandardPaths' test mode in the tests). Never a
// password: setValue() refuses any key that looks like a secret, and the
// wizard's password fields are not in rememberedFields().
//
// Keys:
//   welcome/symptom, welcome/sentFrom,           the first page
//   welcome/provider
//   server/host, server/port, server/security,   the server page
//   server/resolver, server/caFile, server/timeout, server/ports,
//   server/controlHost, server/domain, server/dkimSelectors
//   session/user, session/authMechanism,         the test e-mail page
//   message/from, message/to
//   fetchBack/host, fetchBack/port,              its "check where it landed" (FetchBackPanel;
//   fetchBack/security, fetchBack/user           not the consent, never the password)
//   oauth/PROVIDER/clientId                      the browser sign-in (OAuthSignInPanel): the
//   oauth/custom/endpoints, oauth/custom/scopes  client id for each provider, "Other"'s
//                                                endpoints; fetchBack/oauth/... the mailbox's.
//                                                Never the client secret or a token
//   ui/language                                  a chosen language ("fr"); empty: the system's
//   window/geometry                              QWidget::saveGeometry()
class SettingsStore
{
public:
    SettingsStore();
    // For tests that want a file of their own.
    explicit SettingsStore(const QString &fileName);

    // Every wizard field (QWizard::field name) that is remembered.
    static QStringList rememberedFields();
    // Those of the welcome and server pages, which WizardSettings restores
    // and saves; the test e-mail page stores its own through keyForField().
    static QStringList settingsPageFields();
    // The settings key of a remembered field; empty for any other field.
    static QString keyForField(const QString &field);
    static bool isSecretKey(const QString &key);

    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    // False (and nothing stored) for a secret-looking key.
    bool setValue(const QString &key, const QVariant &value);
    bool contains(const QString &key) const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QString language() const;
    void setLanguage(const QString &language);

    void sync();
    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};
