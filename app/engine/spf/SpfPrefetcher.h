#pragma once

#include "spf/SpfTerm.h"

#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class SpfDnsCache;
class SpfRecord;

// Fetches the records of an SPF tree ahead, in parallel: the TXT records of
// include: and redirect= targets (and of their targets, as they arrive), the
// addresses of a: and exists: names and the MX records of mx: names with
// their hosts' addresses go into the evaluation's SpfDnsCache before the
// in-order evaluation asks for them. It never decides anything: the verdict
// and the counted lookups stay those of in-order evaluation. Bounded: only
// targets within the lookup and void-lookup limits of RFC 7208 section 4.6.4
// as counted along the path from the top record, at most twenty names per
// evaluation, and none whose name needs the "p" macro (a PTR answer). A
// limit reached inside an include whose record is still on its way cannot be
// foreseen: its later siblings may have been fetched already. Owned by the
// SpfEvaluator.
class SpfPrefetcher
{
public:
    // A domain-spec expanded as the evaluation would for `domain` (nullopt:
    // not a name that can be queried).
    using Expander = std::function<std::optional<QString>(const QString &domainSpec,
                                                          const QString &domain)>;

    // `addressType`: A or AAAA, the client's family (for a: and mx:).
    SpfPrefetcher(SpfDnsCache *cache, int addressType, Expander expand);

    // `lookupsUsed`, `voidsUsed`: DNS-querying terms and void lookups
    // counted so far by the evaluation.
    // `domain`: the record's own, the target of a: and mx: without one.
    void prefetch(const QString &domain, const SpfRecord &record, int lookupsUsed, int voidsUsed);
    // Stops prefetching; answers still in flight are dropped by the cache.
    void stop() { m_stopped = true; }
    int prefetchCount() const { return int(m_names.size()); }

private:
    std::optional<QString> targetOf(const QString &domainSpec, const QString &domain) const;
    void prefetchTerm(SpfTerm::Kind kind, const QString &target, int lookupsUsed, int voidsUsed);
    // True, with the normalized name, when `domainSpec` is to be fetched now.
    bool claim(const QString &domainSpec, int type, QString *domain);
    void prefetchName(const QString &domainSpec, int type);
    void prefetchMx(const QString &domainSpec);
    void prefetchRecord(const QString &domainSpec, int lookupsUsed, int voidsUsed);

    SpfDnsCache *m_cache;
    int m_addressType;
    Expander m_expand;
    QSet<QString> m_names;
    bool m_stopped = false;
};
