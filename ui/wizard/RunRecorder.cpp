// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunRecorder.h"

#include "DialogProvider.h"
#include "FetchBackPanel.h"

#include "core/Diagnosis.h"
#include "imap/FetchBackJob.h"
#include "journal/RunJournal.h"
#include "journal/RunJournalFeed.h"
#include "profile/ProfileRun.h"
#include "report/HistoryStore.h"
#include "watch/WatchRun.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QMetaEnum>
#include <QTimer>

#include <algorithm>

RunRecorder::RunRecorder(DoctorWizard *wizard, const QString &historyDirectory)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_directory(HistoryStore(historyDirectory).directory())
{
    connect(wizard, &DoctorWizard::stepReportChanged, this, &RunRecorder::onStepReport);
    // QDialog sends every way of closing (Cancel, Finish, Escape, the
    // window's close button) through done(), which emits finished.
    connect(wizard, &QWizard::finished, this, &RunRecorder::recordUnfinishedSteps);
}

RunRecorder::~RunRecorder()
{
    // A journal still here holds more than the history could save: it
    // stays, unlocked, to be recovered at the next start.
    m_lock.reset();
}

QString RunRecorder::journalPath() const
{
    return m_journal && m_journal->isOpen() ? m_journal->path() : QString();
}

QString RunRecorder::stepName(DoctorWizard::PageId step)
{
    return QString::fromLatin1(QMetaEnum::fromType<DoctorWizard::PageId>().valueToKey(step));
}

RunJournal *RunRecorder::journalFor(const Report &header)
{
    if (m_journal)
        return m_journal->isOpen() ? m_journal.get() : nullptr;
    const HistoryStore store(m_directory);
    // The run is named when its first step starts, that is now (a run not
    // started yet has no start time of its own).
    Report head = header;
    head.started = QDateTime::currentDateTime();
    head.situation = m_wizard->situation();
    if (m_fileName.isEmpty())
        m_fileName = HistoryStore::fileNameFor(head);
    m_journal = std::make_unique<RunJournal>(store.journalPathFor(m_fileName));
    if (!QDir().mkpath(m_directory)) {
        storageProblem(tr("the folder cannot be created"));
        return nullptr;
    }
    // Held while this process runs: a journal whose lock nobody holds is a
    // run that was killed.
    m_lock = std::make_unique<QLockFile>(store.lockPathFor(m_fileName));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        // QLockFile says only that it failed: the file system says why.
        QFile probe(store.lockPathFor(m_fileName));
        storageProblem(probe.open(QIODevice::WriteOnly | QIODevice::Append)
                           ? tr("the run's lock is held by another program")
                           : probe.errorString());
        return nullptr;
    }
    if (!m_journal->open(head)) {
        storageProblem(m_journal->error());
        return nullptr;
    }
    // The other steps' reports that the new run keeps (as the history does).
    for (DoctorWizard::PageId step : std::as_const(m_carriedOver))
        m_journal->endStep(stepName(step), m_wizard->stepReport(step));
    m_carriedOver.clear();
    return m_journal.get();
}

void RunRecorder::beginStep(DoctorWizard::PageId step)
{
    m_closed = false;
    // The first step run again (Run again on it, F5 on the results) is a
    // new run with its own history entry, as its new start time says.
    const bool first = !m_reportedSteps.isEmpty()
                       && step <= *std::min_element(m_reportedSteps.cbegin(),
                                                    m_reportedSteps.cend());
    if (!first || m_fileName.isEmpty())
        return;
    if (m_lastSaveOk)
        finishJournal();
    m_journal.reset();
    m_lock.reset();
    m_fileName.clear();
    m_lastSaveOk = false;
    m_carriedOver = m_reportedSteps;
    m_carriedOver.remove(step);
}

void RunRecorder::replace(DoctorWizard::PageId step, TrackedRun run)
{
    if (const TrackedRun earlier = m_runs.value(step); earlier.feed)
        earlier.feed->stop();
    m_runs.insert(step, run);
}

void RunRecorder::track(DoctorWizard::PageId step, Diagnosis *diagnosis)
{
    beginStep(step);
    const auto report = [diagnosis] {
        const QDateTime started = QDateTime::currentDateTime().addMSecs(-diagnosis->elapsedMs());
        return Report::fromDiagnosis(*diagnosis, started);
    };
    TrackedRun run{diagnosis,
                   [diagnosis] { return diagnosis->isRunning(); },
                   [diagnosis] { diagnosis->cancel(); },
                   report,
                   {}};
    if (RunJournal *journal = journalFor(report()))
        run.feed = RunJournalFeed::follow(journal, stepName(step), diagnosis);
    replace(step, run);
}

