// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultsView.h"

#include "DialogProvider.h"
#include "FindingDetails.h"
#include "GroupedFindingsModel.h"
#include "report/MarkdownReport.h"
#include "ProblemsFilterModel.h"
#include "ReportExporter.h"
#include "report/ReportDigest.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_findings(new GroupedFindingsModel(this))
    , m_filter(new ProblemsFilterModel(this))
    , m_verdict(new QLabel(this))
    , m_vantage(new QTableWidget(0, 3, this))
    , m_problemsOnly(new QCheckBox(tr("&Problems only"), this))
    , m_view(new QTreeView(this))
    , m_details(new QTextBrowser(this))
    , m_copy(new QPushButton(tr("&Copy report"), this))
    , m_export(new QPushButton(tr("&Export..."), this))
{
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    m_vantage->setObjectName(QStringLiteral("vantageTable"));
    m_vantage->setAccessibleName(VantageTable::title());
    m_vantage->setHorizontalHeaderLabels(
        {VantageTable::portHeading(), VantageTable::hereHeading(), VantageTable::siteHeading()});
    m_vantage->verticalHeader()->hide();
    m_vantage->horizontalHeader()->setStretchLastSection(true);
    m_vantage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_vantage->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_vantage->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_vantage->setWordWrap(true);
    m_vantage->hide();
    // QWizard gives a new page's focus to its first focusable child, hidden
    // or not: a hidden table with a focus policy would take it from the page.
    m_vantage->setFocusPolicy(Qt::NoFocus);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnlyCheck"));
    m_copy->setObjectName(QStringLiteral("copyReportButton"));
    m_copy->setToolTip(tr("Copy the report as Markdown, ready to paste into a support ticket "
                          "(Ctrl+C)"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save the report as Markdown, HTML, JSON or PDF (Ctrl+S)"));
    m_view->setObjectName(QStringLiteral("resultsView"));
    m_view->setAccessibleName(tr("Findings, grouped by step"));
    m_view->setHeaderHidden(true);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->setAllColumnsShowFocus(true);
    m_details->setObjectName(QStringLiteral("detailsBrowser"));
    m_details->setAccessibleName(tr("Details of the selected finding"));

    m_filter->setSourceModel(m_findings);
    m_view->setModel(m_filter);
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setProblemsOnly(on);
        m_view->expandAll();
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &ResultsView::showDetails);
    connect(m_copy, &QPushButton::clicked, this, &ResultsView::copyReport);
    connect(m_export, &QPushButton::clicked, this, &ResultsView::exportReport);
    // Ctrl+C copies the report, except where the user selected some text
    // in the details: then it copies that, as everywhere else.
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, this);
    copyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(copyShortcut, &QShortcut::activated, this, [this] {
        if (m_details->hasFocus() && m_details->textCursor().hasSelection())
            m_details->copy();
        else
            copyReport();
    });
    // Ctrl+S exports from anywhere in the window while the results show
    // (the wizard's buttons too: keyboard users end a page there).
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WindowShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ResultsView::exportReport);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_problemsOnly);
    tools->addStretch();
    tools->addWidget(m_copy);
    tools->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verdict);
    layout->addWidget(m_vantage);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);

    // Tab follows the page: the table of both sides (when shown), the row of
    // tools, then the findings and the details of the one selected.
    setTabOrder(m_vantage, m_problemsOnly);
    setTabOrder(m_problemsOnly, m_copy);
    setTabOrder(m_copy, m_export);
    setTabOrder(m_export, m_view);
    setTabOrder(m_view, m_details);
    clear(QString());
}

void ResultsView::clear(const QString &message)
{
    m_hasReport = false;
    m_report = Report();
    m_findings->setGroups({});
    m_details->clear();
    showVantageTable(VantageTable(Report()));
    m_verdict->setText(message);
    m_copy->setEnabled(false);
    m_export->setEnabled(false);
}

void ResultsView::setReport(const Report &report)
{
    m_report = report;
    m_hasReport = true;
    const ReportDigest digest(report);
    m_findings->setGroups(digest.groups());
    m_verdict->setText(digest.verdict());
    showVantageTable(digest.vantageTable());
    m_copy->setEnabled(true);
    m_export->setEnabled(true);
    m_view->expandAll();
    // The worst finding, selected: its details show at once.
    const QModelIndex firstGroup = m_filter->index(0, 0);
    m_view->setCurrentIndex(m_filter->index(0, 0, firstGroup));
}

void ResultsView::showVantageTable(const VantageTable &table)
{
    m_vantage->setRowCount(0);
    m_vantage->setVisible(!table.isEmpty());
    m_vantage->setFocusPolicy(table.isEmpty() ? Qt::NoFocus : Qt::StrongFocus);
    for (const VantageTable::Row &row : table.rows()) {
        const int at = m_vantage->rowCount();
        m_vantage->insertRow(at);
        const QStringList cells{QString::number(row.port), row.here, row.site};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (row.differs) {
                // Bold and said in words (the tooltip, read by screen readers too).
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setToolTip(VantageTable::differsMark());
            }
            m_vantage->setItem(at, column, item);
        }
    }
    m_vantage->resizeColumnsToContents();
    m_vantage->resizeRowsToContents();
    // As tall as its rows, no more: the findings below are the main part.
    int height = m_vantage->horizontalHeader()->height() + 2 * m_vantage->frameWidth();
    for (int row = 0; row < m_vantage->rowCount(); ++row)
        height += m_vantage->rowHeight(row);
    m_vantage->setFixedHeight(height);
}

void ResultsView::showDetails()
{
    const QModelIndex index = m_filter->mapToSource(m_view->currentIndex());
    const Finding *finding = m_findings->finding(index);
    m_details->setHtml(finding ? FindingDetails::toHtml(*finding, m_report.events) : QString());
}

void ResultsView::copyReport()
{
    if (!m_hasReport)
        return;
    // Markdown: it pastes well into support tickets, issue trackers and
    // chats. No secret is in a Report (Target holds none, events are
    // redacted where they are made).
    QGuiApplication::clipboard()->setText(MarkdownReport::write(m_report));
}

void ResultsView::exportReport()
{
    if (!m_hasReport)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(documents).filePath(
        QStringLiteral("smtp-doctor-%1-%2.html")
            .arg(m_report.target.host.isEmpty() ? QStringLiteral("report") : m_report.target.host,
                 m_report.started.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QStringList filters = ReportExporter::fileFilters();
    QString filter = filters.at(int(ReportExporter::Format::Html));
    const QString chosen = DialogProvider::instance().saveFileName(
        this, tr("Export the report"), suggested, filters, &filter);
    if (chosen.isEmpty())
        return;
    const auto format = ReportExporter::formatOf(chosen, filter);
    if (!format) {
        DialogProvider::instance().showError(
            this,
            tr("Export the report"),
            tr("Choose a file ending in .md, .html, .json or .pdf."));
        return;
    }
    const QString path = ReportExporter::withSuffix(chosen, *format);
    QString error;
    if (!ReportExporter::write(m_report, path, *format, &error)) {
        DialogProvider::instance().showError(this,
                                             tr("Export the report"),
                                             tr("The report could not be saved to %1: %2")
                                                 .arg(QDir::toNativeSeparators(path), error));
    }
}
