#include "report/MarkdownReport.h"

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

QString MarkdownReport::write(const Report &report)
{
    const QList<Finding> findings = report.sortedFindings();
    int counts[4] = {0, 0, 0, 0};
    for (const Finding &finding : findings)
        ++counts[int(finding.severity)];

    QString text;
    text += QStringLiteral("## ")
            + tr("SMTP Doctor: %1 port %2 (%3)")
                  .arg(escaped(report.target.host))
                  .arg(report.target.port)
                  .arg(Target::securityName(report.target.security))
            + QStringLiteral("\n\n");
    text += tr("**%1 problem(s), %2 warning(s), %3 passed**, checked %4 in %5 ms.")
                .arg(counts[int(Finding::Severity::Failure)])
                .arg(counts[int(Finding::Severity::Warning)])
                .arg(counts[int(Finding::Severity::Pass)])
                .arg(report.started.toUTC().toString(Qt::ISODate))
                .arg(report.durationMs)
            + QStringLiteral("\n\n");
    if (report.watch)
        text += WatchTable::markdown(*report.watch);

    bool passedHeading = false;
    for (const Finding &finding : findings) {
        if (finding.severity == Finding::Severity::Pass) {
            if (!passedHeading)
                text += QStringLiteral("### %1\n\n").arg(tr("Passed"));
            passedHeading = true;
            text += QStringLiteral("- %1 (`%2`)\n").arg(escaped(finding.title), finding.id);
            continue;
        }
        // The heading's punctuation is the translator's (French: "Problème : ...").
        text += QStringLiteral("### ")
                + tr("%1: %2", "a finding's heading: its severity, then its title")
                      .arg(Finding::severityLabel(finding.severity), escaped(finding.title))
                + QStringLiteral("\n\n`%1`. %2\n\n").arg(finding.id, escaped(finding.explanation));
        for (int i = 0; i < finding.advice.size(); ++i)
            text += QStringLiteral("%1. %2\n").arg(i + 1).arg(escaped(finding.advice.at(i)));
        if (!finding.evidence.isEmpty()) {
            text += QStringLiteral("\n<details><summary>%1</summary>\n\n```\n%2\n```\n</details>\n")
                        .arg(tr("Evidence"), finding.evidence.join(QLatin1Char('\n')));
        }
        text += QLatin1Char('\n');
    }

    const ReportEnvironment &environment = report.environment;
    text += QStringLiteral("\n### %1\n\n").arg(tr("Where it ran"));
    text += QStringLiteral("- SMTP Doctor %1, %2, Qt %3\n")
                .arg(environment.appVersion, escaped(environment.os), environment.qtVersion);
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
