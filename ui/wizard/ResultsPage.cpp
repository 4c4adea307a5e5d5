#include "ResultsPage.h"

#include "DoctorWizard.h"
#include "FindingDetails.h"
#include "FindingsModel.h"
#include "MarkdownReport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

ResultsPage::ResultsPage(DoctorWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_findings(new FindingsModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_verdict(new QLabel(this))
    , m_problemsOnly(new QCheckBox(tr("&Problems only"), this))
    , m_view(new QListView(this))
    , m_details(new QTextBrowser(this))
    , m_copy(new QPushButton(tr("&Copy report"), this))
{
    setTitle(tr("Results"));
    setFinalPage(true);

    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnlyCheck"));
    m_copy->setObjectName(QStringLiteral("copyReportButton"));
    m_view->setObjectName(QStringLiteral("resultsView"));
    m_view->setAccessibleName(tr("Findings"));
    m_view->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("detailsBrowser"));
    m_details->setAccessibleName(tr("Details of the selected finding"));

    // "Problems only" keeps the warnings and failures.
    m_filter->setSourceModel(m_findings);
    m_filter->setFilterRole(FindingsModel::SeverityRole);
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setFilterRegularExpression(on ? QStringLiteral("^[%1%2]$")
                                                      .arg(int(Finding::Severity::Warning))
                                                      .arg(int(Finding::Severity::Failure))
                                                : QString());
    });
    m_view->setModel(m_filter);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &ResultsPage::showDetails);
    connect(m_copy, &QPushButton::clicked, this, &ResultsPage::copyReport);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_problemsOnly);
    tools->addStretch();
    tools->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
}

void ResultsPage::initializePage()
{
    if (!m_wizard->hasReport()) {
        m_findings->clear();
        m_verdict->setText(tr("No check has run yet: go back to the connectivity step."));
        m_copy->setEnabled(false);
        return;
    }
    const QList<Finding> findings = m_wizard->combinedReport().sortedFindings();
    m_findings->setFindings(findings);
    m_copy->setEnabled(true);
    const Finding worst = findings.value(0);
    if (findings.isEmpty() || worst.severity == Finding::Severity::Pass) {
        m_verdict->setText(
            tr("No problem found: this server accepts connections as a mail program expects."));
    } else {
        // One sentence: the most likely cause, then the first thing to do.
        m_verdict->setText(worst.advice.isEmpty()
                               ? tr("Most likely cause: %1.").arg(worst.title)
                               : tr("Most likely cause: %1. Next step: %2")
                                     .arg(worst.title, worst.advice.constFirst()));
    }
    m_view->setCurrentIndex(m_filter->index(0, 0));
}

void ResultsPage::showDetails()
{
    const QModelIndex index = m_filter->mapToSource(m_view->currentIndex());
    m_details->setHtml(index.isValid() ? FindingDetails::toHtml(m_findings->finding(index.row()))
                                       : QString());
}

void ResultsPage::copyReport()
{
    // Markdown: it pastes well into support tickets, issue trackers and chats.
    QGuiApplication::clipboard()->setText(MarkdownReport::write(m_wizard->combinedReport()));
}
