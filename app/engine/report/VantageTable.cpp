// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/VantageTable.h"

#include "findings/FindingIds.h"
#include "site/VantageView.h"

#include <QSet>

#include <algorithm>

namespace {

QString outcomeText(SiteAnswer::Outcome outcome)
{
    switch (outcome) {
    case SiteAnswer::Outcome::Open:
        return VantageTable::tr("open");
    case SiteAnswer::Outcome::Refused:
        return VantageTable::tr("refused (reset)");
    case SiteAnswer::Outcome::Filtered:
        return VantageTable::tr("no answer (dropped)");
    case SiteAnswer::Outcome::Unreachable:
        return VantageTable::tr("unreachable");
    case SiteAnswer::Outcome::LocalError:
        return VantageTable::tr("blocked on the web server");
    }
    return {};
}

QString portText(const VantageView::Port &port)
{
    QString text = outcomeText(port.outcome);
    if (!port.greetingName.isEmpty())
        text += VantageTable::tr(", greets as %1").arg(port.greetingName);
    if (port.tlsHandshake == false)
        text += VantageTable::tr(", TLS fails");
    else if (port.tlsTrusted == false)
        text += VantageTable::tr(", certificate not trusted");
    else if (port.tlsTrusted == true)
        text += VantageTable::tr(", TLS trusted");
    return text;
}

// What the comparison concluded about one port (VantageMerge's site.*
// findings), said on the website's side where its own facts do not show it:
// a probe's answer carries no TLS finding of its own.
QString conclusionNote(const QString &id)
{
    if (id == QLatin1String(FindingId::SiteTlsUntrusted))
        return VantageTable::tr(", certificate not trusted");
    if (id == QLatin1String(FindingId::SiteTlsIncompatible))
        return VantageTable::tr(", no TLS version in common");
    if (id == QLatin1String(FindingId::SiteSmtpRedirected))
        return VantageTable::tr(", another mail server");
    return {};
}

// Whether two sides saw different things of one address and port: only
// what both of them know is compared (a side that tried no TLS differs in
// nothing about TLS).
bool seenDifferently(const VantageView::Port &here, const VantageView::Port &site)
{
    const auto bothAndDiffer = [](const auto &a, const auto &b) {
        return a && b && *a != *b;
    };
    const auto textsDiffer = [](const QString &a, const QString &b) {
        return !a.isEmpty() && !b.isEmpty() && a != b;
    };
    return here.outcome != site.outcome || textsDiffer(here.greetingName, site.greetingName)
           || textsDiffer(here.certificateSha256, site.certificateSha256)
           || bothAndDiffer(here.tlsHandshake, site.tlsHandshake)
           || bothAndDiffer(here.tlsTrusted, site.tlsTrusted);
}

// The two sides of one port: any address seen differently, or, where they
// tried no address in common (their DNS differs), other outcomes.
bool portDiffers(const VantageView &here, const VantageView &site, quint16 port)
{
    QSet<int> hereOutcomes;
    QSet<int> siteOutcomes;
    bool common = false;
    for (const VantageView::Port &h : here.ports) {
        if (h.port != port)
            continue;
        hereOutcomes.insert(int(h.outcome));
        if (const VantageView::Port *s = site.find(h.address, port)) {
            common = true;
            if (seenDifferently(h, *s))
                return true;
        }
    }
    for (const VantageView::Port &s : site.ports) {
        if (s.port == port)
            siteOutcomes.insert(int(s.outcome));
    }
    return !common && hereOutcomes != siteOutcomes;
}

} // namespace

QString VantageTable::sideText(const VantageView &view, quint16 port)
{
    QStringList perAddress;
    QSet<QString> distinct;
    for (const VantageView::Port &candidate : view.ports) {
        if (candidate.port != port)
            continue;
        const QString text = portText(candidate);
        distinct.insert(text);
        perAddress.append(QStringLiteral("%1: %2").arg(candidate.address, text));
    }
    if (perAddress.isEmpty())
        return {};
    // One text when every address says the same, else each address its own.
    return distinct.size() == 1 ? *distinct.cbegin() : perAddress.join(QStringLiteral("; "));
}

VantageTable::VantageTable(const Report &report)
{
    const VantageView here = VantageView::fromReport(report, FindingSubject::Vantage::Here);
    const VantageView site = VantageView::fromReport(report, FindingSubject::Vantage::Site);
    if (site.ports.isEmpty())
        return;

    QList<quint16> ports;
    for (const VantageView *view : {&here, &site}) {
        for (const VantageView::Port &port : view->ports) {
            if (!ports.contains(port.port))
                ports.append(port.port);
        }
    }
    const quint16 chosen = report.target.port;
    std::sort(ports.begin(), ports.end(), [chosen](quint16 a, quint16 b) {
        if ((a == chosen) != (b == chosen))
            return a == chosen;
        return a < b;
    });

    for (const quint16 port : std::as_const(ports)) {
        Row row;
        row.port = port;
        row.here = sideText(here, port);
        row.site = sideText(site, port);
        const bool bothTried = !row.here.isEmpty() && !row.site.isEmpty();
        bool concluded = false;
        for (const Finding &finding : report.findings) {
            if (finding.subject.vantage != FindingSubject::Vantage::Site
                || finding.subject.port != port || !finding.id.startsWith(QLatin1String("site."))
                || finding.id == QLatin1String(FindingId::SiteSameAsHere))
                continue;
            concluded = true;
            const QString note = conclusionNote(finding.id);
            if (!row.site.isEmpty() && !note.isEmpty() && !row.site.contains(note))
                row.site += note;
        }
        row.differs = bothTried && (concluded || portDiffers(here, site, port));
        if (row.here.isEmpty())
            row.here = tr("not tested");
        if (row.site.isEmpty())
            row.site = tr("not tested");
        m_rows.append(row);
    }
}

QString VantageTable::title()
{
    return tr("From this computer and from your website");
}

QString VantageTable::portHeading()
{
    return tr("Port");
}

QString VantageTable::hereHeading()
{
    return tr("From this computer");
}

QString VantageTable::siteHeading()
{
    return tr("From your website");
}

QString VantageTable::differsMark()
{
    return tr("differs");
}
