#include "FindingDetails.h"

#include <QCoreApplication>

QString FindingDetails::toHtml(const Finding &finding)
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(finding.title.toHtmlEscaped(), finding.explanation.toHtmlEscaped());
    if (!finding.advice.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ol>")
                    .arg(QCoreApplication::translate("FindingDetails", "What to do")
                             .toHtmlEscaped());
        for (const QString &step : finding.advice)
            html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    if (!finding.evidence.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
                    .arg(QCoreApplication::translate("FindingDetails", "Evidence").toHtmlEscaped(),
                         finding.evidence.join(QLatin1Char('\n')).toHtmlEscaped());
    }
    html += QStringLiteral("<p><small>%1</small></p>").arg(finding.id.toHtmlEscaped());
    return html;
}
