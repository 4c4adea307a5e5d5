// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DoctorWizard.h"

#include <QWizardPage>

class Diagnosis;
class FindingsModel;
class PortGridModel;
class QTableView;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;

// A wizard step that runs one part of the engine's diagnosis live, when
// shown: the connectivity step (connects as a mail program would, with the
// port grid) or the domain records step. Next waits until it has finished
// or was cancelled; Cancel and Run again are on the page.
class DiagnosisPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Stage { Connectivity, Domain };

    DiagnosisPage(Stage stage, DoctorWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const;

private:
    void startDiagnosis();
    void onFinished();

    DoctorWizard::PageId step() const;
    QString objectName(const char *part) const;

    Stage m_stage;
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
