// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// The outcome of one SPF evaluation, check_host() of RFC 7208 section 2.6,
// with what a person needs to understand it: why an error happened, which
// mechanism decided, the trail of records and mechanisms, and the counts
// that the processing limits of section 4.6.4 apply to.
struct SpfResult
{
    Q_GADGET
public:
    enum class Code { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };
    Q_ENUM(Code)

    // Why the result is none, permerror or temperror.
    enum class Problem {
        NoProblem,
        MalformedDomain,       // none: not a valid multi-label domain (section 4.3)
        NoSuchDomain,          // none: NXDOMAIN (section 4.3)
        NoRecord,              // none: no "v=spf1" TXT record (section 4.5)
        MultipleRecords,       // permerror: more than one (section 4.5)
        SyntaxError,           // permerror: a record does not parse (section 4.6)
        TooManyLookups,        // permerror: over 10 DNS-querying terms (section 4.6.4)
        TooManyVoidLookups,    // permerror: over 2 empty answers (section 4.6.4)
        TooManyMxNames,        // permerror: an "mx" with over 10 names (section 4.6.4)
        IncludeWithoutRecord,  // permerror: include: target has no record (section 5.2)
        RedirectWithoutRecord, // permerror: redirect= target has no record (section 6.1)
        InvalidTarget,         // permerror: include/redirect name not usable (section 4.8)
        DnsError,              // temperror: timeout, SERVFAIL... (section 2.6.6)
        DeadlineReached,       // temperror: the evaluation took too long (section 4.6.4)
        Cancelled,             // temperror: cancel() was called
        InvalidClientAddress,  // permerror: the query has no usable <ip>
    };
    Q_ENUM(Problem)

    Code code = Code::None;
    Problem problem = Problem::NoProblem;
    QString problemDomain; // where the problem was met
    QString problemDetail; // English evidence: the bad term, the DNS status...

    QString domain;        // the domain checked (section 4.1)
    QString record;        // its SPF record, empty when none was selected
    QStringList records;   // every "v=spf1" record found there (several: MultipleRecords)
    QString matchedTerm;   // the mechanism that decided, as written ("-all", "include:x")
    QString matchedDomain; // the domain whose record holds it
    QString explanation;   // for fail only (section 6.2)
    QStringList trail;     // what was looked at, in order, for the user
    int dnsLookups = 0;    // terms counted against the limit of 10
    int voidLookups = 0;   // answers with no data (limit 2)

    bool isError() const { return code == Code::TempError || code == Code::PermError; }
    // "pass", "fail", ..., the result names of RFC 7208 section 2.6.
    static QString codeName(Code code);
    // Parses a result name (any case); nullopt for an unknown name.
    static std::optional<Code> codeFromName(const QString &name);
};

Q_DECLARE_METATYPE(SpfResult)
