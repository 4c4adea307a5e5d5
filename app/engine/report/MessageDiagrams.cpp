// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/MessageDiagrams.h"

#include "findings/FindingIds.h"

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : MessageDiagrams::tr("no readable time");
}

} // namespace

MessageDiagrams::MessageDiagrams(const Report &report)
    : MessageDiagrams(report.findings)
{}

MessageDiagrams::MessageDiagrams(const QList<Finding> &findings)
{
    // The last message read wins (a report holds one message step).
    for (auto it = findings.crbegin(); it != findings.crend(); ++it) {
        if (it->id != QLatin1String(FindingId::MessageReceivedChain))
            continue;
        m_timeline = HopTimeline::fromFact(it->facts.value(FindingArg::Hops));
        m_alignment = AlignmentSummary::fromFact(it->facts.value(FindingArg::Alignment));
        if (m_timeline && m_timeline->hops.isEmpty())
            m_timeline.reset();
        if (m_alignment && m_alignment->isEmpty())
            m_alignment.reset();
        break;
    }
}

QString MessageDiagrams::timelineTitle()
{
    return tr("The message's route, hop by hop");
}

QString MessageDiagrams::alignmentTitle()
{
    return tr("Which domain each check used, against the From domain");
}

QString MessageDiagrams::delayText(qint64 seconds)
{
    if (seconds < 0)
        return tr("%1 s earlier: the two servers' clocks differ").arg(-seconds);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QStringList MessageDiagrams::timelineLines() const
{
    QStringList lines;
    if (!m_timeline)
        return lines;
    for (int i = 0; i < m_timeline->hops.size(); ++i) {
        const HopTimeline::Hop &hop = m_timeline->hops.at(i);
        const QString from = hop.from.isEmpty() ? tr("(not named)") : hop.from;
        const QString by = hop.by.isEmpty() ? tr("(not named)") : hop.by;
        QString line = tr("%1. %2 → %3, %4").arg(i + 1).arg(from, by, timeText(hop.time));
        if (hop.delaySeconds)
            line += QStringLiteral(", ")
                    + tr("%1 after the previous hop").arg(delayText(*hop.delaySeconds));
        if (hop.slow)
            line += QStringLiteral(" (") + tr("slow: the time went here") + QLatin1Char(')');
        lines.append(line);
    }
    return lines;
}

QString MessageDiagrams::methodName(const QString &method)
{
    return method.toUpper();
}

QString MessageDiagrams::alignmentWords(const AlignmentSummary::Check &check)
{
    if (check.domain.isEmpty())
        return tr("domain unknown");
    if (check.strictAligned)
        return tr("aligned (the same domain)");
    if (check.aligned)
        return tr("aligned (same organization; not in strict mode)");
    return tr("not aligned");
}

QString MessageDiagrams::conclusion() const
{
    // RFC 7489 section 4.2: DMARC passes when SPF or DKIM passes with a
    // domain aligned with From.
    QStringList passing;
    bool anyResult = false;
    for (const AlignmentSummary::Check &check : m_alignment->checks) {
        if (check.method == QLatin1String("dmarc"))
            continue;
        anyResult = anyResult || !check.result.isEmpty();
        if (check.passed() && check.aligned && !passing.contains(methodName(check.method)))
            passing.append(methodName(check.method));
    }
    if (!anyResult)
        return tr("The message carries no receiver's results: the domains are shown "
                  "without them.");
    if (passing.isEmpty())
        return tr("DMARC needs SPF or DKIM to pass with a domain aligned with From: "
                  "neither does here.");
    return tr("DMARC needs SPF or DKIM to pass with a domain aligned with From: %1 does.")
        .arg(passing.join(QStringLiteral(", ")));
}

QStringList MessageDiagrams::alignmentLines() const
{
    QStringList lines;
    if (!m_alignment)
        return lines;
    lines.append(
        tr("From domain: %1")
            .arg(m_alignment->fromDomain.isEmpty() ? tr("(none)") : m_alignment->fromDomain));
    for (const AlignmentSummary::Check &check : m_alignment->checks)
        lines.append(
            tr("%1: %2, %3, %4")
                .arg(methodName(check.method),
                     check.domain.isEmpty() ? tr("(none)") : check.domain,
                     check.result.isEmpty() ? tr("not checked by the receiver") : check.result,
                     alignmentWords(check)));
    lines.append(conclusion());
    return lines;
}

QString MessageDiagrams::timelineHtml() const
{
    if (!m_timeline)
        return {};
    QString rows;
    for (int i = 0; i < m_timeline->hops.size(); ++i) {
        const HopTimeline::Hop &hop = m_timeline->hops.at(i);
        QString delay = hop.delaySeconds ? escaped(delayText(*hop.delaySeconds)) : QString();
        // The word as well as the colour: it survives grey-scale printing.
        if (hop.slow)
            delay = QStringLiteral("<b>%1</b> (%2)")
                        .arg(delay, escaped(tr("slow: the time went here")));
        rows += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>\u2192</td><td>%4</td>"
                               "<td>%5</td><td>%6</td></tr>\n")
                    .arg(hop.slow ? QStringLiteral(" class=\"slow\" bgcolor=\"#fdecea\"")
                                  : QString())
                    .arg(i + 1)
                    .arg(escaped(hop.from.isEmpty() ? tr("(not named)") : hop.from),
                         escaped(hop.by.isEmpty() ? tr("(not named)") : hop.by),
                         escaped(timeText(hop.time)),
                         delay);
    }
    return QStringLiteral("<h2>%1</h2>\n<table class=\"hops\"><tr><th>#</th><th>%2</th><th></th>"
                          "<th>%3</th><th>%4</th><th>%5</th></tr>\n%6</table>\n")
        .arg(escaped(timelineTitle()),
             escaped(tr("Handed over by")),
             escaped(tr("Received by")),
             escaped(tr("Time")),
             escaped(tr("Since the previous hop")),
             rows);
}

QString MessageDiagrams::alignmentHtml() const
{
    if (!m_alignment)
        return {};
    QString rows;
    for (const AlignmentSummary::Check &check : m_alignment->checks) {
        const bool good = check.aligned && (check.result.isEmpty() || check.passed());
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td>"
                               "<td><span style=\"color: %4\">%5 %6</span></td></tr>\n")
                    .arg(escaped(methodName(check.method)),
                         escaped(check.domain.isEmpty() ? tr("(none)") : check.domain),
                         escaped(check.result.isEmpty() ? tr("not checked by the receiver")
                                                        : check.result),
                         good ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"),
                         good ? QStringLiteral("\u2713") : QStringLiteral("\u2717"),
                         escaped(alignmentWords(check)));
    }
    return QStringLiteral("<h2>%1</h2>\n<p class=\"from\">%2 <b>%3</b></p>\n"
                          "<table class=\"alignment\"><tr><th>%4</th><th>%5</th><th>%6</th>"
                          "<th>%7</th></tr>\n%8</table>\n<p>%9</p>\n")
        .arg(escaped(alignmentTitle()),
             escaped(tr("From domain:")),
             escaped(m_alignment->fromDomain.isEmpty() ? tr("(none)") : m_alignment->fromDomain),
             escaped(tr("Check")),
             escaped(tr("Domain it used")),
             escaped(tr("Result at the receiver")),
             escaped(tr("Against From")),
             rows,
             escaped(conclusion()));
}

QString MessageDiagrams::html() const
{
    return timelineHtml() + alignmentHtml();
}
