// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imap/ImapAccount.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

class QCommandLineParser;

// diagnose's --fetch-back: the recipient's IMAP mailbox where the test
// message is looked for after the send (--imap-host, --imap-port,
// --imap-security, --imap-user, the secret from --imap-password-env or
// --imap-token-env, never the command line) and how long to wait
// (--fetch-deadline).
class FetchBackOptions
{
    Q_DECLARE_TR_FUNCTIONS(FetchBackOptions)
public:
    static constexpr int defaultDeadlineSeconds = 120;

    FetchBackOptions();
    QList<QCommandLineOption> options() const;
    QHash<QString, QStringList> valueChoices() const;
    // Why the options are unusable, or nothing. `sends`: --from and --to
    // were given, so there is a test message to look for.
    QString read(const QCommandLineParser &parser, bool sends);

    bool isWanted() const { return m_wanted; }
    // Without the TLS settings, which come from the SMTP side's options.
    const ImapAccount &account() const { return m_account; }
    int deadlineSeconds() const { return m_deadlineSeconds; }

private:
    QCommandLineOption m_fetchBack;
    QCommandLineOption m_host;
    QCommandLineOption m_port;
    QCommandLineOption m_security;
    QCommandLineOption m_user;
    QCommandLineOption m_passwordEnv;
    QCommandLineOption m_tokenEnv;
    QCommandLineOption m_deadline;
    bool m_wanted = false;
    ImapAccount m_account;
    int m_deadlineSeconds = defaultDeadlineSeconds;
};
