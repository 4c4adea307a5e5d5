#pragma once

#include <QWizardPage>

class Diagnosis;
class DoctorWizard;
class FindingsModel;
class PortGridModel;
class QTableView;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;

// Step 3: connects to the server as a mail program would, live. Runs the
// engine's diagnosis when shown; Next waits until it has finished (or was
// cancelled). Cancel and Run again are on the page.
class ConnectivityPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectivityPage(DoctorWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const;

private:
    void startDiagnosis();
    void onFinished();

    DoctorWizard *m_wizard;
    Diagnosis *m_diagnosis = nullptr;
    FindingsModel *m_findings;
    PortGridModel *m_grid;
    QTableView *m_gridView;
    QListView *m_view;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_rerun;
};
