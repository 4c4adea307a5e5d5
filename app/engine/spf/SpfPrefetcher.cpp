// SPDX-License-Identifier: GPL-3.0-or-later
#include "spf/SpfPrefetcher.h"

#include "dns/DnsResolver.h"
#include "spf/DnsRecordParser.h"
#include "spf/SpfDnsCache.h"
#include "spf/SpfDomain.h"
#include "spf/SpfMacro.h"
#include "spf/SpfMatcher.h"

namespace {
constexpr int maxLookups = 10;    // RFC 7208 section 4.6.4
constexpr int maxVoidLookups = 2; // RFC 7208 section 4.6.4
constexpr int maxMxNames = 10;    // RFC 7208 section 4.6.4
// Queries sent ahead per evaluation at most: the ten lookups a tree can
// make, and as many again for the hosts of its mx terms.
constexpr int maxPrefetchedNames = 2 * maxLookups;
} // namespace

SpfPrefetcher::SpfPrefetcher(SpfDnsCache *cache, int addressType, Expander expand)
    : m_cache(cache)
    , m_addressType(addressType)
    , m_expand(std::move(expand))
{}

void SpfPrefetcher::start(const QString &domain)
{
    m_topDomain = domain;
    update();
}

void SpfPrefetcher::update()
{
    if (m_stopped || m_topDomain.isEmpty())
        return;
    Budget budget;
    walkRecord(m_topDomain, budget);
}

SpfPrefetcher::Walk SpfPrefetcher::walkRecord(const QString &domain, Budget &budget)
{
    const std::optional<SpfRecord> record = recordOf(domain);
    if (!record)
        return Walk::Blocked;
    const QList<SpfTerm> mechanisms = record->mechanisms();
    for (const SpfTerm &term : mechanisms) {
        // RFC 7208 section 5.1: nothing after "all" is tested, and a
        // redirect beside it is ignored.
        if (term.kind == SpfTerm::Kind::All)
            return Walk::Done;
        if (!term.countsAsLookup())
            continue;
        // Counted as evaluation counts them: the eleventh term ends it
        // before its own query.
        if (++budget.lookups > maxLookups)
            return Walk::Blocked;
        if (walkTerm(term, domain, budget) == Walk::Blocked)
            return Walk::Blocked;
    }
    if (const auto redirect = record->redirect()) {
        if (++budget.lookups > maxLookups)
            return Walk::Blocked;
        const auto target = targetOf(redirect->domainSpec, domain);
        return target ? walkRecord(*target, budget) : Walk::Blocked;
    }
    return Walk::Done;
}

SpfPrefetcher::Walk SpfPrefetcher::walkTerm(const SpfTerm &term,
                                            const QString &domain,
                                            Budget &budget)
{
    const auto target = targetOf(term.domainSpec, domain);
    switch (term.kind) {
    case SpfTerm::Kind::Include:
        // Without a queryable name it is a permerror; with one, what the
        // record holds counts before the next term.
        return target ? walkRecord(*target, budget) : Walk::Blocked;
    case SpfTerm::Kind::A:
        return walkAddress(target, m_addressType, budget);
    case SpfTerm::Kind::Exists: // RFC 7208 section 5.7: always A
        return walkAddress(target, DnsResolver::A, budget);
    case SpfTerm::Kind::Mx:
        return walkMx(target, budget);
    default: // ptr: its names depend on the answer, and it is rare
        return countVoid(budget);
    }
}

SpfPrefetcher::Walk SpfPrefetcher::walkAddress(const std::optional<QString> &name,
                                               int type,
                                               Budget &budget)
{
    const auto answer = name ? answerOf(*name, type) : std::nullopt;
    if (!answer || SpfMatcher::isVoid(*answer))
        return countVoid(budget);
    // A DNS error ends evaluation with temperror (RFC 7208 section 5).
    return SpfMatcher::isError(*answer) ? Walk::Blocked : Walk::Done;
}

SpfPrefetcher::Walk SpfPrefetcher::walkMx(const std::optional<QString> &name, Budget &budget)
{
    const auto answer = name ? answerOf(*name, DnsResolver::Mx) : std::nullopt;
    if (!answer || SpfMatcher::isVoid(*answer))
        return countVoid(budget);
    if (SpfMatcher::isError(*answer) || answer->records.size() > maxMxNames)
        return Walk::Blocked; // temperror, or the permerror of too many names
    // Evaluation asks for every host's address together.
    bool hostError = false;
    for (const QByteArray &rdata : answer->records) {
        const auto mx = DnsRecordParser::mx(rdata);
        if (!mx || mx->isNull() || !SpfDomain::isQueryable(mx->exchange))
            continue;
        const auto host = answerOf(mx->exchange, m_addressType);
        hostError = hostError || (host && SpfMatcher::isError(*host));
    }
    return hostError ? Walk::Blocked : Walk::Done;
}

SpfPrefetcher::Walk SpfPrefetcher::countVoid(Budget &budget)
{
    // The term itself is reached; past the third void, nothing is.
    return ++budget.voids > maxVoidLookups ? Walk::Blocked : Walk::Done;
}

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

std::optional<DnsAnswer> SpfPrefetcher::answerOf(const QString &name, int type)
{
    const QString domain = SpfDomain::normalized(name);
    if (m_stopped || !SpfDomain::isQueryable(domain))
        return std::nullopt;
    if (auto answer = m_cache->answer(domain, type))
        return answer;
    const QString key = QString::number(type) + QLatin1Char(' ') + domain.toLower();
    if (m_watched.contains(key))
        return std::nullopt;
    const bool asked = m_cache->contains(domain, type); // by evaluation: wait for it
    if (!asked && m_fetched >= maxPrefetchedNames)
        return std::nullopt;
    m_watched.insert(key);
    if (!asked)
        ++m_fetched;
    m_cache->fetch(domain, type, [this](const DnsAnswer &) { update(); });
    return std::nullopt;
}

std::optional<SpfRecord> SpfPrefetcher::recordOf(const QString &domain)
{
    const QString key = SpfDomain::normalized(domain).toLower();
    if (const auto it = m_records.constFind(key); it != m_records.constEnd())
        return *it;
    const auto answer = answerOf(domain, DnsResolver::Txt);
    if (!answer)
        return std::nullopt;
    // RFC 7208 sections 4.4 and 4.5: an error, no record, several or a
    // syntax error end evaluation there.
    std::optional<SpfRecord> record;
    if (answer->status == DnsAnswer::Status::NoError) {
        const QStringList records = SpfRecord::selectRecords(answer->records);
        if (records.size() == 1) {
            SpfRecord parsed = SpfRecord::parse(records.first());
            if (parsed.isValid())
                record = parsed;
        }
    }
    m_records.insert(key, record);
    return record;
}
