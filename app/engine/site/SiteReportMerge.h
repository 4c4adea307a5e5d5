// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"
#include "site/SiteAnswer.h"
#include "site/VantageView.h"

#include <QList>

// Adds the website's view to this computer's report, the same way for the
// wizard's website step, its Open report, and `smtp-doctor-cli diagnose
// --site-probe` or `--site-report`: what the website saw is kept with
// vantage "site", and what only the two views together show (VantageMerge's
// site.* conclusions) is added, each about its address and port. Pure: the
// probe's run or the server's report comes in, a report goes out.
class SiteReportMerge
{
public:
    // VantageMerge's conclusions about `here` and `site`, as findings seen
    // from the website.
    static QList<Finding> conclusions(const Report &here, const VantageView &site);

    // What the probe saw of each address and port, as findings seen from
    // the website (net.open, net.refused, net.filtered, net.unreachable:
    // hints, the conclusions speak), with the facts the views compare: the
    // report then holds the website's view in the same shape as a server's.
    static QList<Finding> siteView(const Report &here, const SiteAnswer &answer);

    // The website probe's run: its own findings (unreachable, rejected, not
    // deleted: seen from here), its events and, when it answered, its view
    // and the conclusions.
    static Report withProbe(const Report &here,
                            const QList<Finding> &probeFindings,
                            const std::optional<SiteAnswer> &answer,
                            const QList<Event> &probeEvents);

    // A report that smtp-doctor-cli made on the server: its findings, now
    // seen from the website, and the conclusions of its view against this
    // computer's. A report that holds site findings already is merged as
    // it is: only its own view counts as the server's.
    static Report withServerReport(const Report &here, const Report &server);

    // Whether `report` holds anything seen from the website.
    static bool hasSiteView(const Report &report);
};