void RunRecorder::track(DoctorWizard::PageId step, ProfileRun *run, FetchBackPanel *fetchBack)
{
    if (fetchBack) {
        disconnect(fetchBack, &FetchBackPanel::fetchStarted, this, nullptr);
        connect(fetchBack,
                &FetchBackPanel::fetchStarted,
                this,
                [this, step, fetchBack](FetchBackJob *fetch, qint64 offsetMs) {
                    onFetchStarted(step, fetchBack, fetch, offsetMs);
                });
    }
    beginStep(step);
    // The test e-mail step runs main and backup together: its report merges both.
    TrackedRun tracked{run,
                       [run] { return run->isRunning(); },
                       [run] { run->cancel(); },
                       [run] { return run->report(); },
                       {}};
    if (RunJournal *journal = journalFor(run->report()))
        tracked.feed = RunJournalFeed::follow(journal, stepName(step), run);
    replace(step, tracked);
}

void RunRecorder::onFetchStarted(DoctorWizard::PageId step,
                                 FetchBackPanel *panel,
                                 FetchBackJob *fetch,
                                 qint64 offsetMs)
{
    // The send has ended and is in the step's report: the step goes on.
    m_closed = false;
    TrackedRun tracked{fetch,
                       [fetch] { return fetch->isRunning(); },
                       [panel] { panel->cancel(); },
                       [panel] { return panel->report(); },
                       {}};
    if (m_journal && m_journal->isOpen())
        tracked.feed = RunJournalFeed::resume(m_journal.get(), stepName(step), fetch, offsetMs);
    replace(step, tracked);
}

void RunRecorder::track(DoctorWizard::PageId step, WatchRun *run, const QDateTime &started)
{
    beginStep(step);
    TrackedRun tracked{run,
                       [run] { return run->isRunning(); },
                       [run] { run->cancel(); },
                       [run, started] { return run->report(started); },
                       {}};
    if (RunJournal *journal = journalFor(run->report(started)))
        tracked.feed = RunJournalFeed::follow(journal, stepName(step), run, started);
    replace(step, tracked);
}

void RunRecorder::recordUnfinishedSteps()
{
    if (m_closed)
        return; // closed, then deleted
    m_closed = true;
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it) {
        if (!it->run || !it->isRunning())
            continue;
        it->cancel();
        // A check called from its own signal cancels a moment later: its
        // findings so far are in the report either way.
        m_wizard->setReport(it.key(), it->report());
    }
    save();
    // Everything is in the saved report: the journal has nothing more.
    if (m_lastSaveOk)
        finishJournal();
}

void RunRecorder::onStepReport(DoctorWizard::PageId step)
{
    m_reportedSteps.insert(step);
    if (m_journal && m_journal->isOpen())
        m_journal->endStep(stepName(step), m_wizard->stepReport(step));
    save();
}

void RunRecorder::save()
{
    if (!m_wizard->hasReport())
        return;
    const Report report = m_wizard->combinedReport();
    if (m_fileName.isEmpty())
        m_fileName = HistoryStore::fileNameFor(report);
    QString error;
    const QString path = HistoryStore(m_directory).save(report, &error, m_fileName);
    m_lastSaveOk = !path.isEmpty();
    if (m_lastSaveOk)
        m_lastSaved = path;
    else
        storageProblem(error);
    if (m_journal && !m_journal->error().isEmpty())
        storageProblem(m_journal->error());
}

void RunRecorder::finishJournal()
{
    if (m_journal)
        m_journal->remove();
    m_journal.reset();
    m_lock.reset(); // unlocks and removes the lock file
}

void RunRecorder::storageProblem(const QString &reason)
{
    // Once a window: the run goes on, and saying it at every finding helps nobody.
    if (m_problemShown)
        return;
    m_problemShown = true;
    qWarning("SMTP Doctor: the run cannot be kept in the history: %s", qPrintable(reason));
    const QString text
        = tr("SMTP Doctor cannot write to its history folder %1 (%2), so this run is not "
             "kept in the history. The diagnosis goes on: you can still copy or export the "
             "report from the results.")
              .arg(QDir::toNativeSeparators(m_directory), reason);
    // From the event loop, never from inside a check's signal.
    QTimer::singleShot(0, this, [this, text] {
        DialogProvider::instance().showError(m_wizard, tr("History not saved"), text);
    });
}
