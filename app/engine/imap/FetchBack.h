// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EventLog.h"
#include "findings/Finding.h"
#include "imap/FetchBackFindings.h"
#include "imap/FetchBackJob.h"
#include "imap/ImapAccount.h"
#include "message/MessageDiagnosis.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <memory>

class ImapSession;
class QThread;

// After the test send: signs in to the recipient's mailbox, looks for the
// test message by its Message-ID in INBOX and in the Junk folder (RFC 6154)
// until it is there or the deadline passes, fetches it and reads it as a
// message that arrived (MessageDiagnosis): where it landed, after how
// long, and how the receiver judged it. The IMAP session blocks (libetpan):
// it runs on a thread of its own. After the job contract of Check: start()
// returns at once, finished() comes exactly once, cancel() ends the wait
// and the session, and what was found so far stays. The wizard holds it as
// a FetchBackJob, made by the mail module.
class FetchBack : public FetchBackJob
{
    Q_OBJECT
public:
    struct Request
    {
        ImapAccount account;
        QByteArray messageId; // "<...>", as the test message carried it
        int deadlineSeconds = 60;
        int pollIntervalMs = 1000;
        MessageDiagnosis::Options analysis;
    };

    explicit FetchBack(const Request &request, QObject *parent = nullptr);
    ~FetchBack() override;

    void start() override;
    void cancel() override;
    bool isRunning() const override { return m_started && !m_finished; }
    bool wasCancelled() const override { return m_outcome.cancelled; }
    const QList<Finding> &findings() const override { return m_findings; }
    QList<Event> events() const override;
    const FetchBackFindings::Outcome &outcome() const { return m_outcome; }
    const QByteArray &fetchedSource() const { return m_source; }

private:
    void work();
    bool waitBeforeNextSearch(int ms);
    void log(Event::Kind kind, const QString &text);
    void reportProgress(const QString &step);
    void onWorkDone();
    void onAnalysed();
    void finish();

    Request m_request;
    QThread *m_thread = nullptr;
    std::unique_ptr<MessageDiagnosis> m_analysis;
    QElapsedTimer m_clock;

    // Shared with the worker thread.
    mutable QMutex m_lock;
    QWaitCondition m_wake;
    ImapSession *m_session = nullptr;
    std::atomic<bool> m_cancelled{false};
    QList<Event> m_events;
    FetchBackFindings::Outcome m_outcome;
    QByteArray m_source;

    QList<Finding> m_findings;
    bool m_started = false;
    bool m_finished = false;
};
