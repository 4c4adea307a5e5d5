#include "ConnectivityPage.h"

#include "Diagnosis.h"
#include "DoctorWizard.h"
#include "FindingsModel.h"
#include "PortGridModel.h"
#include "PortSweepCheck.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ConnectivityPage::ConnectivityPage(DoctorWizard *wizard)
    : QWizardPage(wizard)
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
    setTitle(tr("Connectivity"));
    setSubTitle(tr("Connecting to the server the way a mail program would."));

    m_view->setObjectName(QStringLiteral("connectivityFindings"));
    m_view->setModel(m_findings);
    m_view->setAccessibleName(tr("Connectivity findings"));
    m_view->setWordWrap(true);
    m_gridView->setObjectName(QStringLiteral("portGrid"));
    m_gridView->setModel(m_grid);
    m_gridView->setAccessibleName(tr("Ports tried on each address"));
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->setObjectName(QStringLiteral("connectivityProgress"));
    m_progress->setRange(0, 0); // busy: the number of steps depends on the server
    m_progress->setAccessibleName(tr("Progress"));
    m_status->setObjectName(QStringLiteral("connectivityStatus"));
    m_status->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("cancelCheckButton"));
    m_rerun->setObjectName(QStringLiteral("rerunButton"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_diagnosis)
            m_diagnosis->cancel();
    });
    connect(m_rerun, &QPushButton::clicked, this, &ConnectivityPage::startDiagnosis);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_rerun);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_gridView);
    layout->addWidget(m_view, 1);
}

void ConnectivityPage::initializePage()
{
    startDiagnosis();
}

void ConnectivityPage::cleanupPage()
{
    // Going back to change the settings: what runs now is for the old ones.
    if (m_diagnosis)
        m_diagnosis->cancel();
}

bool ConnectivityPage::isComplete() const
{
    return !isRunning();
}

bool ConnectivityPage::isRunning() const
{
    return m_diagnosis && m_diagnosis->isRunning();
}

void ConnectivityPage::startDiagnosis()
{
    if (m_diagnosis) {
        m_diagnosis->disconnect(this);
        m_diagnosis->cancel();
        m_diagnosis->deleteLater();
    }
    m_findings->clear();
    m_grid->clear();
    const Target target = m_wizard->target();
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
    connect(m_diagnosis, &Diagnosis::finished, this, &ConnectivityPage::onFinished);
    m_status->setText(tr("Checking %1 port %2...").arg(target.host).arg(target.port));
    m_progress->show();
    m_cancel->setEnabled(true);
    m_rerun->setEnabled(false);
    m_diagnosis->start();
    emit completeChanged();
}

void ConnectivityPage::onFinished()
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
    m_wizard->setConnectivityReport(report);
    emit completeChanged();
}
