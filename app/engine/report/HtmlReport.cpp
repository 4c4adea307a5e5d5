// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/HtmlReport.h"

#include "watch/WatchTable.h"

#include "report/MessageDiagrams.h"
#include "report/ReportDigest.h"
#include "report/StepTimings.h"

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Colours that read on white paper and in a browser's dark reader alike.
const char *styleSheet = R"(
body { font-family: sans-serif; max-width: 60em; margin: 1em auto; padding: 0 1em; color: #1b1b1b; background: #ffffff; }
h1 { font-size: 1.4em; }
h2 { font-size: 1.15em; border-bottom: 1px solid #999999; margin-top: 1.5em; }
h3 { font-size: 1em; margin-bottom: 0.2em; }
.verdict { font-size: 1.1em; font-weight: bold; padding: 0.6em; border: 1px solid #999999; background: #f3f3f3; }
.mark { font-weight: bold; padding: 0 0.3em; color: #ffffff; }
.mark-pass { background-color: #2e7d32; }
.mark-info { background-color: #1565c0; }
.mark-warning { background-color: #9a6700; }
.mark-failure { background-color: #c62828; }
.id { color: #555555; font-family: monospace; }
pre { background: #f3f3f3; padding: 0.5em; white-space: pre-wrap; font-size: 0.9em; }
table { border-collapse: collapse; }
tr.differs td { background: #fdecea; }
tr.slow td { background: #fdecea; }
td, th { border: 1px solid #bbbbbb; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
)";

} // namespace

QString HtmlReport::severityMark(Finding::Severity severity)
{
    // A symbol as well as a colour: the mark survives grey-scale printing.
    static const char *symbols[] = {"\u2713", "i", "!", "\u2717"};
    return QStringLiteral("<span class=\"mark mark-%1\">%2 %3</span>")
        .arg(Finding::severityName(severity),
             QString::fromUtf8(symbols[int(severity)]),
             escaped(Finding::severityLabel(severity)));
}

QString HtmlReport::findingHtml(const Finding &finding)
{
    QString html = QStringLiteral("<div class=\"finding\"><h3>%1 %2</h3>\n<p>%3 <span "
                                  "class=\"id\">%4</span></p>\n")
                       .arg(severityMark(finding.severity),
                            escaped(finding.title),
                            escaped(finding.explanation),
                            escaped(finding.id));
    if (!finding.advice.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ol>\n").arg(escaped(tr("What to do")));
        for (const QString &step : finding.advice)
            html += QStringLiteral("<li>%1</li>\n").arg(escaped(step));
        html += QStringLiteral("</ol>\n");
    }
    if (!finding.evidence.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>\n")
                    .arg(escaped(tr("Evidence")),
                         escaped(finding.evidence.join(QLatin1Char('\n'))));
    }
    return html + QStringLiteral("</div>\n");
}

QString HtmlReport::vantageHtml(const VantageTable &table)
{
    if (table.isEmpty())
        return {};
    QString rows;
    for (const VantageTable::Row &row : table.rows()) {
        // The word as well as the colour: it survives grey-scale printing.
        const QString site = row.differs
                                 ? QStringLiteral("<b>%1</b> (%2)")
                                       .arg(escaped(row.site), escaped(VantageTable::differsMark()))
                                 : escaped(row.site);
        rows += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(row.differs ? QStringLiteral(" class=\"differs\"") : QString())
                    .arg(row.port)
                    .arg(escaped(row.here), site);
    }
    return QStringLiteral("<h2>%1</h2>\n<table class=\"vantage\"><tr><th>%2</th><th>%3</th>"
                          "<th>%4</th></tr>\n%5</table>\n")
        .arg(escaped(VantageTable::title()),
             escaped(VantageTable::portHeading()),
             escaped(VantageTable::hereHeading()),
             escaped(VantageTable::siteHeading()),
             rows);
}

QString HtmlReport::transcriptHtml(const Report &report)
{
    if (report.events.isEmpty())
        return {};
    QString rows;
    for (const Event &event : report.events) {
        rows += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td><code>%4</code></td></tr>\n")
                    .arg(event.offsetMs)
                    .arg(escaped(event.check),
                         escaped(Event::kindName(event.kind)),
                         escaped(event.text));
    }
    return QStringLiteral("<h2>%1</h2>\n<table><tr><th>ms</th><th>%2</th><th>%3</th><th>%4</th>"
                          "</tr>\n%5</table>\n")
        .arg(escaped(tr("Event log")),
             escaped(tr("Check")),
             escaped(tr("Kind")),
             escaped(tr("Text")),
             rows);
}

QString HtmlReport::timingHtml(const StepTimings &timings)
{
    if (timings.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2>\n<table class=\"timing\">\n"
                                  "<tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                       .arg(escaped(StepTimings::title()),
                            escaped(StepTimings::stepHeading()),
                            escaped(StepTimings::startHeading()),
                            escaped(StepTimings::durationHeading()));
    for (const StepTimings::Step &step : timings.steps())
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                    .arg(escaped(step.step),
                         escaped(StepTimings::milliseconds(step.startMs)),
                         escaped(StepTimings::milliseconds(step.durationMs)));
    return html + QStringLiteral("</table>\n");
}

QString HtmlReport::write(const Report &report, const QString &chartSource)
{
    const ReportDigest digest(report);
    // A message checked alone names no server (there is no "port 0").
    const QString heading = report.target.host.isEmpty()
                                ? tr("SMTP Doctor: no server checked")
                                : QStringLiteral("SMTP Doctor: %1 port %2 (%3)")
                                      .arg(report.target.host)
                                      .arg(report.target.port)
                                      .arg(Target::securityName(report.target.security));
    // The report is opened from a mail or a ticket: it must not fetch anything
    // (no tracking, nothing that breaks offline). The policy forbids every
    // load; only the inline style block applies, and images inside the file
    // itself (the wizard's watch chart is a data: PNG).
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                                  "<meta http-equiv=\"Content-Security-Policy\" content=\""
                                  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                                  "base-uri 'none'; form-action 'none'\">\n"
                                  "<title>%1</title>\n<style>%2</style></head>\n<body>\n"
                                  "<h1>%1</h1>\n<p class=\"verdict\">%3</p>\n")
                       .arg(escaped(heading),
                            QString::fromLatin1(styleSheet),
                            escaped(digest.verdict()));
    for (const auto &[label, value] : digest.situation())
        html += QStringLiteral("<p class=\"situation\"><b>%1:</b> %2</p>\n")
                    .arg(escaped(label), escaped(value));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(escaped(tr("Checked %1, in %2 ms.")
                                 .arg(report.started.toUTC().toString(Qt::ISODate))
                                 .arg(report.durationMs)));
    if (report.stopped)
        html += QStringLiteral("<p class=\"stopped\">%1</p>\n")
                    .arg(escaped(report.stopped->sentence()));

    if (report.watch) {
        html += WatchTable::html(*report.watch);
        if (!chartSource.isEmpty())
            html += QStringLiteral("<p><img src=\"%1\" width=\"640\" alt=\"%2\"></p>\n")
                        .arg(chartSource.toHtmlEscaped(),
                             escaped(tr("Time per phase, attempt by attempt")));
    }

    html += vantageHtml(digest.vantageTable());
    html += MessageDiagrams(report).html();

    for (const FindingGroup &group : digest.groups()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(ReportStep::title(group.step)));
        for (const Finding &finding : group.findings)
            html += findingHtml(finding);
    }

    html += timingHtml(StepTimings(report.events));
    const ReportEnvironment &environment = report.environment;
    html += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(escaped(tr("Where it ran")));
    const QList<QPair<QString, QString>> rows = {
        {tr("Version"),
         QStringLiteral("SMTP Doctor %1, Qt %2")
             .arg(environment.appVersion, environment.qtVersion)},
        {tr("System"), environment.os},
        {tr("Cryptography"), environment.crypto},
        {tr("DNS resolver"), environment.resolver},
        {tr("Address families"), environment.addressFamilies.join(QLatin1String(", "))},
        {tr("Sender domain"), report.target.domain},
        {tr("User name"), report.target.user},
    };
    for (const auto &[label, value] : rows) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n")
                        .arg(escaped(label), escaped(value));
    }
    html += QStringLiteral("</table>\n") + transcriptHtml(report);
    return html + QStringLiteral("</body></html>\n");
}
