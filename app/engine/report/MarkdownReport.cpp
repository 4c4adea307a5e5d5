// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/MarkdownReport.h"

#include "report/ReportDigest.h"
#include "report/StepTimings.h"
#include "watch/WatchTable.h"

QString MarkdownReport::escaped(const QString &text)
{
    // Enough for findings' prose: keep Markdown from reading it as markup.
    QString result;
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#|").contains(c))
            result += QLatin1Char('\\');
        result += c;
    }
    return result;
}

QString MarkdownReport::findingMarkdown(const Finding &finding)
{
    // The heading's punctuation is the translator's (French: "Problème : ...").
    const QString heading = tr("%1: %2", "a finding's heading: its severity, then its title")
                                .arg(Finding::severityLabel(finding.severity),
                                     escaped(finding.title));
    if (finding.severity == Finding::Severity::Pass)
        return QStringLiteral("- %1 (`%2`)\n").arg(heading, finding.id);
    QString text = QStringLiteral("#### ") + heading
                   + QStringLiteral("\n\n`%1`. %2\n\n")
                         .arg(finding.id, escaped(finding.explanation));
    for (int i = 0; i < finding.advice.size(); ++i)
        text += QStringLiteral("%1. %2\n").arg(i + 1).arg(escaped(finding.advice.at(i)));
    if (!finding.evidence.isEmpty()) {
        text += QStringLiteral("\n<details><summary>%1</summary>\n\n```\n%2\n```\n</details>\n")
                    .arg(tr("Evidence"), finding.evidence.join(QLatin1Char('\n')));
    }
    return text + QLatin1Char('\n');
}

QString MarkdownReport::write(const Report &report)
{
    const ReportDigest digest(report);
    QString text;
    // A message checked alone names no server (there is no "port 0").
    text += QStringLiteral("## ")
            + (report.target.host.isEmpty()
                   ? tr("SMTP Doctor: no server checked")
                   : tr("SMTP Doctor: %1 port %2 (%3)")
                         .arg(escaped(report.target.host))
                         .arg(report.target.port)
                         .arg(Target::securityName(report.target.security)))
            + QStringLiteral("\n\n");
    for (const auto &[label, value] : digest.situation())
        text += QStringLiteral("**%1:** %2  \n").arg(escaped(label), escaped(value));
    if (!digest.situation().isEmpty())
        text += QLatin1Char('\n');
    text += QStringLiteral("> **%1**\n\n").arg(escaped(digest.verdict()));
    if (report.stopped)
        text += QStringLiteral("> %1\n\n").arg(escaped(report.stopped->sentence()));
    text += tr("**%1 problem(s), %2 warning(s), %3 passed**, checked %4 in %5 ms.")
                .arg(digest.count(Finding::Severity::Failure))
                .arg(digest.count(Finding::Severity::Warning))
                .arg(digest.count(Finding::Severity::Pass))
                .arg(report.started.toUTC().toString(Qt::ISODate))
                .arg(report.durationMs)
            + QStringLiteral("\n\n");
    if (report.watch)
        text += WatchTable::markdown(*report.watch);
    if (const VantageTable &table = digest.vantageTable(); !table.isEmpty()) {
        text += QStringLiteral("### %1\n\n| %2 | %3 | %4 |\n|---|---|---|\n")
                    .arg(escaped(VantageTable::title()),
                         escaped(VantageTable::portHeading()),
                         escaped(VantageTable::hereHeading()),
                         escaped(VantageTable::siteHeading()));
        for (const VantageTable::Row &row : table.rows()) {
            // A differing side in bold: the difference is the finding.
            const QString site = row.differs ? QStringLiteral("**%1**").arg(escaped(row.site))
                                             : escaped(row.site);
            text += QStringLiteral("| %1 | %2 | %3 |\n")
                        .arg(QString::number(row.port), escaped(row.here), site);
        }
        text += QLatin1Char('\n');
    }

    // By wizard step, as the HTML report: the problems with their advice,
    // then what passed, one line each.
    for (const FindingGroup &group : digest.groups()) {
        text += QStringLiteral("### %1\n\n").arg(escaped(ReportStep::title(group.step)));
        for (const Finding &finding : group.findings)
            text += findingMarkdown(finding);
        // Passes come last (worst first), as a list that needs its end.
        if (group.findings.constLast().severity == Finding::Severity::Pass)
            text += QLatin1Char('\n');
    }

    if (const StepTimings timings(report.events); !timings.isEmpty()) {
        text += QStringLiteral("### %1\n\n| %2 | %3 | %4 |\n|---|---|---|\n")
                    .arg(escaped(StepTimings::title()),
                         escaped(StepTimings::stepHeading()),
                         escaped(StepTimings::startHeading()),
                         escaped(StepTimings::durationHeading()));
        for (const StepTimings::Step &step : timings.steps())
            text += QStringLiteral("| %1 | %2 | %3 |\n")
                        .arg(escaped(step.step),
                             StepTimings::milliseconds(step.startMs),
                             StepTimings::milliseconds(step.durationMs));
        text += QLatin1Char('\n');
    }

    const ReportEnvironment &environment = report.environment;
    text += QStringLiteral("### %1\n\n").arg(tr("Where it ran"));
    text += QStringLiteral("- SMTP Doctor %1, %2, Qt %3\n")
                .arg(environment.appVersion, escaped(environment.os), environment.qtVersion);
    if (!environment.crypto.isEmpty())
        text += QStringLiteral("- %1: %2\n").arg(tr("Cryptography"), escaped(environment.crypto));
    text += QStringLiteral("- %1: %2\n").arg(tr("DNS resolver"), escaped(environment.resolver));
    text += QStringLiteral("- %1: %2\n")
                .arg(tr("Address families"), environment.addressFamilies.join(QLatin1String(", ")));
    if (!report.target.domain.isEmpty())
        text += QStringLiteral("- %1: %2\n")
                    .arg(tr("Sender domain"), escaped(report.target.domain));

    // The transcript is for experts: folded, and free of secrets at the source.
    QStringList lines;
    for (const Event &event : report.events) {
        if (event.kind == Event::Kind::Sent || event.kind == Event::Kind::Received)
            lines.append(QStringLiteral("%1 ms %2 %3")
                             .arg(event.offsetMs, 6)
                             .arg(event.kind == Event::Kind::Sent ? QLatin1String("C:")
                                                                  : QLatin1String("S:"),
                                  event.text));
    }
    if (!lines.isEmpty()) {
        text += QStringLiteral("\n<details><summary>%1</summary>\n\n```\n%2\n```\n</details>\n")
                    .arg(tr("SMTP transcript"), lines.join(QLatin1Char('\n')));
    }
    return text;
}
