// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/FetchBack.h"

#include "core/CheckName.h"
#include "imap/ImapSession.h"
#include "imap/JunkMailbox.h"

#include <QDeadlineTimer>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

FetchBack::FetchBack(const Request &request, QObject *parent)
    : FetchBackJob(parent)
    , m_request(request)
{
    m_outcome.deadlineSeconds = request.deadlineSeconds;
}

FetchBack::~FetchBack()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void FetchBack::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_thread = QThread::create([this] { work(); });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &FetchBack::onWorkDone);
    // Never synchronously: the caller connects to finished() after start().
    QTimer::singleShot(0, this, [this] {
        if (!m_finished)
            m_thread->start();
    });
}

void FetchBack::cancel()
{
    if (!m_started || m_finished)
        return;
    m_cancelled = true;
    {
        QMutexLocker locker(&m_lock);
        if (m_session)
            m_session->cancel();
        m_wake.wakeAll();
    }
    if (m_analysis && m_analysis->isRunning())
        m_analysis->cancel();
    else if (!m_thread->isRunning() && !m_thread->isFinished())
        finish(); // not started yet: nothing to wait for
}

QList<Event> FetchBack::events() const
{
    QMutexLocker locker(&m_lock);
    return m_events;
}

void FetchBack::log(Event::Kind kind, const QString &text)
{
    const Event event{m_clock.elapsed(), CheckName::fetchBack(), kind, text};
    {
        QMutexLocker locker(&m_lock);
        m_events.append(event);
    }
    // From the worker: said on the object's own thread, before the
    // thread's end (queued after it) finishes the job.
    QMetaObject::invokeMethod(
        this, [this, event] { emit eventAdded(event); }, Qt::QueuedConnection);
}

void FetchBack::reportProgress(const QString &step)
{
    // From the worker: said on the object's own thread.
    QMetaObject::invokeMethod(
        this, [this, step] { emit progressChanged(step); }, Qt::QueuedConnection);
}

bool FetchBack::waitBeforeNextSearch(int ms)
{
    QMutexLocker locker(&m_lock);
    if (!m_cancelled)
        m_wake.wait(&m_lock, QDeadlineTimer(ms));
    return !m_cancelled;
}

// On the worker thread: only the session, m_outcome and m_source (read by
// the object's thread after the thread finished) and the locked members.
void FetchBack::work()
{
    const ImapAccount &account = m_request.account;
    ImapSession session(account,
                        [this](Event::Kind kind, const QString &text) { log(kind, text); });
    {
        QMutexLocker locker(&m_lock);
        if (m_cancelled) {
            m_outcome.cancelled = true;
            return;
        }
        m_session = &session;
    }
    reportProgress(tr("Signing in to the mailbox on %1...").arg(account.host));
    const auto detach = [this] {
        QMutexLocker locker(&m_lock);
        m_session = nullptr;
    };
    if (auto problem = session.open()) {
        m_outcome.problem = problem;
        m_outcome.cancelled = problem->failure == ImapSession::Failure::Cancelled;
        detach();
        return;
    }
    ImapSession::Problem problem;
    const auto listed = session.list(&problem);
    if (!listed) {
        m_outcome.problem = problem;
        detach();
        return;
    }
    QStringList mailboxes{QStringLiteral("INBOX")};
    const auto junk = JunkMailbox::choose(*listed);
    if (junk && junk->compare(QLatin1String("INBOX"), Qt::CaseInsensitive) != 0)
        mailboxes.append(*junk);
    log(Event::Kind::Note,
        junk ? QStringLiteral("spam folder: %1").arg(*junk)
             : QStringLiteral("no spam folder (no \\Junk flag, none named %1)")
                   .arg(JunkMailbox::usualNames().join(QLatin1String(", "))));
    m_outcome.searched = mailboxes;
    reportProgress(
        tr("Looking for the test message in %1...").arg(mailboxes.join(QLatin1String(", "))));

    QElapsedTimer waited;
    waited.start();
    const qint64 deadlineMs = qint64(m_request.deadlineSeconds) * 1000;
    for (;;) {
        ++m_outcome.searches;
        for (const QString &mailbox : std::as_const(mailboxes)) {
            const auto uids = session.search(mailbox, m_request.messageId, &problem);
            if (!uids) {
                m_outcome.problem = problem;
                m_outcome.cancelled = problem.failure == ImapSession::Failure::Cancelled;
                m_outcome.waitedMs = waited.elapsed();
                detach();
                return;
            }
            if (uids->isEmpty())
                continue;
            // The newest copy, should a test have been sent twice.
            const auto fetched = session.fetch(uids->constLast(), &problem);
            if (!fetched) {
                m_outcome.problem = problem;
                detach();
                return;
            }
            m_outcome.waitedMs = waited.elapsed();
            m_outcome.foundIn = mailbox;
            m_outcome.foundInJunk = mailbox != mailboxes.constFirst();
            m_outcome.arrivedAt = fetched->internalDate;
            m_source = fetched->source;
            session.logout();
            detach();
            return;
        }
        const qint64 left = deadlineMs - waited.elapsed();
        if (left <= 0 || !waitBeforeNextSearch(int(qMin<qint64>(left, m_request.pollIntervalMs))))
            break;
    }
    m_outcome.waitedMs = waited.elapsed();
    m_outcome.cancelled = m_cancelled;
    session.logout();
    detach();
}

void FetchBack::onWorkDone()
{
    if (m_finished)
        return;
    if (m_source.isEmpty() || m_cancelled) {
        finish();
        return;
    }
    // The message that arrived, read as the message step reads one.
    const QByteArray source = m_source.left(MessageDiagnosis::maxSourceBytes);
    emit progressChanged(tr("Reading the message that arrived..."));
    m_analysis = std::make_unique<MessageDiagnosis>(source, m_request.analysis);
    connect(m_analysis.get(), &MessageDiagnosis::finished, this, &FetchBack::onAnalysed);
    m_analysis->start();
}

void FetchBack::onAnalysed()
{
    m_outcome.sentAt = m_analysis->message().date;
    QList<Event> read = m_analysis->report().events;
    for (Event &event : read)
        event.offsetMs += m_clock.elapsed() - m_analysis->report().durationMs;
    {
        QMutexLocker locker(&m_lock);
        m_events += read;
    }
    for (const Event &event : std::as_const(read))
        emit eventAdded(event);
    finish();
}

void FetchBack::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_findings = FetchBackFindings::make(m_request.account, m_request.messageId, m_outcome);
    if (m_analysis)
        m_findings += m_analysis->report().findings;
    emit finished();
}

// Its own translation unit, not the engine's mocs_compilation: what links
// FetchBackJob alone does not pull this class, nor libetpan, in.
#include "moc_FetchBack.cpp"
