// SPDX-License-Identifier: GPL-3.0-or-later
#include "spf/SpfMatcher.h"

#include "dns/DnsResolver.h"
#include "spf/DnsRecordParser.h"
#include "spf/IpNetwork.h"
#include "spf/SpfDnsCache.h"
#include "spf/SpfDomain.h"

#include <algorithm>
#include <memory>

namespace {
using Outcome = SpfMatcher::Outcome;

Outcome outcome(Outcome::Kind kind, const QString &detail)
{
    Outcome result;
    result.kind = kind;
    result.detail = detail;
    return result;
}

QString typeName(int type)
{
    switch (type) {
    case DnsResolver::A:
        return QStringLiteral("A");
    case DnsResolver::Aaaa:
        return QStringLiteral("AAAA");
    case DnsResolver::Mx:
        return QStringLiteral("MX");
    case DnsResolver::Ptr:
        return QStringLiteral("PTR");
    case DnsResolver::Txt:
        return QStringLiteral("TXT");
    }
    return QString::number(type);
}

QString addressList(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (int i = 0; i < addresses.size() && i < 4; ++i)
        texts.append(addresses.at(i).toString());
    if (addresses.size() > 4)
        texts.append(QStringLiteral("..."));
    return texts.join(QLatin1String(", "));
}
} // namespace

SpfMatcher::SpfMatcher(SpfDnsCache *cache, const QHostAddress &client)
    : m_cache(cache)
    , m_client(client)
{}

bool SpfMatcher::isError(const DnsAnswer &answer)
{
    return answer.status != DnsAnswer::Status::NoError
           && answer.status != DnsAnswer::Status::NxDomain;
}

bool SpfMatcher::isVoid(const DnsAnswer &answer)
{
    return answer.status == DnsAnswer::Status::NxDomain
           || (answer.status == DnsAnswer::Status::NoError && answer.records.isEmpty()
               && answer.addresses.isEmpty());
}

QList<QHostAddress> SpfMatcher::addressesOf(const DnsAnswer &answer)
{
    if (!answer.addresses.isEmpty())
        return answer.addresses;
    QList<QHostAddress> addresses;
    for (const QByteArray &rdata : answer.records) {
        if (const auto address = DnsRecordParser::address(rdata))
            addresses.append(*address);
    }
    return addresses;
}

QString SpfMatcher::describe(const DnsAnswer &answer)
{
    return QStringLiteral("%1 %2: %3")
        .arg(answer.name, typeName(answer.type), DnsAnswer::statusName(answer.status));
}

int SpfMatcher::addressType() const
{
    return m_client.protocol() == QAbstractSocket::IPv4Protocol ? DnsResolver::A
                                                                : DnsResolver::Aaaa;
}

int SpfMatcher::prefixFor(int ip4Prefix, int ip6Prefix) const
{
    return m_client.protocol() == QAbstractSocket::IPv4Protocol ? ip4Prefix : ip6Prefix;
}

void SpfMatcher::matchA(const QString &name, int ip4Prefix, int ip6Prefix, Callback done)
{
    // RFC 7208 section 5.3: A or AAAA, following the client's family.
    const int prefix = prefixFor(ip4Prefix, ip6Prefix);
    m_cache->fetch(name, addressType(), [this, prefix, done](const DnsAnswer &answer) {
        if (isError(answer))
            return done(outcome(Outcome::Kind::TempError, describe(answer)));
        if (isVoid(answer)) {
            Outcome result = outcome(Outcome::Kind::NoMatch,
                                     describe(answer) + QStringLiteral(", no address"));
            result.isVoid = true;
            return done(result);
        }
        const QList<QHostAddress> addresses = addressesOf(answer);
        const bool matched = std::any_of(
            addresses.cbegin(), addresses.cend(), [this, prefix](const QHostAddress &address) {
                return IpNetwork(address, prefix).contains(m_client);
            });
        done(outcome(matched ? Outcome::Kind::Match : Outcome::Kind::NoMatch,
                     answer.name + QStringLiteral(": ") + addressList(addresses)));
    });
}

void SpfMatcher::matchMx(const QString &name, int ip4Prefix, int ip6Prefix, Callback done)
{
    // RFC 7208 section 5.4: the MX names, then the addresses of each.
    m_cache->fetch(
        name, DnsResolver::Mx, [this, ip4Prefix, ip6Prefix, done](const DnsAnswer &answer) {
            if (isError(answer))
                return done(outcome(Outcome::Kind::TempError, describe(answer)));
            if (isVoid(answer)) {
                Outcome result = outcome(Outcome::Kind::NoMatch,
                                         describe(answer) + QStringLiteral(", no MX"));
                result.isVoid = true;
                return done(result);
            }
            if (answer.records.size() > maxNames) {
                // RFC 7208 section 4.6.4: more than 10 MX names is a permerror.
                Outcome result = outcome(Outcome::Kind::PermError,
                                         QStringLiteral("%1 has %2 MX records, more than %3")
                                             .arg(answer.name)
                                             .arg(answer.records.size())
                                             .arg(maxNames));
                result.problem = SpfResult::Problem::TooManyMxNames;
                return done(result);
            }
            QList<MxRecord> records;
            for (const QByteArray &rdata : answer.records) {
                if (const auto record = DnsRecordParser::mx(rdata))
                    records.append(*record);
            }
            std::stable_sort(
                records.begin(), records.end(), [](const MxRecord &a, const MxRecord &b) {
                    return a.preference < b.preference;
                });
            QStringList hosts;
            for (const MxRecord &record : std::as_const(records)) {
                if (!record.isNull() && SpfDomain::isQueryable(record.exchange))
                    hosts.append(record.exchange); // a null MX (RFC 7505) names no host
            }
            if (hosts.isEmpty())
                return done(
                    outcome(Outcome::Kind::NoMatch, answer.name + QStringLiteral(": no MX host")));
            const int prefix = prefixFor(ip4Prefix, ip6Prefix);
            fetchAll(
                hosts, addressType(), [this, hosts, prefix, done](const QList<DnsAnswer> &answers) {
                    for (int i = 0; i < answers.size(); ++i) {
                        if (isError(answers.at(i)))
                            return done(outcome(Outcome::Kind::TempError, describe(answers.at(i))));
                        const QList<QHostAddress> addresses = addressesOf(answers.at(i));
                        for (const QHostAddress &address : addresses) {
                            if (IpNetwork(address, prefix).contains(m_client))
                                return done(outcome(Outcome::Kind::Match,
                                                    QStringLiteral("MX host %1: %2")
                                                        .arg(hosts.at(i), address.toString())));
                        }
                    }
                    return done(outcome(
                        Outcome::Kind::NoMatch,
                        QStringLiteral("MX hosts: %1").arg(hosts.join(QLatin1String(", ")))));
                });
        });
}

