// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/SiteProbeFile.h"

#include <QWizardPage>

#include <optional>

class DoctorWizard;
class EventLog;
class FindingsModel;
class QLabel;
class QLineEdit;
class QListView;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class SiteProbeClient;

// The "Test from your website" step, after connectivity when the mail is
// sent from a website: saves the one-file PHP probe (SiteProbeFile), says
// how to upload it, takes its URL, runs it (SiteProbeClient, which deletes
// the file at the end) and shows what only the two views together show
// (VantageMerge's site.* findings). The key stays in memory: it is a secret.
class SiteProbePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SiteProbePage(DoctorWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const;

    // Why the URL cannot be used, or empty.
    static QString urlProblem(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void saveProbe();
    void validateUrl();
    void run();
    void onFinished();

    DoctorWizard *m_wizard;
    std::optional<SiteProbeFile::Made> m_probe;
    QString m_probeServer;       // the server the probe was made for
    bool m_probeDeleted = false; // the last one was used and is gone
    QNetworkAccessManager *m_network;
    EventLog *m_log = nullptr;
    SiteProbeClient *m_client = nullptr;
    FindingsModel *m_findings;
    QPushButton *m_save;
    QLabel *m_saved;
    QLineEdit *m_url;
    QLabel *m_urlError;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QListView *m_view;
};
