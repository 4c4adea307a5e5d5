#include "RunRecorder.h"

#include "core/Diagnosis.h"
#include "profile/ProfileRun.h"
#include "report/HistoryStore.h"
#include "watch/WatchRun.h"

RunRecorder::RunRecorder(DoctorWizard *wizard, const QString &historyDirectory)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_directory(historyDirectory)
{
    connect(wizard, &DoctorWizard::reportChanged, this, &RunRecorder::save);
    // QDialog sends every way of closing (Cancel, Finish, Escape, the
    // window's close button) through done(), which emits finished.
    connect(wizard, &QWizard::finished, this, &RunRecorder::recordUnfinishedSteps);
}

void RunRecorder::track(DoctorWizard::PageId step, Diagnosis *diagnosis)
{
    m_runs.insert(step,
                  {diagnosis,
                   [diagnosis] { return diagnosis->isRunning(); },
                   [diagnosis] { diagnosis->cancel(); },
                   [diagnosis] {
                       const QDateTime started = QDateTime::currentDateTime().addMSecs(
                           -diagnosis->elapsedMs());
                       return Report::fromDiagnosis(*diagnosis, started);
                   }});
}

void RunRecorder::track(DoctorWizard::PageId step, ProfileRun *run)
{
    // The test e-mail step runs main and backup together: its report merges both.
    m_runs.insert(step,
                  {run,
                   [run] { return run->isRunning(); },
                   [run] { run->cancel(); },
                   [run] {
                       return run->report();
                   }});
}

void RunRecorder::track(DoctorWizard::PageId step, WatchRun *run, const QDateTime &started)
{
    m_runs.insert(step,
                  {run,
                   [run] { return run->isRunning(); },
                   [run] { run->cancel(); },
                   [run, started] {
                       return run->report(started);
                   }});
}

void RunRecorder::recordUnfinishedSteps()
{
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it) {
        if (!it->run || !it->isRunning())
            continue;
        it->cancel();
        // A check called from its own signal cancels a moment later: its
        // findings so far are in the report either way.
        m_wizard->setReport(it.key(), it->report());
    }
    save();
}

void RunRecorder::save()
{
    if (!m_wizard->hasReport())
        return;
    QString error;
    const QString path = HistoryStore(m_directory).save(m_wizard->combinedReport(), &error);
    if (path.isEmpty())
        qWarning("SMTP Doctor: the run could not be saved to the history: %s", qPrintable(error));
    else
        m_lastSaved = path;
}
