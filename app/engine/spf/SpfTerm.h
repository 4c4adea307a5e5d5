// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spf/IpNetwork.h"

#include <QString>

// One term of an SPF record (RFC 7208 section 4.6.1): a mechanism with its
// qualifier, or a modifier. Produced by SpfRecord::parse().
struct SpfTerm
{
    enum class Kind {
        All,
        Include,
        A,
        Mx,
        Ptr,
        Ip4,
        Ip6,
        Exists,
        Redirect,        // modifier, RFC 7208 section 6.1
        Explanation,     // exp= modifier, section 6.2
        UnknownModifier, // ignored, section 6
    };
    // RFC 7208 section 4.6.2: "+" (the default), "-", "~", "?".
    enum class Qualifier { Pass, Fail, SoftFail, Neutral };

    Kind kind = Kind::All;
    Qualifier qualifier = Qualifier::Pass;
    bool hasQualifier = false; // the qualifier was written out
    QString text;              // the term as written
    int position = 0;          // offset of the term in the record text
    QString name;              // mechanism name in lower case, or modifier name as written
    // The domain-spec of include, a, mx, ptr, exists, redirect and exp (empty
    // when a, mx or ptr use the current domain), or an unknown modifier's value.
    QString domainSpec;
    IpNetwork network;   // ip4 and ip6
    int ip4Prefix = 32;  // a and mx: ip4-cidr-length
    int ip6Prefix = 128; // a and mx: ip6-cidr-length

    bool isMechanism() const { return kind < Kind::Redirect; }
    // The terms that count against the limit of 10 DNS lookups (RFC 7208
    // section 4.6.4): include, a, mx, ptr, exists and redirect.
    bool countsAsLookup() const
    {
        return kind == Kind::Include || kind == Kind::A || kind == Kind::Mx || kind == Kind::Ptr
               || kind == Kind::Exists || kind == Kind::Redirect;
    }
    static QChar qualifierChar(Qualifier qualifier)
    {
        switch (qualifier) {
        case Qualifier::Pass:
            return QLatin1Char('+');
        case Qualifier::Fail:
            return QLatin1Char('-');
        case Qualifier::SoftFail:
            return QLatin1Char('~');
        case Qualifier::Neutral:
            return QLatin1Char('?');
        }
        return QLatin1Char('+');
    }
};
