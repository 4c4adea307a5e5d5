// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DoctorWizard.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class Diagnosis;
class FetchBackJob;
class FetchBackPanel;
class ProfileRun;
class QLockFile;
class RunJournal;
class RunJournalFeed;
class WatchRun;

// Saves every run of the wizard to the history (HistoryStore) as it grows:
// after each step, and when the window closes while a step still runs, with
// the findings that step has made so far. Pages register the run of a step
// when they start it (track()); the recorder never searches for them.
//
// Between those saves the run is journaled (RunJournal, one synced line per
// event and finding, through RunJournalFeed) beside its report, under a lock
// this process holds: if the program is killed or crashes, the next start
// finds the journal unlocked and recovers the run as interrupted
// (InterruptedRunNotice). The journal goes once the run is saved whole.
//
// A history folder that cannot be written (read-only, full) is said once,
// through DialogProvider, and the diagnosis goes on: the report can still
// be copied and exported. A child of the wizard.
class RunRecorder : public QObject
{
    Q_OBJECT
public:
    explicit RunRecorder(DoctorWizard *wizard, const QString &historyDirectory = QString());
    ~RunRecorder() override;

    QString lastSavedPath() const { return m_lastSaved; }
    // The run's journal while it runs; empty before the first step or when
    // it could not be written.
    QString journalPath() const;
    // The run a step has just started; it replaces that step's earlier run.
    void track(DoctorWizard::PageId step, Diagnosis *diagnosis);
    // With a fetch-back panel, the step's run goes on in the fetch-back it
    // starts after the send: journaled into the same step, cancelled and
    // taken in when the window closes, as the send is.
    void track(DoctorWizard::PageId step, ProfileRun *run, FetchBackPanel *fetchBack = nullptr);
    void track(DoctorWizard::PageId step, WatchRun *run, const QDateTime &started);
    // Cancels the steps still running, so that each turns what it had seen
    // into findings (as Cancel and the CLI's Ctrl-C do), takes in their
    // reports, then saves.
    void recordUnfinishedSteps();

private:
    struct TrackedRun
    {
        QPointer<const QObject> run;
        std::function<bool()> isRunning;
        std::function<void()> cancel;
        std::function<Report()> report;
        QPointer<RunJournalFeed> feed;
    };

    // The run's file name and journal, from the first step's header on.
    RunJournal *journalFor(const Report &header);
    void beginStep(DoctorWizard::PageId step);
    void replace(DoctorWizard::PageId step, TrackedRun run);
    void onFetchStarted(DoctorWizard::PageId step,
                        FetchBackPanel *panel,
                        FetchBackJob *fetch,
                        qint64 offsetMs);
    void onStepReport(DoctorWizard::PageId step);
    void save();
    void finishJournal();
    void storageProblem(const QString &reason);
    static QString stepName(DoctorWizard::PageId step);

    DoctorWizard *m_wizard;
    QString m_directory;
    QString m_fileName; // the run's, in the history folder
    QString m_lastSaved;
    bool m_lastSaveOk = false;
    bool m_problemShown = false;
    bool m_closed = false; // recordUnfinishedSteps() ran, no step since
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<RunJournal> m_journal;
    QHash<DoctorWizard::PageId, TrackedRun> m_runs;
    QSet<DoctorWizard::PageId> m_reportedSteps; // the wizard has a report of each
    QSet<DoctorWizard::PageId> m_carriedOver;   // into the next journal
};
