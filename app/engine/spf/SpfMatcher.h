// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"
#include "spf/SpfResult.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class SpfDnsCache;

// The DNS half of the a, mx, ptr and exists mechanisms (RFC 7208 sections
// 5.3 to 5.7) and of the "p" macro (section 7.3): given a target name, finds
// out whether the client address matches. Independent lookups (the addresses
// of every MX host, of every PTR name) run concurrently; their answers are
// then read in order, so the outcome is that of one-by-one evaluation.
// Limits on terms are the evaluator's business; this class reports whether
// a lookup was void and enforces the per-mechanism limits of section 4.6.4.
class SpfMatcher
{
public:
    struct Outcome
    {
        enum class Kind { Match, NoMatch, TempError, PermError };
        Kind kind = Kind::NoMatch;
        bool isVoid = false; // the mechanism's own lookup found no data
        SpfResult::Problem problem = SpfResult::Problem::NoProblem;
        QString detail; // English evidence for the trail
    };
    using Callback = std::function<void(const Outcome &)>;

    // Names looked at per mx or ptr mechanism (RFC 7208 section 4.6.4).
    static constexpr int maxNames = 10;

    SpfMatcher(SpfDnsCache *cache, const QHostAddress &client);

    void matchA(const QString &name, int ip4Prefix, int ip6Prefix, Callback done);
    void matchMx(const QString &name, int ip4Prefix, int ip6Prefix, Callback done);
    void matchPtr(const QString &target, Callback done);
    void matchExists(const QString &name, Callback done);

    // The "p" macro: the client's validated names, looked up once.
    bool hasValidatedNames() const { return m_validatedNames.has_value(); }
    void resolveValidatedNames(std::function<void()> done);
    // RFC 7208 section 7.3: `domain` itself if validated, else one of its
    // subdomains, else any validated name, else "unknown".
    QString validatedNameFor(const QString &domain) const;

    // Whether an answer is an error rather than data or its absence
    // (RFC 7208 section 5: SERVFAIL, timeout and the like give temperror).
    static bool isError(const DnsAnswer &answer);
    // RFC 7208 section 4.6.4: NOERROR with no answer, or NXDOMAIN.
    static bool isVoid(const DnsAnswer &answer);
    static QList<QHostAddress> addressesOf(const DnsAnswer &answer);

private:
    using Answers = std::function<void(const QList<DnsAnswer> &)>;
    void fetchAll(const QStringList &names, int type, Answers done);
    void ptrNames(std::function<void(const DnsAnswer &, const QStringList &)> done);
    void validate(const QStringList &names, std::function<void(const QStringList &)> done);
    int addressType() const;
    int prefixFor(int ip4Prefix, int ip6Prefix) const;
    static QString describe(const DnsAnswer &answer);

    SpfDnsCache *m_cache;
    QHostAddress m_client;
    std::optional<QStringList> m_validatedNames;
};
