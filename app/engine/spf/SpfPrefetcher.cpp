#include "spf/SpfPrefetcher.h"

#include "dns/DnsResolver.h"
#include "spf/DnsRecordParser.h"
#include "spf/SpfDnsCache.h"
#include "spf/SpfDomain.h"
#include "spf/SpfMacro.h"
#include "spf/SpfRecord.h"

namespace {
constexpr int maxLookups = 10;    // RFC 7208 section 4.6.4
constexpr int maxVoidLookups = 2; // RFC 7208 section 4.6.4
constexpr int maxMxNames = 10;    // RFC 7208 section 4.6.4
// Names fetched ahead per evaluation: the ten lookups one path through the
// tree can make, and as many again for siblings fetched side by side.
constexpr int maxPrefetchedNames = 2 * maxLookups;
} // namespace

SpfPrefetcher::SpfPrefetcher(SpfDnsCache *cache, int addressType, Expander expand)
    : m_cache(cache)
    , m_addressType(addressType)
    , m_expand(std::move(expand))
{}

std::optional<QString> SpfPrefetcher::targetOf(const QString &domainSpec,
                                               const QString &domain) const
{
    if (domainSpec.isEmpty())
        return domain;
    if (!domainSpec.contains(QLatin1Char('%')))
        return domainSpec;
    // A macro expands to the same name here as when evaluation reaches the
    // term (the client, sender, HELO, <domain> and time are fixed for the
    // evaluation), except "p", which needs the client's validated name.
    if (SpfMacro::usesValidatedName(domainSpec))
        return std::nullopt;
    return m_expand(domainSpec, domain);
}

void SpfPrefetcher::prefetch(const QString &domain,
                             const SpfRecord &record,
                             int lookupsUsed,
                             int voidsUsed)
{
    // The terms are counted as in-order evaluation would reach them: a
    // target past the lookup limit would never be looked up, so it is not
    // fetched. Nor is one behind more a, mx, ptr or exists terms than the
    // void limit leaves: should they all come back empty, evaluation ends
    // before it. (An include with no record ends it anyway, so includes
    // are not counted as possible voids.)
    int lookups = lookupsUsed;
    int possibleVoids = voidsUsed;
    for (const SpfTerm &term : record.mechanisms()) {
        if (!term.countsAsLookup())
            continue;
        if (++lookups > maxLookups)
            return;
        if (const auto target = targetOf(term.domainSpec, domain))
            prefetchTerm(term.kind, *target, lookups, possibleVoids);
        if (term.kind != SpfTerm::Kind::Include && ++possibleVoids > maxVoidLookups)
            return;
    }
    if (const auto redirect = record.redirect(); redirect && lookups < maxLookups) {
        if (const auto target = targetOf(redirect->domainSpec, domain))
            prefetchRecord(*target, lookups + 1, possibleVoids);
    }
}

void SpfPrefetcher::prefetchTerm(SpfTerm::Kind kind,
                                 const QString &target,
                                 int lookupsUsed,
                                 int voidsUsed)
{
    switch (kind) {
    case SpfTerm::Kind::Include:
        prefetchRecord(target, lookupsUsed, voidsUsed);
        break;
    case SpfTerm::Kind::A:
        prefetchName(target, m_addressType);
        break;
    case SpfTerm::Kind::Exists: // RFC 7208 section 5.7: always A
        prefetchName(target, DnsResolver::A);
        break;
    case SpfTerm::Kind::Mx:
        prefetchMx(target);
        break;
    default: // ptr: its names depend on the answer, and it is rare
        break;
    }
}

bool SpfPrefetcher::claim(const QString &domainSpec, int type, QString *domain)
{
    if (m_stopped || m_names.size() >= maxPrefetchedNames)
        return false;
    *domain = SpfDomain::normalized(domainSpec);
    if (!SpfDomain::isQueryable(*domain) || m_cache->contains(*domain, type))
        return false;
    m_names.insert(QString::number(type) + QLatin1Char(' ') + domain->toLower());
    return true;
}

void SpfPrefetcher::prefetchName(const QString &domainSpec, int type)
{
    QString domain;
    if (claim(domainSpec, type, &domain))
        m_cache->fetch(domain, type, {});
}

void SpfPrefetcher::prefetchMx(const QString &domainSpec)
{
    QString domain;
    if (!claim(domainSpec, DnsResolver::Mx, &domain))
        return;
    m_cache->fetch(domain, DnsResolver::Mx, [this](const DnsAnswer &answer) {
        if (m_stopped || answer.status != DnsAnswer::Status::NoError
            || answer.records.size() > maxMxNames)
            return; // more MX names than that: a permerror, nothing to fetch
        for (const QByteArray &rdata : answer.records) {
            const auto mx = DnsRecordParser::mx(rdata);
            if (mx && !mx->isNull() && SpfDomain::isQueryable(mx->exchange)
                && !m_cache->contains(mx->exchange, m_addressType))
                m_cache->fetch(mx->exchange, m_addressType, {});
        }
    });
}

void SpfPrefetcher::prefetchRecord(const QString &domainSpec, int lookupsUsed, int voidsUsed)
{
    QString domain;
    if (!claim(domainSpec, DnsResolver::Txt, &domain))
        return;
    m_cache->fetch(
        domain, DnsResolver::Txt, [this, domain, lookupsUsed, voidsUsed](const DnsAnswer &answer) {
            if (m_stopped || answer.status != DnsAnswer::Status::NoError)
                return;
            const QStringList records = SpfRecord::selectRecords(answer.records);
            if (records.size() != 1)
                return;
            const SpfRecord record = SpfRecord::parse(records.first());
            if (record.isValid())
                prefetch(domain, record, lookupsUsed, voidsUsed);
        });
}
