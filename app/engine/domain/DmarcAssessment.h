// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"
#include "domain/DomainConclusion.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Judges a domain's DMARC policy from the TXT answer at _dmarc.domain and,
// when that has no record, the one at the organizational domain (RFC 7489
// section 6.6.3). Pure: the DomainCheck looks up, this decides. Findings
// (arguments: %1 the domain, %2 the name where the record is, or was looked
// for, %3 a detail):
//   domain.dmarc_ok        pass     %3 the policy in force, %4 pct
//   domain.dmarc_none      info     p=none (or sp=none, for a subdomain)
//   domain.dmarc_missing   warning  no record; %3 the organizational
//                                   domain's name when it was asked too
//   domain.dmarc_multiple  failure  %3 how many records start with v=DMARC1
//   domain.dmarc_syntax    failure  %3 the parser's message
//   domain.lookup_failed   warning  (%1 name, %2 "DMARC", %3 the reason)
class DmarcAssessment
{
    Q_DECLARE_TR_FUNCTIONS(DmarcAssessment)
public:
    // "_dmarc.domain" (RFC 7489 section 6.1).
    static QString recordName(const QString &domain);
    // The domain whose record applies when the exact one has none (RFC 7489
    // section 3.2, here without a public suffix list: DomainNames).
    static QString organizationalDomain(const QString &domain);
    // Whether the organizational domain's record must be fetched too: the
    // exact name holds no DMARC record (RFC 7489 section 6.6.3 step 3) and
    // the organizational domain is another name.
    static bool needsOrganizationalLookup(const QString &domain, const DnsAnswer &exactAnswer);

    // Exactly one conclusion. `organizationalAnswer` is the TXT answer at
    // _dmarc.<organizationalDomain(domain)>, when it was looked up.
    static QList<DomainConclusion> assess(
        const QString &domain,
        const DnsAnswer &exactAnswer,
        const std::optional<DnsAnswer> &organizationalAnswer = std::nullopt);
};
