// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DmarcRecord.h"

#include <QString>

// What libopendmarc concluded about a message (RFC 7489 sections 3.1, 6.6):
// the policy record that applies, whether DKIM or SPF passed for a domain
// aligned with From, and the policy to apply when neither did.
struct DmarcVerdict
{
    enum class Result {
        Pass,
        Fail,
        NoPolicy,  // no DMARC record for the From domain or its organization
        TempError, // the record's look-up failed: nothing can be said
        PermError, // the record does not parse
        NoFromDomain
    };
    using Policy = DmarcRecord::Policy; // p= and sp=, as the record parser reads them

    Result result = Result::NoPolicy;
    QString fromDomain;
    QString organizationalDomain; // of the From domain, from the Public Suffix List
    QString recordDomain;         // where the record was found (From's or its organization's)
    QString record;
    Policy requested = Policy::None; // p= (or sp= for a subdomain)
    Policy toApply = Policy::None;   // what a receiver applies to this message
    bool strictDkim = false;         // adkim=s
    bool strictSpf = false;          // aspf=s
    bool dkimAligned = false;
    bool spfAligned = false;
    int percent = 100;
    QString dkimDomain; // the d= domain libopendmarc weighed
    QString spfDomain;  // the SPF identity's domain

    static QString resultName(Result result);
};
