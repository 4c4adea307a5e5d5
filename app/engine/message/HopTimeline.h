// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/ParsedMessage.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The Received chain as a timeline, oldest hop first: who handed the message
// to whom, when, how long it waited since the previous hop, and the slow one
// (the same rule as message.slow_hop). Kept in message.received_chain's
// "hops" fact as compact JSON, so that a report reopened from its JSON draws
// the same timeline (MessageDiagrams). Pure data.
struct HopTimeline
{
    struct Hop
    {
        QString from;                       // the client: "web12.hoster.example [203.0.113.25]"
        QString by;                         // the server that wrote the Received header
        QString with;                       // SMTP, ESMTPS, LMTP...
        QDateTime time;                     // invalid when unreadable
        std::optional<qint64> delaySeconds; // since the previous hop, when both times are known
        bool slow = false;                  // the slowest hop, past MessageAnalysis::slowHopSeconds

        bool operator==(const Hop &other) const;
    };

    QList<Hop> hops;

    static HopTimeline fromMessage(const ParsedMessage &message);
    QString toFact() const;
    // nullopt for a value that is not a timeline (a hostile report).
    static std::optional<HopTimeline> fromFact(const QString &fact);
};
