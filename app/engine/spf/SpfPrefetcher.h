#pragma once

#include <QSet>
#include <QString>

class SpfDnsCache;
class SpfRecord;

// Fetches the records of an SPF tree ahead, in parallel: the TXT records of
// include: and redirect= targets (and of their targets, as they arrive) go
// into the evaluation's SpfDnsCache before the in-order evaluation asks for
// them. It never decides anything: the verdict and the counted lookups stay
// those of in-order evaluation. Bounded: only targets within the lookup limit
// of RFC 7208 section 4.6.4, at most that many names per evaluation, and
// none whose name depends on a macro. Owned by the SpfEvaluator.
class SpfPrefetcher
{
public:
    explicit SpfPrefetcher(SpfDnsCache *cache);

    // `lookupsUsed`: DNS-querying terms counted so far by the evaluation.
    void prefetch(const SpfRecord &record, int lookupsUsed);
    // Stops prefetching; answers still in flight are dropped by the cache.
    void stop() { m_stopped = true; }
    int prefetchCount() const { return int(m_names.size()); }

private:
    void prefetchTarget(const QString &domainSpec, int lookupsUsed);

    SpfDnsCache *m_cache;
    QSet<QString> m_names;
    bool m_stopped = false;
};
