// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EventLog.h"
#include "imap/ImapAccount.h"
#include "imap/JunkMailbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

struct mailimap;

// One IMAP session over libetpan (RFC 3501): connect with TLS from the
// first byte or STARTTLS, check the server's certificate before any secret
// is sent, sign in (LOGIN, or XOAUTH2 with a token), list, search, fetch.
// libetpan blocks: FetchBack runs a session on a worker thread, and
// cancel() (from any thread) wakes whatever call waits. Every line sent and
// received goes to the logger, with the sign-in command's secret withheld.
class ImapSession
{
public:
    // What went wrong, as a stable word for the report's facts.
    enum class Failure {
        Connect,          // no TCP connection, or the server hung up
        Tls,              // the TLS handshake failed
        Certificate,      // the server's certificate is not to be trusted
        StartTlsMissing,  // STARTTLS chosen, the server does not offer it
        CleartextRefused, // no TLS and no opt-in: the secret stays here
        SignIn,           // the server refused the user or its secret
        Protocol,         // a command failed or the reply was unreadable
        Cancelled,
    };
    struct Problem
    {
        Failure failure = Failure::Protocol;
        QString detail; // the server's words or the library's, for the evidence
    };
    struct Fetched
    {
        QByteArray source;
        QDateTime internalDate; // when the server stored it (RFC 3501 section 2.3.3)
    };
    using Logger = std::function<void(Event::Kind kind, const QString &text)>;

    ImapSession(const ImapAccount &account, Logger logger);
    ~ImapSession();
    ImapSession(const ImapSession &) = delete;
    ImapSession &operator=(const ImapSession &) = delete;

    // Connected, secured and signed in, or why not.
    std::optional<Problem> open();
    std::optional<QList<ListedMailbox>> list(Problem *problem);
    // UIDs of the messages of `mailbox` whose Message-ID is `messageId`
    // (SEARCH HEADER, RFC 3501 section 6.4.4), the mailbox read-only (EXAMINE).
    std::optional<QList<quint32>> search(const QString &mailbox,
                                         const QByteArray &messageId,
                                         Problem *problem);
    // The whole message, unread flag left alone (BODY.PEEK[]).
    std::optional<Fetched> fetch(quint32 uid, Problem *problem);
    void logout();
    // Thread-safe: the blocked call returns with Failure::Cancelled.
    void cancel();

    static QString failureName(Failure failure);

private:
    std::optional<Problem> connectAndSecure();
    std::optional<Problem> signIn();
    std::optional<Problem> checkCertificate();
    Problem commandFailed(int code) const;
    void onLog(int type, const char *data, size_t size);
    static void logThunk(mailimap *session, int type, const char *data, size_t size, void *context);

    ImapAccount m_account;
    Logger m_logger;
    mailimap *m_session = nullptr;
    QMutex m_cancelLock; // m_session's stream against cancel() from another thread
    std::atomic<bool> m_cancelled{false};
    bool m_secretWithheldLogged = false;
};
