// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchPage.h"

#include "AttemptChart.h"
#include "DoctorWizard.h"
#include "RunRecorder.h"
#include "WizardSession.h"
#include "watch/WatchRun.h"
#include "watch/WatchSummary.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

WatchPage::WatchPage(DoctorWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_count(new QSpinBox(this))
    , m_interval(new QDoubleSpinBox(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_layout(new QVBoxLayout(this))
{
    setTitle(tr("Repeated attempts"));
    setSubTitle(tr("The same connection, again and again: how often it fails, how, and how "
                   "long each step takes."));
    m_count->setObjectName(QStringLiteral("watchCount"));
    m_count->setRange(2, 1000);
    m_count->setValue(10);
    m_count->setAccessibleName(tr("Number of attempts"));
    m_interval->setObjectName(QStringLiteral("watchInterval"));
    m_interval->setRange(0, 3600);
    m_interval->setDecimals(1);
    m_interval->setValue(5);
    m_interval->setSuffix(tr(" s"));
    m_interval->setAccessibleName(tr("Seconds between attempts"));
    m_start->setObjectName(QStringLiteral("watchStartButton"));
    m_cancel->setObjectName(QStringLiteral("watchCancelButton"));
    m_cancel->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("watchProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("watchStatus"));
    m_status->setWordWrap(true);
    m_status->setText(
        tr("Press Start to connect %1 times; no message is sent.").arg(m_count->value()));
    m_table->setObjectName(QStringLiteral("watchTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Attempt"), tr("Started"), tr("Result"), tr("Connect / greeting / TLS (ms)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table (the arrows move within it), as in any form.
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Attempts"));
    m_table->setMaximumHeight(120);

    connect(m_count, &QSpinBox::valueChanged, this, [this](int count) {
        if (!isRunning())
            m_status->setText(
                tr("Press Start to connect %1 times; no message is sent.").arg(count));
    });
    connect(m_start, &QPushButton::clicked, this, &WatchPage::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->cancel();
    });
    // Closing the window mid-run: what was measured becomes the step's
    // report before the run is recorded in the history.
    connect(wizard, &QWizard::finished, this, [this] {
        if (isRunning())
            m_run->cancel();
    });

    auto *settings = new QFormLayout;
    settings->addRow(tr("&Attempts:"), m_count);
    settings->addRow(tr("&Every:"), m_interval);
    auto *buttons = new QHBoxLayout;
    buttons->addLayout(settings);
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    m_layout->addLayout(buttons);
    m_layout->addWidget(m_progress);
    m_layout->addWidget(m_status);
    m_layout->addWidget(m_table); // the chart goes above it, made by chart()
}

AttemptChart *WatchPage::chart()
{
    if (!m_chart) {
        m_chart = new AttemptChart(this);
        m_chart->setObjectName(QStringLiteral("watchChart"));
        m_layout->insertWidget(m_layout->indexOf(m_table), m_chart, 1);
        // Made last, it would come last on Tab: keep it before the table.
        setTabOrder(m_chart, m_table);
    }
    return m_chart;
}

void WatchPage::initializePage()
{
    chart();
    if (isRunning())
        return;
    const auto credentials = m_wizard->session()->credentials();
    m_status->setText(
        credentials
            ? tr("Press Start to connect %1 times and sign in as %2 each "
                 "time; no message is sent.")
                  .arg(m_count->value())
                  .arg(credentials->user)
            : tr("Press Start to connect %1 times; no message is sent.").arg(m_count->value()));
}

void WatchPage::cleanupPage()
{
    // Going back to change the settings: stop, keeping what was measured.
    if (isRunning())
        m_run->cancel();
}

bool WatchPage::isComplete() const
{
    return !isRunning();
}

bool WatchPage::isRunning() const
{
    return m_run && m_run->isRunning();
}

void WatchPage::start()
{
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
        m_run->deleteLater();
    }
    chart()->clear();
    m_table->setRowCount(0);
    WatchRun::Settings settings;
    settings.target = m_wizard->target();
    settings.count = m_count->value();
    settings.intervalMs = int(m_interval->value() * 1000);
    settings.messagesAllowed = 0; // the wizard's watch sends no message
    // With the test e-mail step's sign-in, every attempt signs in too.
    const WizardSession *session = m_wizard->session();
    if (const auto credentials = session->credentials()) {
        session->applySignIn(&settings.target);
        settings.credentials = credentials;
    }
    m_run = new WatchRun(settings, this);
    if (!m_run->setupError().isEmpty()) {
        m_status->setText(m_run->setupError());
        delete m_run;
        m_run = nullptr;
        return;
    }
    connect(m_run, &WatchRun::attemptStarted, this, [this](int index) {
        m_status->setText(tr("Attempt %1 of %2...").arg(index).arg(m_count->value()));
    });
    connect(m_run, &WatchRun::attemptFinished, this, &WatchPage::onAttemptFinished);
    connect(m_run, &WatchRun::finished, this, &WatchPage::onFinished);
    m_progress->setRange(0, settings.count);
    m_progress->setValue(0);
    m_progress->show();
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_count->setEnabled(false);
    m_interval->setEnabled(false);
    m_status->setText(tr("Resolving %1...").arg(settings.target.host));
    m_started = QDateTime::currentDateTime();
    m_wizard->runRecorder()->track(DoctorWizard::WatchPageId, m_run, m_started);
    m_run->start();
    emit completeChanged();
}

void WatchPage::onAttemptFinished(const WatchAttempt &attempt)
{
    chart()->addAttempt(attempt);
    m_progress->setValue(attempt.index);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    QStringList times;
    for (WatchAttempt::Phase phase :
         {WatchAttempt::Phase::Connect, WatchAttempt::Phase::Greeting, WatchAttempt::Phase::Tls})
        times.append(attempt.ms(phase) < 0 ? QStringLiteral("-")
                                           : QString::number(attempt.ms(phase)));
    const QStringList cells{
        QString::number(attempt.index),
        m_started.addMSecs(attempt.offsetMs).toString(QStringLiteral("HH:mm:ss")),
        attempt.succeeded() ? tr("OK") : attempt.outcome(),
        times.join(QLatin1String(" / "))};
    for (int column = 0; column < cells.size(); ++column)
        m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    if (!attempt.succeeded())
        m_table->item(row, 2)->setForeground(QColor(0xc6, 0x28, 0x28));
    m_table->scrollToBottom();
}

void WatchPage::onFinished()
{
    const WatchSummary summary = WatchSummary::of(m_run->attempts());
    if (m_run->attempts().isEmpty())
        m_status->setText(m_run->wasCancelled()
                              ? tr("Cancelled before the first attempt.")
                              : tr("No attempt was made: the server's address is unknown."));
    else
        m_status->setText((m_run->wasCancelled()
                               ? tr("%1 of %2 attempts succeeded before you cancelled.")
                               : tr("%1 of %2 attempts succeeded."))
                              .arg(summary.succeeded())
                              .arg(summary.attempts()));
    m_progress->hide();
    m_start->setEnabled(true);
    m_cancel->setEnabled(false);
    m_count->setEnabled(true);
    m_interval->setEnabled(true);
    m_wizard->setReport(DoctorWizard::WatchPageId, m_run->report(m_started));
    emit completeChanged();
}