void SpfMatcher::matchPtr(const QString &target, Callback done)
{
    // RFC 7208 section 5.5: PTR names under the target, validated by a
    // forward lookup. A DNS error on the PTR query is no match, not temperror.
    ptrNames([this, target, done](const DnsAnswer &answer, const QStringList &names) {
        if (isError(answer))
            return done(outcome(Outcome::Kind::NoMatch, describe(answer)));
        if (isVoid(answer)) {
            Outcome result = outcome(Outcome::Kind::NoMatch,
                                     describe(answer) + QStringLiteral(", no PTR"));
            result.isVoid = true;
            return done(result);
        }
        QStringList candidates;
        std::copy_if(
            names.cbegin(),
            names.cend(),
            std::back_inserter(candidates),
            [&target](const QString &name) { return SpfDomain::isSubdomainOf(name, target); });
        validate(candidates, [names, done](const QStringList &validated) {
            if (validated.isEmpty())
                return done(
                    outcome(Outcome::Kind::NoMatch,
                            QStringLiteral("PTR: %1").arg(names.join(QLatin1String(", ")))));
            done(outcome(Outcome::Kind::Match,
                         QStringLiteral("validated PTR %1").arg(validated.first())));
        });
    });
}

void SpfMatcher::matchExists(const QString &name, Callback done)
{
    // RFC 7208 section 5.7: an A query whatever the client's family.
    m_cache->fetch(name, DnsResolver::A, [done](const DnsAnswer &answer) {
        if (isError(answer))
            return done(outcome(Outcome::Kind::TempError, describe(answer)));
        if (isVoid(answer)) {
            Outcome result = outcome(Outcome::Kind::NoMatch, describe(answer));
            result.isVoid = true;
            return done(result);
        }
        done(outcome(Outcome::Kind::Match, describe(answer)));
    });
}

void SpfMatcher::resolveValidatedNames(std::function<void()> done)
{
    ptrNames([this, done](const DnsAnswer &, const QStringList &names) {
        validate(names, [this, done](const QStringList &validated) {
            m_validatedNames = validated;
            done();
        });
    });
}

QString SpfMatcher::validatedNameFor(const QString &domain) const
{
    if (!m_validatedNames || m_validatedNames->isEmpty())
        return QStringLiteral("unknown");
    for (const QString &name : *m_validatedNames) {
        if (SpfDomain::normalized(name).compare(SpfDomain::normalized(domain), Qt::CaseInsensitive)
            == 0)
            return name;
    }
    for (const QString &name : *m_validatedNames) {
        if (SpfDomain::isSubdomainOf(name, domain))
            return name;
    }
    return m_validatedNames->first();
}

void SpfMatcher::ptrNames(std::function<void(const DnsAnswer &, const QStringList &)> done)
{
    m_cache->fetch(
        SpfDomain::reverseName(m_client), DnsResolver::Ptr, [done](const DnsAnswer &answer) {
            QStringList names;
            for (const QByteArray &rdata : answer.records) {
                // RFC 7208 section 4.6.4: names past the first 10 are ignored.
                if (names.size() >= maxNames)
                    break;
                const auto name = DnsRecordParser::ptr(rdata);
                if (name && SpfDomain::isQueryable(*name))
                    names.append(*name);
            }
            done(answer, isError(answer) ? QStringList() : names);
        });
}

void SpfMatcher::validate(const QStringList &names, std::function<void(const QStringList &)> done)
{
    fetchAll(names, addressType(), [this, names, done](const QList<DnsAnswer> &answers) {
        QStringList validated;
        for (int i = 0; i < answers.size(); ++i) {
            // RFC 7208 section 5.5: a DNS error skips the name.
            if (isError(answers.at(i)))
                continue;
            if (addressesOf(answers.at(i)).contains(m_client))
                validated.append(names.at(i));
        }
        done(validated);
    });
}

void SpfMatcher::fetchAll(const QStringList &names, int type, Answers done)
{
    if (names.isEmpty())
        return done({});
    struct Batch
    {
        QList<DnsAnswer> answers;
        int remaining = 0;
    };
    auto batch = std::make_shared<Batch>();
    batch->answers.resize(names.size());
    batch->remaining = int(names.size());
    for (int i = 0; i < names.size(); ++i) {
        m_cache->fetch(names.at(i), type, [batch, i, done](const DnsAnswer &answer) {
            batch->answers[i] = answer;
            if (--batch->remaining == 0)
                done(batch->answers);
        });
    }
}
