// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionOptions.h"

#include <QCommandLineParser>
#include <QTextStream>

SessionOptions::SessionOptions(const QString &userHelp, const QString &fromHelp)
    : m_user(QStringLiteral("user"), userHelp, QStringLiteral("USER"))
    , m_passwordStdin(QStringLiteral("password-stdin"),
                      tr("Read the password from the first line of standard input."))
    , m_passwordEnv(QStringLiteral("password-env"),
                    tr("Read the password from this environment variable."),
                    QStringLiteral("VAR"))
    , m_tokenEnv(QStringLiteral("token-env"),
                 tr("Sign in with the OAuth2 access token in this environment variable "
                    "(OAUTHBEARER or XOAUTH2)."),
                 QStringLiteral("VAR"))
    , m_tokenStdin(QStringLiteral("token-stdin"),
                   tr("Sign in with the OAuth2 access token on the first line of standard "
                      "input (OAUTHBEARER or XOAUTH2)."))
    , m_authMechanism(QStringLiteral("auth-mechanism"),
                      tr("Use this SASL mechanism (default: the strongest offered)."),
                      QStringLiteral("MECHANISM"))
    , m_allowCleartextAuth(QStringLiteral("allow-cleartext-auth"),
                           tr("Allow signing in over an unencrypted connection "
                              "(the password then crosses the network readable)."))
    , m_from(QStringLiteral("from"), fromHelp, QStringLiteral("ADDRESS"))
    , m_to(QStringLiteral("to"),
           tr("Send the test message to this address."),
           QStringLiteral("ADDRESS"))
{}

QList<QCommandLineOption> SessionOptions::options() const
{
    return QList<QCommandLineOption>{m_user,
                                     m_passwordStdin,
                                     m_passwordEnv,
                                     m_tokenEnv,
                                     m_tokenStdin,
                                     m_authMechanism,
                                     m_allowCleartextAuth,
                                     m_from,
                                     m_to}
           + m_oauth.options();
}

QString SessionOptions::read(const QCommandLineParser &parser,
                             TargetBuilder::Input *input,
                             SaslClient::Credentials *credentials)
{
    if (const QString error = m_oauth.read(parser); !error.isEmpty())
        return error;
    input->user = parser.value(m_user);
    input->authMechanism = parser.value(m_authMechanism);
    input->allowCleartextAuth = parser.isSet(m_allowCleartextAuth);
    input->from = parser.value(m_from);
    input->to = parser.value(m_to);
    const QString user = input->user.trimmed();
    const int sources = int(parser.isSet(m_passwordStdin)) + int(parser.isSet(m_passwordEnv))
                        + int(parser.isSet(m_tokenEnv)) + int(parser.isSet(m_tokenStdin))
                        + int(m_oauth.signsIn());
    if (user.isEmpty() && sources > 0)
        return tr("a password or token needs --user");
    if (!user.isEmpty() && sources != 1)
        return tr("--user needs exactly one of --password-stdin, --password-env VAR, "
                  "--token-env VAR, --token-stdin or --oauth-provider");
    credentials->user = user;
    for (const QCommandLineOption *option : {&m_passwordEnv, &m_tokenEnv}) {
        if (!parser.isSet(*option))
            continue;
        const QString variable = parser.value(*option);
        const QByteArray name = variable.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return tr("the environment variable %1 is not set").arg(variable);
        (option == &m_tokenEnv ? credentials->token : credentials->password) = qEnvironmentVariable(
            name.constData());
    }
    if (parser.isSet(m_passwordStdin))
        credentials->password = QTextStream(stdin).readLine();
    if (parser.isSet(m_tokenStdin))
        credentials->token = QTextStream(stdin).readLine().trimmed();
    // What the token must carry, for the diagnosis of a refusal.
    credentials->oauthResource = m_oauth.resource();
    credentials->oauthScopes = m_oauth.tokenScopes();
    if (!user.isEmpty() && m_oauth.signsIn())
        credentials->token = m_oauth.signIn(&m_flowFailure);
    return {};
}
