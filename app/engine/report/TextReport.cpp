// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/TextReport.h"

#include "report/ReportDigest.h"
#include "report/StepTimings.h"
#include "watch/WatchTable.h"

#include <algorithm>

QString TextReport::securityLabel(Target::Security security)
{
    switch (security) {
    case Target::Security::None:
        return tr("no encryption");
    case Target::Security::StartTls:
        return tr("STARTTLS");
    case Target::Security::Tls:
        return tr("SSL/TLS");
    }
    return {};
}

QString TextReport::findingText(const Finding &finding)
{
    QString text = QStringLiteral("[%1] %2  (%3)\n")
                       .arg(Finding::severityLabel(finding.severity).toUpper(),
                            finding.title,
                            finding.id);
    if (finding.severity == Finding::Severity::Pass)
        return text;
    text += QStringLiteral("    ") + finding.explanation + QLatin1Char('\n');
    if (!finding.advice.isEmpty()) {
        text += QStringLiteral("    ") + tr("What to do:") + QLatin1Char('\n');
        for (int i = 0; i < finding.advice.size(); ++i)
            text += QStringLiteral("      %1. %2\n").arg(i + 1).arg(finding.advice.at(i));
    }
    if (!finding.evidence.isEmpty()) {
        text += QStringLiteral("    ") + tr("Evidence:") + QLatin1Char('\n');
        for (const QString &line : finding.evidence)
            text += QStringLiteral("      ") + line + QLatin1Char('\n');
    }
    return text;
}

QString TextReport::vantageText(const VantageTable &table)
{
    if (table.isEmpty())
        return {};
    // Columns as wide as their longest cell, so that the sides line up.
    qsizetype portWidth = VantageTable::portHeading().size();
    qsizetype hereWidth = VantageTable::hereHeading().size();
    for (const VantageTable::Row &row : table.rows()) {
        portWidth = std::max(portWidth, QString::number(row.port).size());
        hereWidth = std::max(hereWidth, row.here.size());
    }
    const QString title = VantageTable::title();
    QString text = title + QLatin1Char('\n') + QString(title.size(), QLatin1Char('-'))
                   + QLatin1Char('\n');
    text += QStringLiteral("%1  %2  %3\n")
                .arg(VantageTable::portHeading().leftJustified(portWidth),
                     VantageTable::hereHeading().leftJustified(hereWidth),
                     VantageTable::siteHeading());
    for (const VantageTable::Row &row : table.rows()) {
        text += QStringLiteral("%1  %2  %3")
                    .arg(QString::number(row.port).leftJustified(portWidth),
                         row.here.leftJustified(hereWidth),
                         row.site);
        if (row.differs)
            text += QStringLiteral("  <- ") + VantageTable::differsMark();
        text += QLatin1Char('\n');
    }
    return text + QLatin1Char('\n');
}

QString TextReport::timingText(const StepTimings &timings)
{
    if (timings.isEmpty())
        return {};
    qsizetype stepWidth = StepTimings::stepHeading().size();
    qsizetype startWidth = StepTimings::startHeading().size();
    for (const StepTimings::Step &step : timings.steps()) {
        stepWidth = std::max(stepWidth, step.step.size());
        startWidth = std::max(startWidth, StepTimings::milliseconds(step.startMs).size());
    }
    const QString title = StepTimings::title();
    QString text = title + QLatin1Char('\n') + QString(title.size(), QLatin1Char('-'))
                   + QLatin1Char('\n');
    text += QStringLiteral("%1  %2  %3\n")
                .arg(StepTimings::stepHeading().leftJustified(stepWidth),
                     StepTimings::startHeading().leftJustified(startWidth),
                     StepTimings::durationHeading());
    for (const StepTimings::Step &step : timings.steps())
        text += QStringLiteral("%1  %2  %3\n")
                    .arg(step.step.leftJustified(stepWidth),
                         StepTimings::milliseconds(step.startMs).leftJustified(startWidth),
                         StepTimings::milliseconds(step.durationMs));
    return text;
}

QString TextReport::write(const Report &report)
{
    const ReportDigest digest(report);
    QString text;
    // A message checked alone names no server (there is no "port 0").
    text += report.target.host.isEmpty()
                ? tr("SMTP Doctor %1: no server checked\n").arg(report.environment.appVersion)
                : tr("SMTP Doctor %1: %2 port %3, %4\n")
                      .arg(report.environment.appVersion, report.target.host)
                      .arg(report.target.port)
                      .arg(securityLabel(report.target.security));
    text += tr("DNS resolver: %1\n").arg(report.environment.resolver);
    for (const auto &[label, value] : digest.situation())
        text += QStringLiteral("%1: %2\n").arg(label, value);
    text += QLatin1Char('\n') + digest.verdict() + QStringLiteral("\n\n");
    if (report.stopped)
        text += report.stopped->sentence() + QStringLiteral("\n\n");
    if (report.watch)
        text += WatchTable::text(*report.watch);
    text += vantageText(digest.vantageTable());

    for (const FindingGroup &group : digest.groups()) {
        const QString title = ReportStep::title(group.step);
        text += title + QLatin1Char('\n') + QString(title.size(), QLatin1Char('-'))
                + QLatin1Char('\n');
        for (const Finding &finding : group.findings)
            text += findingText(finding);
        text += QLatin1Char('\n');
    }
    for (const Report::CheckSummary &check : report.checks) {
        if (!check.skipReason.isEmpty())
            text += tr("Not checked: %1, because %2\n").arg(check.name, check.skipReason);
    }
    const QString timing = timingText(StepTimings(report.events));
    if (!timing.isEmpty())
        text += QLatin1Char('\n') + timing;
    text += QLatin1Char('\n')
            + tr("%1 problem(s), %2 warning(s), %3 passed, in %4 ms\n")
                  .arg(digest.count(Finding::Severity::Failure))
                  .arg(digest.count(Finding::Severity::Warning))
                  .arg(digest.count(Finding::Severity::Pass))
                  .arg(report.durationMs);
    return text;
}
