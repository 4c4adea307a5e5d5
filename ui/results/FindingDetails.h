// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EventLog.h"
#include "findings/Finding.h"

#include <QCoreApplication>
#include <QString>

// One finding as rich text for the details pane: explanation, numbered
// advice, the evidence verbatim, then the event log of the check that made
// it (transcript lines, connects, DNS answers, TLS facts, with their times).
class FindingDetails
{
    Q_DECLARE_TR_FUNCTIONS(FindingDetails)
public:
    static constexpr int maximumEventLines = 80;

    static QString toHtml(const Finding &finding, const QList<Event> &events = {});
};
