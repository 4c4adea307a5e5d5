// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardSession.h"

WizardSession::WizardSession(QObject *parent)
    : QObject(parent)
{}

void WizardSession::setSignIn(const SignIn &signIn)
{
    m_signIn = signIn;
    m_signIn.user = m_signIn.user.trimmed();
    emit signInChanged();
}

std::optional<SaslClient::Credentials> WizardSession::credentials() const
{
    if (m_signIn.user.isEmpty() || m_signIn.secret.isEmpty())
        return std::nullopt;
    SaslClient::Credentials credentials;
    credentials.user = m_signIn.user;
    if (m_signIn.secretIsToken)
        credentials.token = m_signIn.secret;
    else
        credentials.password = m_signIn.secret;
    return credentials;
}

void WizardSession::applySignIn(Target *target) const
{
    target->user = m_signIn.user;
    target->authMechanism = m_signIn.mechanism;
    target->allowCleartextAuth = m_signIn.allowCleartext;
}
