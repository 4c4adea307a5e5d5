// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"
#include "message/BlocklistTable.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// What the DNS says today of the address that handed a message to its
// receiver: its reverse name (PTR), whether that name points back to it
// (forward-confirmed reverse DNS), and what each DNS blocklist asked
// answered. Made by SenderReputationCheck, read by ReputationAnalysis.
struct SenderReputation
{
    // The state of one look-up's conclusion.
    enum class Ptr {
        Found,    // one name or more
        Missing,  // NXDOMAIN, or NOERROR with no PTR record (NODATA)
        Unchecked // timeout, SERVFAIL, REFUSED: says nothing of the record
    };
    enum class Forward {
        Confirmed, // a PTR name has the address among its A/AAAA records
        Mismatch,  // every name answered, none with the address
        Unchecked, // no name matched and some look-up failed
        NotAsked   // no PTR name to ask about
    };
    enum class Listing {
        NotListed,  // NXDOMAIN or NODATA
        Listed,     // an answer code in 127.0.0.0/8 that is a listing
        Refused,    // the list's code for "query refused" (Spamhaus 127.255.255.x)
        Unexpected, // an answer outside 127.0.0.0/8: no DNSBL answer
        Unchecked,  // timeout, SERVFAIL, REFUSED
        Skipped     // not asked: the list has no IPv6 data
    };

    struct ForwardName
    {
        QString name;
        QList<QHostAddress> addresses;
        DnsAnswer::Status status = DnsAnswer::Status::Failure;
    };

    struct ListAnswer
    {
        BlocklistTable::Blocklist list;
        QString queryName;
        Listing listing = Listing::Unchecked;
        DnsAnswer::Status status = DnsAnswer::Status::Failure;
        QList<BlocklistTable::Code> codes; // one per A record of the answer
        // The worst kind among the codes (Spam before Exploited before Policy).
        BlocklistTable::Kind kind() const;
    };

    QHostAddress address;
    QString clientName; // what the receiver wrote of it (HELO or reverse name)
    QString receivedLine;

    QString ptrQuery;
    Ptr ptr = Ptr::Unchecked;
    DnsAnswer::Status ptrStatus = DnsAnswer::Status::Failure;
    QStringList ptrNames;

    Forward forward = Forward::NotAsked;
    QString confirmedName;
    QList<ForwardName> forwardNames;

    bool blocklistsWanted = true;
    QList<ListAnswer> lists;

    static QString ptrStateName(Ptr ptr);
    static QString forwardStateName(Forward forward);
    static QString listingName(Listing listing);
    // Everything above as one JSON object (a finding's "sender-checks" fact).
    QString toFact() const;
    // "zen.spamhaus.org, bl.spamcop.net": the lists that were asked.
    QStringList askedZones() const;
};
