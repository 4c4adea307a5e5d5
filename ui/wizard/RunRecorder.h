#pragma once

#include "DoctorWizard.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class Diagnosis;
class ProfileRun;
class WatchRun;

// Saves every run of the wizard to the history (HistoryStore) as it grows:
// after each step, and when the window closes while a step still runs, with
// the findings that step has made so far. Pages register the run of a step
// when they start it (track()); the recorder never searches for them.
// A child of the wizard.
class RunRecorder : public QObject
{
    Q_OBJECT
public:
    explicit RunRecorder(DoctorWizard *wizard, const QString &historyDirectory = QString());

    QString lastSavedPath() const { return m_lastSaved; }
    // The run a step has just started; it replaces that step's earlier run.
    void track(DoctorWizard::PageId step, Diagnosis *diagnosis);
    void track(DoctorWizard::PageId step, ProfileRun *run);
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
    };

    void save();

    DoctorWizard *m_wizard;
    QString m_directory;
    QString m_lastSaved;
    QHash<DoctorWizard::PageId, TrackedRun> m_runs;
};
