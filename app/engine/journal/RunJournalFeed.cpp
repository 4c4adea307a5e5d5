// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/RunJournalFeed.h"

#include "core/CheckName.h"
#include "core/Diagnosis.h"
#include "imap/FetchBackJob.h"
#include "journal/RunJournal.h"
#include "profile/ProfileRun.h"
#include "watch/WatchRun.h"

#include <QMetaEnum>

RunJournalFeed::RunJournalFeed(RunJournal *journal, const QString &step, QObject *run, Start start)
    : QObject(run)
    , m_journal(journal)
    , m_step(step)
{
    if (start == Start::Resume)
        m_journal->resumeStep(m_step);
    else
        m_journal->beginStep(m_step);
}

RunJournalFeed *RunJournalFeed::follow(RunJournal *journal,
                                       const QString &step,
                                       Diagnosis *diagnosis)
{
    auto *feed = new RunJournalFeed(journal, step, diagnosis, Start::Begin);
    feed->followDiagnosis(diagnosis);
    return feed;
}

RunJournalFeed *RunJournalFeed::follow(RunJournal *journal, const QString &step, ProfileRun *run)
{
    // Main and backup run side by side; the backup's checks have their own
    // names ("backup.smtp"), so one step holds both.
    auto *feed = new RunJournalFeed(journal, step, run, Start::Begin);
    for (Diagnosis *diagnosis : {run->main(), run->backup()}) {
        if (diagnosis)
            feed->followDiagnosis(diagnosis);
    }
    return feed;
}

RunJournalFeed *RunJournalFeed::follow(RunJournal *journal,
                                       const QString &step,
                                       WatchRun *run,
                                       const QDateTime &started)
{
    auto *feed = new RunJournalFeed(journal, step, run, Start::Begin);
    connect(run->eventLog(), &EventLog::eventAdded, feed, [feed](const Event &event) {
        if (feed->m_journal)
            feed->m_journal->addEvent(feed->m_step, event);
    });
    // A watch run's findings are those of all its attempts together: the
    // whole so far after each attempt, as `watch --output` writes its file.
    connect(run, &WatchRun::attemptFinished, feed, [feed, run, started] {
        if (feed->m_journal)
            feed->m_journal->snapshotStep(feed->m_step, run->report(started));
    });
    return feed;
}

RunJournalFeed *RunJournalFeed::resume(RunJournal *journal,
                                       const QString &step,
                                       FetchBackJob *fetch,
                                       qint64 offsetMs)
{
    auto *feed = new RunJournalFeed(journal, step, fetch, Start::Resume);
    connect(fetch, &FetchBackJob::eventAdded, feed, [feed, offsetMs](Event event) {
        event.offsetMs += offsetMs;
        if (feed->m_journal)
            feed->m_journal->addEvent(feed->m_step, event);
    });
    // Its findings are known once it has ended.
    connect(fetch, &FetchBackJob::finished, feed, [feed, fetch] {
        if (!feed->m_journal)
            return;
        for (const Finding &finding : fetch->findings())
            feed->m_journal->addFinding(feed->m_step, finding);
        feed->m_journal->endCheck(feed->m_step,
                                  CheckName::fetchBack(),
                                  fetch->wasCancelled() ? QStringLiteral("cancelled")
                                                        : QStringLiteral("done"));
    });
    return feed;
}

void RunJournalFeed::followDiagnosis(Diagnosis *diagnosis)
{
    connect(diagnosis->eventLog(), &EventLog::eventAdded, this, [this](const Event &event) {
        if (m_journal)
            m_journal->addEvent(m_step, event);
    });
    connect(diagnosis, &Diagnosis::findingAdded, this, [this](const Finding &finding) {
        if (m_journal)
            m_journal->addFinding(m_step, finding);
    });
    // Which checks had ended tells, after a kill, which one was waiting.
    for (Check *check : diagnosis->checks()) {
        connect(check, &Check::finished, this, [this, check] {
            if (!m_journal)
                return;
            const char *status = QMetaEnum::fromType<Check::Status>().valueToKey(
                int(check->status()));
            m_journal->endCheck(m_step, check->name(), QString::fromLatin1(status).toLower());
        });
    }
}
