// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultsPage.h"

#include "DialogProvider.h"
#include "DoctorWizard.h"
#include "ResultsView.h"
#include "core/CheckName.h"
#include "report/ReportFile.h"
#include "site/SiteReportMerge.h"

#include <QDir>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ResultsPage::ResultsPage(DoctorWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_view(new ResultsView(this))
    , m_addServerReport(new QPushButton(tr("Add the &server's report..."), this))
{
    setTitle(tr("Results"));
    setFinalPage(true);
    m_addServerReport->setObjectName(QStringLiteral("addServerReportButton"));
    m_addServerReport->setToolTip(
        tr("Compare with a JSON report that smtp-doctor-cli made on your web server: what "
           "your website sees, port by port"));
    connect(m_addServerReport, &QPushButton::clicked, this, &ResultsPage::chooseServerReport);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_addServerReport);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addLayout(row);
    // A step that ends while the results show (a late cancel) updates them.
    connect(wizard, &DoctorWizard::reportChanged, this, [this] {
        if (m_wizard->currentPage() == this)
            initializePage();
    });
}

void ResultsPage::initializePage()
{
    m_addServerReport->setEnabled(m_wizard->hasReport());
    if (!m_wizard->hasReport()) {
        m_view->clear(tr("No check has run yet: go back to the connectivity step."));
        return;
    }
    m_view->setReport(m_wizard->combinedReport());
}

void ResultsPage::chooseServerReport()
{
    const QString path = DialogProvider::instance().openFileName(
        this,
        tr("Add the server's report"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        {tr("SMTP Doctor reports (*.json)")});
    if (path.isEmpty())
        return;
    QString error;
    if (!addServerReport(path, &error)) {
        DialogProvider::instance().showError(
            this,
            tr("Add the server's report"),
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), error));
    }
}

bool ResultsPage::addServerReport(const QString &path, QString *error)
{
    const auto server = ReportFile::load(path, error);
    if (!server)
        return false;
    // This computer's side alone: a server report added before is replaced.
    Report here = m_wizard->combinedReport();
    here.findings.removeIf([](const Finding &finding) {
        return finding.subject.vantage == FindingSubject::Vantage::Site;
    });
    const Report merged = SiteReportMerge::withServerReport(here, *server);
    Report step;
    step.target = here.target;
    step.started = server->started;
    step.findings = merged.findings.mid(here.findings.size());
    step.checks.append({CheckName::site(), QStringLiteral("done"), QString()});
    m_wizard->setReport(DoctorWizard::ServerRunPageId, step);
    return true;
}
