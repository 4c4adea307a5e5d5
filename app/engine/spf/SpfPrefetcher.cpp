#include "spf/SpfPrefetcher.h"

#include "dns/DnsResolver.h"
#include "spf/SpfDnsCache.h"
#include "spf/SpfDomain.h"
#include "spf/SpfRecord.h"

namespace {
constexpr int maxLookups = 10; // RFC 7208 section 4.6.4
}

SpfPrefetcher::SpfPrefetcher(SpfDnsCache *cache)
    : m_cache(cache)
{}

void SpfPrefetcher::prefetch(const SpfRecord &record, int lookupsUsed)
{
    // The terms are counted as in-order evaluation would reach them: a
    // target past the limit would never be looked up, so it is not fetched.
    int lookups = lookupsUsed;
    for (const SpfTerm &term : record.mechanisms()) {
        if (!term.countsAsLookup())
            continue;
        if (++lookups > maxLookups)
            return;
        if (term.kind == SpfTerm::Kind::Include)
            prefetchTarget(term.domainSpec, lookups);
    }
    if (const auto redirect = record.redirect(); redirect && lookups < maxLookups)
        prefetchTarget(redirect->domainSpec, lookups + 1);
}

void SpfPrefetcher::prefetchTarget(const QString &domainSpec, int lookupsUsed)
{
    if (m_stopped || domainSpec.contains(QLatin1Char('%')) || m_names.size() >= maxLookups)
        return; // a macro's value depends on where it is evaluated
    const QString domain = SpfDomain::normalized(domainSpec);
    if (!SpfDomain::isQueryable(domain) || m_cache->contains(domain, DnsResolver::Txt))
        return;
    m_names.insert(domain.toLower());
    m_cache->fetch(domain, DnsResolver::Txt, [this, lookupsUsed](const DnsAnswer &answer) {
        if (m_stopped || answer.status != DnsAnswer::Status::NoError)
            return;
        const QStringList records = SpfRecord::selectRecords(answer.records);
        if (records.size() != 1)
            return;
        const SpfRecord record = SpfRecord::parse(records.first());
        if (record.isValid())
            prefetch(record, lookupsUsed);
    });
}
