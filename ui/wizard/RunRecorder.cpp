#include "RunRecorder.h"

#include "core/Diagnosis.h"
#include "DoctorWizard.h"
#include "report/HistoryStore.h"
#include "profile/ProfileRun.h"

#include <QDateTime>
#include <QWizardPage>

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

void RunRecorder::recordUnfinishedSteps()
{
    for (const int id : m_wizard->pageIds()) {
        QWizardPage *page = m_wizard->page(id);
        // The test e-mail step runs a ProfileRun (main and backup together):
        // its report merges both. Other steps run a bare Diagnosis.
        std::optional<Report> partial;
        for (const ProfileRun *run : page->findChildren<ProfileRun *>()) {
            if (run->isRunning())
                partial = run->report();
        }
        for (const Diagnosis *diagnosis : page->findChildren<Diagnosis *>()) {
            if (partial || !diagnosis->isRunning()
                || qobject_cast<ProfileRun *>(diagnosis->parent()))
                continue;
            const QDateTime started = QDateTime::currentDateTime().addMSecs(
                -diagnosis->elapsedMs());
            partial = Report::fromDiagnosis(*diagnosis, started);
        }
        if (partial)
            m_wizard->setReport(DoctorWizard::PageId(id), *partial);
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
