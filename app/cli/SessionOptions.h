// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OAuthOptions.h"
#include "core/TargetBuilder.h"
#include "smtp/SaslClient.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

class QCommandLineParser;

// The test session's options, the same for diagnose and watch: who signs
// in, where the secret comes from (the environment or standard input, never
// the command line), how, and the test message's envelope.
class SessionOptions
{
    Q_DECLARE_TR_FUNCTIONS(SessionOptions)
public:
    // What --user and --from do in this command, for its --help.
    SessionOptions(const QString &userHelp, const QString &fromHelp);

    QList<QCommandLineOption> options() const;
    // Fills the session part of `input` (user, mechanism, cleartext choice,
    // envelope) and `credentials` (its secret read here, once); returns why
    // the secret's sources are unusable, or nothing. The TargetBuilder
    // judges the rest.
    // With --oauth-provider the token comes from the device sign-in, run
    // here; when that fails, flowFailure() says why (auth.oauth_flow_failed)
    // and the credentials hold no token.
    QString read(const QCommandLineParser &parser,
                 TargetBuilder::Input *input,
                 SaslClient::Credentials *credentials);
    const std::optional<OAuthOptions::Failure> &flowFailure() const { return m_flowFailure; }

private:
    QCommandLineOption m_user;
    QCommandLineOption m_passwordStdin;
    QCommandLineOption m_passwordEnv;
    QCommandLineOption m_tokenEnv;
    QCommandLineOption m_tokenStdin;
    QCommandLineOption m_authMechanism;
    QCommandLineOption m_allowCleartextAuth;
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    OAuthOptions m_oauth;
    std::optional<OAuthOptions::Failure> m_flowFailure;
};
