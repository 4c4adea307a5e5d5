// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"

#include <QStringList>

#include <optional>

// Whether the system's resolver and the chosen one tell the same story about
// the SMTP host. They may differ in order or share a round-robin pool;
// only a name that exists for one and not the other, or address sets with
// nothing in common, is a disagreement (a stale /etc/hosts entry, split-
// horizon DNS, a filtering resolver). A side that failed proves nothing.
class ResolverComparison
{
public:
    struct Disagreement
    {
        QString systemView;
        QString chosenView;
        QStringList evidence;
    };

    static std::optional<Disagreement> compare(const QList<DnsAnswer> &system,
                                               const QList<DnsAnswer> &chosen);
};
