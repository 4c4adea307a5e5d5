// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWizardPage>

class AttemptChart;
class DoctorWizard;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;
class WatchRun;
struct WatchAttempt;

// "Works sometimes": the same connection repeated (WatchRun), with a live
// chart of each phase's time and the failures, and a small table. Start and
// Cancel are on the page; cancelling, going back or closing the window
// keeps what was measured, handed to the wizard as this step's report.
class WatchPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WatchPage(DoctorWizard *wizard);

    // Says what Start will do: connect, and sign in when the test e-mail
    // step has a user name and a secret.
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const;
    // Made on first use (the page's first showing, a run, a test): Qt
    // Charts costs more to set up than the rest of the wizard's start.
    AttemptChart *chart();

private:
    void start();
    void onAttemptFinished(const WatchAttempt &attempt);
    void onFinished();

    DoctorWizard *m_wizard;
    WatchRun *m_run = nullptr;
    QDateTime m_started;
    QSpinBox *m_count;
    QDoubleSpinBox *m_interval;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_table;
    AttemptChart *m_chart = nullptr;
    QVBoxLayout *m_layout;
};
