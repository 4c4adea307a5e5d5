// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingDetails.h"

#include "report/ReportStep.h"

QString FindingDetails::toHtml(const Finding &finding, const QList<Event> &events)
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(finding.title.toHtmlEscaped(), finding.explanation.toHtmlEscaped());
    if (!finding.advice.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("What to do").toHtmlEscaped());
        for (const QString &step : finding.advice)
            html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    if (!finding.evidence.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
                    .arg(tr("Evidence").toHtmlEscaped(),
                         finding.evidence.join(QLatin1Char('\n')).toHtmlEscaped());
    }
    // The check's own log: the transcript excerpt and timings behind the finding.
    QStringList lines;
    for (const Event &event : events) {
        if (event.check != finding.check)
            continue;
        if (lines.size() == maximumEventLines) {
            lines.append(QStringLiteral("..."));
            break;
        }
        lines.append(QStringLiteral("%1 ms  %2  %3")
                         .arg(event.offsetMs, 6)
                         .arg(Event::kindName(event.kind), -8)
                         .arg(event.text));
    }
    if (!lines.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
                    .arg(tr("Log of this check").toHtmlEscaped(),
                         lines.join(QLatin1Char('\n')).toHtmlEscaped());
    }
    html += QStringLiteral("<p><small>%1 &middot; %2 &middot; %3</small></p>")
                .arg(ReportStep::title(ReportStep::ofFinding(finding)).toHtmlEscaped(),
                     finding.check.toHtmlEscaped(),
                     finding.id.toHtmlEscaped());
    return html;
}
