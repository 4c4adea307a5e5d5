// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"
#include "domain/DomainConclusion.h"
#include "domain/KeyInspector.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Judges the DKIM key published for one selector of a domain, from the TXT
// answer at selector._domainkey.domain: a pure function of that answer, so
// that the DomainCheck only looks up and reports. Findings (arguments: %1
// selector, %2 domain, %3 the name looked up, %4 a detail):
//   domain.dkim_ok        pass     %4 the key ("RSA, 2048 bits")
//   domain.dkim_missing   warning  no TXT record at the name, or NXDOMAIN
//   domain.dkim_revoked   failure  p= is empty
//   domain.dkim_weak_key  failure  RSA under 1024 bits; warning (override)
//                                  from 1024 to 2047; %4 the number of bits
//   domain.dkim_syntax    failure  %4 the parser's message, or "N records"
//   domain.dkim_testing   warning  t=y, added after dkim_ok or a 1024+ bit dkim_weak_key
//   domain.lookup_failed  warning  the DNS gave no usable answer
//                                  (%1 name, %2 "DKIM", %3 the reason)
class DkimAssessment
{
    Q_DECLARE_TR_FUNCTIONS(DkimAssessment)
public:
    // RFC 8301 section 3.2: keys under 1024 bits must not be accepted;
    // signers should use at least 2048.
    static constexpr int minimumBits = 1024;
    static constexpr int recommendedBits = 2048;

    // "selector._domainkey.domain" (RFC 6376 section 3.6.2.1).
    static QString recordName(const QString &selector, const QString &domain);

    // The verdict on the key (ok, missing, revoked, weak_key, syntax or
    // lookup_failed) comes first, always; dkim_testing follows it when the
    // key is usable and flagged t=y.
    static QList<DomainConclusion> assess(
        const QString &domain,
        const QString &selector,
        const DnsAnswer &txtAnswer,
        const KeyInspector &inspector = KeyInspector::defaultInspector());
};
