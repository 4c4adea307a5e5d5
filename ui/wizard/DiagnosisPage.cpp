// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisPage.h"

#include "core/Diagnosis.h"
#include "DoctorWizard.h"
#include "FindingsModel.h"
#include "PortGridModel.h"
#include "RunRecorder.h"
#include "net/PortSweepCheck.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

DiagnosisPage::DiagnosisPage(Stage stage, DoctorWizard *wizard)
    : QWizardPage(wizard)
    , m_stage(stage)
    , m_wizard(wizard)
    , m_findings(new FindingsModel(this))
    , m_grid(new PortGridModel(this))
    , m_gridView(new QTableView(this))
    , m_view(new QListView(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel check"), this))
    , m_rerun(new QPushButton(tr("&Run again"), this))
{
    if (stage == Stage::Connectivity) {
        setTitle(tr("Connectivity"));
        setSubTitle(tr("Connecting to the server the way a mail program would."));
        m_view->setAccessibleName(tr("Connectivity findings"));
    } else {
        setTitle(tr("Domain records"));
        setSubTitle(
            tr("The sender domain's MX, SPF, DKIM and DMARC records, as receivers see them."));
        m_view->setAccessibleName(tr("Domain record findings"));
        m_gridView->hide();
    }
    m_view->setObjectName(objectName("Findings"));
    m_view->setModel(m_findings);
    m_view->setWordWrap(true);
    m_gridView->setObjectName(QStringLiteral("portGrid"));
    m_gridView->setModel(m_grid);
    m_gridView->setAccessibleName(tr("Ports tried on each address"));
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the grid (the arrows move within it), as in any form.
    m_gridView->setTabKeyNavigation(false);
    m_progress->setObjectName(objectName("Progress"));
    m_progress->setRange(0, 0); // busy: the number of steps depends on the server
    m_progress->setAccessibleName(tr("Progress"));
    m_status->setObjectName(objectName("Status"));
    m_status->setWordWrap(true);
    m_cancel->setObjectName(objectName("CancelButton"));
    m_rerun->setObjectName(objectName("RerunButton"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_diagnosis)
            m_diagnosis->cancel();
    });
    connect(m_rerun, &QPushButton::clicked, this, &DiagnosisPage::startDiagnosis);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_rerun);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_gridView);
    layout->addWidget(m_view, 1);
    // Tab follows the page: the buttons above, then the grid and the findings.
    setTabOrder(m_cancel, m_rerun);
    setTabOrder(m_rerun, m_gridView);
    setTabOrder(m_gridView, m_view);
}

void DiagnosisPage::initializePage()
{
    startDiagnosis();
}

void DiagnosisPage::cleanupPage()
{
    // Going back to change the settings: what runs now is for the old ones.
    if (m_diagnosis)
        m_diagnosis->cancel();
}

bool DiagnosisPage::isComplete() const
{
    return !isRunning();
}

bool DiagnosisPage::isRunning() const
{
    return m_diagnosis && m_diagnosis->isRunning();
}

void DiagnosisPage::startDiagnosis()
{
    if (m_diagnosis) {
        m_diagnosis->disconnect(this);
        m_diagnosis->cancel();
        m_diagnosis->deleteLater();
    }
    m_findings->clear();
    m_grid->clear();
    Target target = m_wizard->target();
    if (m_stage == Stage::Domain) {
        target.checkServer = false;
        if (target.domain.isEmpty()) {
            m_status->setText(
                tr("No sender domain was entered on the server settings page: there are no "
                   "records to check. Press Next to go on."));
            m_progress->hide();
            m_cancel->setEnabled(false);
            m_rerun->setEnabled(false);
            emit completeChanged();
            return;
        }
    } else {
        target.domain.clear(); // the domain records have their own step
    }
    m_diagnosis = new Diagnosis(target, this);
    if (!m_diagnosis->setupError().isEmpty()) {
        m_status->setText(m_diagnosis->setupError());
        m_progress->hide();
        m_cancel->setEnabled(false);
        delete m_diagnosis;
        m_diagnosis = nullptr;
        emit completeChanged();
        return;
    }
    connect(m_diagnosis, &Diagnosis::findingAdded, m_findings, &FindingsModel::append);
    connect(
        m_diagnosis->portSweep(), &PortSweepCheck::cellChanged, m_grid, &PortGridModel::setCell);
    connect(m_diagnosis, &Diagnosis::progressChanged, this, [this](int, int, const QString &step) {
        m_status->setText(step);
    });
    connect(m_diagnosis, &Diagnosis::finished, this, &DiagnosisPage::onFinished);
    m_status->setText(m_stage == Stage::Connectivity
                          ? tr("Checking %1 port %2...").arg(target.host).arg(target.port)
                          : tr("Looking up the records of %1...").arg(target.domain));
    m_progress->show();
    m_cancel->setEnabled(true);
    m_rerun->setEnabled(false);
    m_wizard->runRecorder()->track(step(), m_diagnosis);
    m_diagnosis->start();
    emit completeChanged();
}

void DiagnosisPage::onFinished()
{
    const Report report = Report::fromDiagnosis(
        *m_diagnosis, QDateTime::currentDateTime().addMSecs(-m_diagnosis->elapsedMs()));
    int problems = 0;
    for (const Finding &finding : report.findings)
        problems += finding.severity == Finding::Severity::Failure;
    m_status->setText(problems == 0 ? tr("Done: no problem found.")
                                    : tr("Done: %n problem(s) found.", nullptr, problems));
    m_progress->hide();
    m_cancel->setEnabled(false);
    m_rerun->setEnabled(true);
    m_wizard->setReport(step(), report);
    emit completeChanged();
}

DoctorWizard::PageId DiagnosisPage::step() const
{
    return m_stage == Stage::Connectivity ? DoctorWizard::ConnectivityPageId
                                          : DoctorWizard::DomainPageId;
}

QString DiagnosisPage::objectName(const char *part) const
{
    return (m_stage == Stage::Connectivity ? QStringLiteral("connectivity")
                                           : QStringLiteral("domain"))
           + QLatin1String(part);
}
