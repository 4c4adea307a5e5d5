// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dkim/DkimVerdict.h"
#include "dmarc/DmarcVerdict.h"
#include "spf/SpfResult.h"

#include <QHostAddress>
#include <QList>

#include <optional>

// DMARC (RFC 7489) for one message through libopendmarc, from facts found
// beforehand with the engine's resolver: the policy record (the From
// domain's, or its organizational domain's, RFC 7489 section 6.6.3), the
// DKIM verdicts and the SPF result. libopendmarc parses the record, weighs
// the signatures, checks alignment (relaxed or strict) and picks the policy;
// it sends no DNS query here. Pure: facts in, verdict out.
class DmarcEvaluator
{
public:
    struct Input
    {
        QString fromDomain;
        QString organizationalDomain; // DomainNames::registrableDomain(fromDomain)
        enum class Record { Found, Missing, LookupFailed } recordStatus = Record::Missing;
        QString record;       // the v=DMARC1 record
        QString recordDomain; // fromDomain or organizationalDomain
        QHostAddress client;  // the address that handed the message over
        QList<DkimVerdict> dkim;
        std::optional<SpfResult> spf;
        QString spfDomain; // the MAIL FROM domain (or HELO name) SPF checked
        bool spfFromHelo = false;
    };

    static DmarcVerdict evaluate(const Input &input);
};
