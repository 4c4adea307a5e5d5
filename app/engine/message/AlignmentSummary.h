// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/ParsedMessage.h"

#include <QList>
#include <QString>

#include <optional>

// Which domain each check of a message used, against the From domain that
// DMARC protects (RFC 7489 section 3.1): SPF's (the envelope sender, or the
// HELO name), every DKIM signature's d=, and DMARC's own. The results are
// the receiver's (its Authentication-Results); without them, the domains the
// message names and no result. Kept beside the hops, in
// message.received_chain's "alignment" fact as compact JSON. Pure data.
struct AlignmentSummary
{
    struct Check
    {
        QString method;       // "spf", "dkim", "dmarc"
        QString domain;       // the domain it checked, lower case; empty when unknown
        QString result;       // the receiver's result ("pass", "softfail"...); empty: not checked
        bool aligned = false; // relaxed: same organizational domain as From
        bool strictAligned = false; // strict: the very From domain

        bool passed() const { return result == QLatin1String("pass"); }
        bool operator==(const Check &other) const;
    };

    QString fromDomain;
    QList<Check> checks;

    bool isEmpty() const { return fromDomain.isEmpty() && checks.isEmpty(); }
    static AlignmentSummary fromMessage(const ParsedMessage &message);
    QString toFact() const;
    static std::optional<AlignmentSummary> fromFact(const QString &fact);
};
