// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"
#include "spf/SpfRecord.h"
#include "spf/SpfTerm.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class SpfDnsCache;

// Fetches ahead, in parallel, what an SPF evaluation is certain to ask for:
// the TXT records of include: and redirect= targets, the addresses of a:
// and exists: names, the MX records of mx: names and their hosts'
// addresses go into the evaluation's SpfDnsCache before the in-order
// evaluation asks for them. It never decides anything: the verdict and the
// counted lookups stay those of in-order evaluation.
//
// Certain means within the limits of RFC 7208 section 4.6.4 whatever the
// answers still to come: the tree is walked in evaluation order from the
// top record, each DNS term counted, and every a, mx, ptr or exists term
// whose answer is not known yet counted as a void lookup. The walk stops at
// the first term the limits could keep evaluation from reaching, and at an
// include or redirect whose record is not known yet (what it holds could
// use the limits up). It walks again as answers arrive. So a query past a
// limit is never sent, at the price of fetching an include's later siblings
// only once its own record is in. Nothing whose name needs the "p" macro (a
// PTR answer) is fetched. Owned by the SpfEvaluator.
class SpfPrefetcher
{
public:
    // A domain-spec expanded as the evaluation would for `domain` (nullopt:
    // not a name that can be queried).
    using Expander = std::function<std::optional<QString>(const QString &domainSpec,
                                                          const QString &domain)>;

    // `addressType`: A or AAAA, the client's family (for a: and mx:).
    SpfPrefetcher(SpfDnsCache *cache, int addressType, Expander expand);

    // Starts from the top record of `domain` (which evaluation fetches).
    void start(const QString &domain);
    // Walks the tree again: more may be certain now.
    void update();
    // Stops prefetching; answers still in flight are dropped by the cache.
    void stop() { m_stopped = true; }
    int prefetchCount() const { return m_fetched; }

private:
    enum class Walk { Done, Blocked };
    struct Budget
    {
        int lookups = 0;
        int voids = 0;
    };

    Walk walkRecord(const QString &domain, Budget &budget);
    Walk walkTerm(const SpfTerm &term, const QString &domain, Budget &budget);
    Walk walkAddress(const std::optional<QString> &name, int type, Budget &budget);
    Walk walkMx(const std::optional<QString> &name, Budget &budget);
    static Walk countVoid(Budget &budget);
    std::optional<QString> targetOf(const QString &domainSpec, const QString &domain) const;
    // The answer when it is in; otherwise asks (once) and walks again when
    // it arrives. Copies: the walk goes on asking, which moves the cache's
    // entries.
    std::optional<DnsAnswer> answerOf(const QString &name, int type);
    // The valid record of `domain`; nullopt while unknown or when there is
    // none (evaluation waits or ends there).
    std::optional<SpfRecord> recordOf(const QString &domain);

    SpfDnsCache *m_cache;
    int m_addressType;
    Expander m_expand;
    QString m_topDomain;
    QSet<QString> m_watched;                            // "type name" asked or waited for
    QHash<QString, std::optional<SpfRecord>> m_records; // by name, once parsed
    int m_fetched = 0;
    bool m_stopped = false;
};
