// SPDX-License-Identifier: GPL-3.0-or-later
#include "FetchBackOptions.h"

#include <QCommandLineParser>

FetchBackOptions::FetchBackOptions()
    : m_fetchBack(QStringLiteral("fetch-back"),
                  tr("After the test send, sign in to the recipient's mailbox over IMAP, look for "
                     "the message in the inbox and the spam folder, and read how it arrived."))
    , m_host(QStringLiteral("imap-host"),
             tr("The recipient's IMAP server, for --fetch-back."),
             QStringLiteral("H"))
    , m_port(QStringLiteral("imap-port"),
             tr("The IMAP server's port (default: 993 with tls, 143 with starttls)."),
             QStringLiteral("P"))
    , m_security(QStringLiteral("imap-security"),
                 tr("tls (from the first byte) or starttls (default: tls); none only with "
                    "--allow-cleartext-auth."),
                 QStringLiteral("MODE"))
    , m_user(QStringLiteral("imap-user"),
             tr("The user name of the recipient's mailbox."),
             QStringLiteral("USER"))
    , m_passwordEnv(QStringLiteral("imap-password-env"),
                    tr("Read the mailbox's password from this environment variable."),
                    QStringLiteral("VAR"))
    , m_tokenEnv(QStringLiteral("imap-token-env"),
                 tr("Sign in to the mailbox with the OAuth2 access token in this environment "
                    "variable (XOAUTH2)."),
                 QStringLiteral("VAR"))
    , m_deadline(QStringLiteral("fetch-deadline"),
                 tr("Seconds to wait for the test message to arrive (default %1).")
                     .arg(defaultDeadlineSeconds),
                 QStringLiteral("SECONDS"))
{}

QList<QCommandLineOption> FetchBackOptions::options() const
{
    return {m_fetchBack, m_host, m_port, m_security, m_user, m_passwordEnv, m_tokenEnv, m_deadline};
}

QHash<QString, QStringList> FetchBackOptions::valueChoices() const
{
    return {{m_security.names().constFirst(),
             {QStringLiteral("tls"), QStringLiteral("starttls"), QStringLiteral("none")}}};
}

QString FetchBackOptions::read(const QCommandLineParser &parser, bool sends)
{
    m_wanted = parser.isSet(m_fetchBack);
    if (!m_wanted) {
        for (const QCommandLineOption *option :
             {&m_host, &m_port, &m_security, &m_user, &m_passwordEnv, &m_tokenEnv, &m_deadline}) {
            if (parser.isSet(*option))
                return tr("--%1 goes with --fetch-back").arg(option->names().constFirst());
        }
        return {};
    }
    if (!sends)
        return tr("--fetch-back needs a test message: give --from and --to");
    m_account.host = parser.value(m_host).trimmed();
    if (m_account.host.isEmpty())
        return tr("--fetch-back needs --imap-host");
    const QString security = parser.value(m_security).trimmed().toLower();
    if (security.isEmpty() || security == QLatin1String("tls"))
        m_account.security = ImapAccount::Security::Tls;
    else if (security == QLatin1String("starttls"))
        m_account.security = ImapAccount::Security::StartTls;
    else if (security == QLatin1String("none"))
        m_account.security = ImapAccount::Security::None;
    else
        return tr("--imap-security must be tls, starttls or none");
    m_account.port = ImapAccount::defaultPort(m_account.security);
    if (parser.isSet(m_port)) {
        bool ok = false;
        const uint port = parser.value(m_port).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return tr("--imap-port must be a number from 1 to 65535");
        m_account.port = quint16(port);
    }
    m_account.user = parser.value(m_user).trimmed();
    if (m_account.user.isEmpty())
        return tr("--fetch-back needs --imap-user");
    if (parser.isSet(m_passwordEnv) == parser.isSet(m_tokenEnv))
        return tr("--imap-user needs exactly one of --imap-password-env VAR or --imap-token-env "
                  "VAR");
    const QCommandLineOption &source = parser.isSet(m_passwordEnv) ? m_passwordEnv : m_tokenEnv;
    const QString variable = parser.value(source);
    const QByteArray name = variable.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(name.constData()))
        return tr("the environment variable %1 is not set").arg(variable);
    (&source == &m_tokenEnv ? m_account.token : m_account.password) = qEnvironmentVariable(
        name.constData());
    if (parser.isSet(m_deadline)) {
        bool ok = false;
        m_deadlineSeconds = parser.value(m_deadline).toInt(&ok);
        if (!ok || m_deadlineSeconds < 1 || m_deadlineSeconds > 3600)
            return tr("--fetch-deadline must be a number of seconds from 1 to 3600");
    }
    return {};
}
