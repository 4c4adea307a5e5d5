// SPDX-License-Identifier: GPL-3.0-or-later
#include "watch/WatchTable.h"

#include "watch/WatchSummary.h"

QString WatchTable::cell(qint64 ms)
{
    return ms < 0 ? QStringLiteral("-") : QString::number(ms);
}

QString WatchTable::headline(const WatchRecord &record)
{
    const WatchSummary summary = WatchSummary::of(record.attempts);
    QString line = tr("%1 of %2 attempts succeeded (%3%), one every %4 s")
                       .arg(summary.succeeded())
                       .arg(summary.attempts())
                       .arg(qRound(summary.successRatio() * 100))
                       .arg(record.intervalMs / 1000.0);
    if (record.cancelled)
        line += QStringLiteral("; ")
                + tr("cancelled after %1 of %2 planned attempts")
                      .arg(record.attempts.size())
                      .arg(record.plannedAttempts);
    return line;
}

QString WatchTable::text(const WatchRecord &record)
{
    const WatchSummary summary = WatchSummary::of(record.attempts);
    QString text = tr("Repeated attempts: %1").arg(headline(record)) + QLatin1Char('\n');
    text += QStringLiteral("  %1 %2 %3 %4\n")
                .arg(tr("Phase (ms)"), -16)
                .arg(QStringLiteral("p50"), 8)
                .arg(QStringLiteral("p90"), 8)
                .arg(QStringLiteral("max"), 8);
    for (WatchAttempt::Phase phase : WatchAttempt::phases) {
        const WatchSummary::PhaseStats &stats = summary.phase(phase);
        text += QStringLiteral("  %1 %2 %3 %4\n")
                    .arg(WatchAttempt::phaseLabel(phase), -16)
                    .arg(cell(stats.p50), 8)
                    .arg(cell(stats.p90), 8)
                    .arg(cell(stats.max), 8);
    }
    if (!summary.failures().isEmpty())
        text += QStringLiteral("  ") + tr("Failures: %1").arg(summary.failureText())
                + QLatin1Char('\n');
    if (const auto limit = summary.rateLimit())
        text += QStringLiteral("  ")
                + tr("Rate limited after %1 message(s), from attempt %2")
                      .arg(limit->afterMessages)
                      .arg(limit->firstAttempt)
                + QLatin1Char('\n');
    return text + QLatin1Char('\n');
}

QString WatchTable::markdown(const WatchRecord &record)
{
    const WatchSummary summary = WatchSummary::of(record.attempts);
    QString text = QStringLiteral("### %1\n\n%2.\n\n")
                       .arg(tr("Repeated attempts"), headline(record));
    text += QStringLiteral("| %1 | p50 ms | p90 ms | max ms |\n|---|---:|---:|---:|\n")
                .arg(tr("Phase"));
    for (WatchAttempt::Phase phase : WatchAttempt::phases) {
        const WatchSummary::PhaseStats &stats = summary.phase(phase);
        text += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                    .arg(WatchAttempt::phaseLabel(phase),
                         cell(stats.p50),
                         cell(stats.p90),
                         cell(stats.max));
    }
    text += QLatin1Char('\n');
    for (const WatchSummary::FailureClass &failure : summary.failures()) {
        QStringList indexes;
        for (int index : failure.attempts)
            indexes.append(QString::number(index));
        text += QStringLiteral("- `%1`: %2\n")
                    .arg(failure.id,
                         tr("%1 of %2 attempts (%3)")
                             .arg(failure.attempts.size())
                             .arg(summary.attempts())
                             .arg(indexes.join(QLatin1String(", "))));
    }
    if (const auto limit = summary.rateLimit())
        text += QStringLiteral("- ")
                + tr("Rate limited after %1 message(s), from attempt %2")
                      .arg(limit->afterMessages)
                      .arg(limit->firstAttempt)
                + QLatin1Char('\n');
    return text + QLatin1Char('\n');
}

QString WatchTable::html(const WatchRecord &record)
{
    const WatchSummary summary = WatchSummary::of(record.attempts);
    QString html = QStringLiteral("<section class=\"watch\"><h2>%1</h2>\n<p>%2.</p>\n")
                       .arg(tr("Repeated attempts").toHtmlEscaped(),
                            headline(record).toHtmlEscaped());
    html += QStringLiteral("<table><tr><th>%1</th><th>p50 ms</th><th>p90 ms</th><th>max ms</th>"
                           "</tr>\n")
                .arg(tr("Phase").toHtmlEscaped());
    for (WatchAttempt::Phase phase : WatchAttempt::phases) {
        const WatchSummary::PhaseStats &stats = summary.phase(phase);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(WatchAttempt::phaseLabel(phase).toHtmlEscaped(),
                         cell(stats.p50),
                         cell(stats.p90),
                         cell(stats.max));
    }
    html += QStringLiteral("</table>\n");
    if (!summary.failures().isEmpty() || summary.rateLimit()) {
        html += QStringLiteral("<ul>\n");
        for (const WatchSummary::FailureClass &failure : summary.failures()) {
            QStringList indexes;
            for (int index : failure.attempts)
                indexes.append(QString::number(index));
            html += QStringLiteral("<li><code>%1</code>: %2</li>\n")
                        .arg(failure.id.toHtmlEscaped(),
                             tr("%1 of %2 attempts (%3)")
                                 .arg(failure.attempts.size())
                                 .arg(summary.attempts())
                                 .arg(indexes.join(QLatin1String(", ")))
                                 .toHtmlEscaped());
        }
        if (const auto limit = summary.rateLimit())
            html += QStringLiteral("<li>%1</li>\n")
                        .arg(tr("Rate limited after %1 message(s), from attempt %2")
                                 .arg(limit->afterMessages)
                                 .arg(limit->firstAttempt)
                                 .toHtmlEscaped());
        html += QStringLiteral("</ul>\n");
    }
    return html + QStringLiteral("</section>\n");
}
