// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Target.h"
#include "smtp/SaslClient.h"

#include <QObject>

#include <optional>

// What the wizard's pages share beyond the registered fields: the sign-in
// typed on the test e-mail step, which the repeated attempts reuse. The
// secret lives here in memory only, never in a field, a setting or a report.
// Owned by DoctorWizard; pages write and read it, never each other.
class WizardSession : public QObject
{
    Q_OBJECT
public:
    struct SignIn
    {
        QString user;
        QString secret;
        bool secretIsToken = false;
        QString mechanism; // empty: the strongest the server offers
        bool allowCleartext = false;
    };

    explicit WizardSession(QObject *parent = nullptr);

    const SignIn &signIn() const { return m_signIn; }
    void setSignIn(const SignIn &signIn);

    // Nothing without a user name and a secret.
    std::optional<SaslClient::Credentials> credentials() const;
    // The user, the method and the cleartext choice, into `target`.
    void applySignIn(Target *target) const;

signals:
    void signInChanged();

private:
    SignIn m_signIn;
};
