// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterruptedRunNotice.h"

#include "DialogProvider.h"
#include "ReportWindow.h"

#include "core/CheckName.h"
#include "report/HistoryStore.h"
#include "report/ReportFile.h"
#include "report/ReportStep.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

void InterruptedRunNotice::showOnStart(QWidget *parent, const QString &historyDirectory)
{
    QPointer<QWidget> window = parent;
    QTimer::singleShot(0, parent, [window, historyDirectory] {
        if (window)
            check(window, historyDirectory);
    });
}

QString InterruptedRunNotice::check(QWidget *parent, const QString &historyDirectory)
{
    HistoryStore store(historyDirectory);
    QString error;
    QStringList runs = store.recoverInterrupted(&error);
    // A history that cannot be written keeps the journals: they still read.
    if (runs.isEmpty())
        runs = store.interruptedJournals();
    if (runs.isEmpty())
        return {};
    const QString newest = runs.constFirst();
    const std::optional<Report> report = ReportFile::load(newest, nullptr);
    if (!report)
        return {}; // listed as damaged in the history
    QString step = report->stopped ? ReportStep::title(report->stopped->step)
                                   : ReportStep::title(ReportStep::Step::Other);
    // The repeated attempts are grouped with the connectivity findings, but
    // the user was on their own page when the run stopped.
    if (report->stopped && report->stopped->checks.value(0) == CheckName::watch())
        step = tr("Repeated attempts");
    QString text = tr("The last run stopped unexpectedly: SMTP Doctor was closed by force or "
                      "crashed during the step \"%1\" (%2 port %3).")
                       .arg(step, report->target.host)
                       .arg(report->target.port);
    text += QLatin1Char(' ')
            + tr("Findings it had recorded: %1. They are kept in the history, marked "
                 "interrupted.")
                  .arg(report->findings.size());
    if (!error.isEmpty())
        text += QLatin1Char(' ')
                + tr("It could not be saved as a report (%1): it stays as it was recorded.")
                      .arg(error);
    if (DialogProvider::instance().ask(parent,
                                       tr("The last run stopped unexpectedly"),
                                       text,
                                       tr("Open what it found"),
                                       tr("Not now")))
        ReportWindow::openFile(newest, parent);
    return newest;
}
