// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/ReputationAnalysis.h"

#include "core/CheckName.h"
#include "findings/FindingCatalog.h"
#include "findings/FindingIds.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

using Listing = SenderReputation::Listing;

struct Context
{
    const SenderReputation &reputation;
    QString fact;
    QStringList commonEvidence;
};

Finding make(const Context &context, const char *id, FindingArgs args, QStringList evidence)
{
    args.set(FindingArg::SenderChecks, context.fact);
    return FindingCatalog::make(
        QLatin1String(id), args, evidence + context.commonEvidence, CheckName::message());
}

QString addressList(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &address : addresses)
        texts.append(address.toString());
    return texts.join(QLatin1String(", "));
}

// The answer as the DNS gave it: "NXDOMAIN", "NOERROR, no record".
QString statusWords(DnsAnswer::Status status, bool empty)
{
    const QString name = DnsAnswer::statusName(status);
    return status == DnsAnswer::Status::NoError && empty ? name + QStringLiteral(", no record")
                                                         : name;
}

void addReverse(const Context &context, QList<Finding> &findings)
{
    const SenderReputation &reputation = context.reputation;
    const QString address = reputation.address.toString();
    QStringList evidence{QStringLiteral("%1 PTR: %2")
                             .arg(reputation.ptrQuery,
                                  reputation.ptrNames.isEmpty()
                                      ? statusWords(reputation.ptrStatus, true)
                                      : reputation.ptrNames.join(QLatin1String(", ")))};
    switch (reputation.ptr) {
    case SenderReputation::Ptr::Missing:
        findings.append(make(context,
                             FindingId::MessagePtrMissing,
                             {{FindingArg::Address, address},
                              {FindingArg::Name, reputation.ptrQuery},
                              {FindingArg::Detail, statusWords(reputation.ptrStatus, true)},
                              {FindingArg::Reason, QStringLiteral("missing")}},
                             evidence));
        return;
    case SenderReputation::Ptr::Unchecked:
        findings.append(make(context,
                             FindingId::MessagePtrUnchecked,
                             {{FindingArg::Address, address},
                              {FindingArg::Name, reputation.ptrQuery},
                              {FindingArg::Detail, statusWords(reputation.ptrStatus, false)},
                              {FindingArg::Reason, QStringLiteral("unchecked")}},
                             evidence));
        return;
    case SenderReputation::Ptr::Found:
        break;
    }
    QList<QHostAddress> forwardAddresses;
    QStringList failures;
    for (const SenderReputation::ForwardName &name : reputation.forwardNames) {
        evidence << QStringLiteral("%1: %2").arg(name.name,
                                                 name.addresses.isEmpty()
                                                     ? statusWords(name.status, true)
                                                     : addressList(name.addresses));
        forwardAddresses += name.addresses;
        if (name.status != DnsAnswer::Status::NoError && name.status != DnsAnswer::Status::NxDomain)
            failures << DnsAnswer::statusName(name.status);
    }
    const QString names = reputation.ptrNames.join(QLatin1String(", "));
    switch (reputation.forward) {
    case SenderReputation::Forward::Confirmed:
        findings.append(make(context,
                             FindingId::MessageFcrdnsOk,
                             {{FindingArg::Address, address},
                              {FindingArg::Name, reputation.confirmedName},
                              {FindingArg::Reason, QStringLiteral("confirmed")}},
                             evidence));
        break;
    case SenderReputation::Forward::Mismatch:
        findings.append(make(
            context,
            FindingId::MessageFcrdnsMismatch,
            {{FindingArg::Address, address},
             {FindingArg::Name, names},
             {FindingArg::Detail,
              forwardAddresses.isEmpty() ? QCoreApplication::translate("Findings", "no address")
                                         : addressList(forwardAddresses)},
             {FindingArg::Reason, QStringLiteral("mismatch")}},
            evidence));
        break;
    case SenderReputation::Forward::Unchecked:
    case SenderReputation::Forward::NotAsked:
        findings.append(make(context,
                             FindingId::MessagePtrUncheckedForward,
                             {{FindingArg::Address, address},
                              {FindingArg::Name, names},
                              {FindingArg::Detail, failures.join(QLatin1String(", "))},
                              {FindingArg::Reason, QStringLiteral("forward-unchecked")}},
                             evidence));
        break;
    }
}

QString codeWords(const SenderReputation::ListAnswer &answer)
{
    QStringList words;
    for (const BlocklistTable::Code &code : answer.codes)
        words << (code.list.isEmpty()
                      ? code.answer.toString()
                      : QStringLiteral("%1 %2").arg(code.answer.toString(), code.list));
    return words.join(QLatin1String(", "));
}

QStringList listEvidence(const SenderReputation::ListAnswer &answer)
{
    QStringList evidence{QStringLiteral("%1 A: %2")
                             .arg(answer.queryName,
                                  answer.codes.isEmpty() ? DnsAnswer::statusName(answer.status)
                                                         : codeWords(answer))};
    for (const BlocklistTable::Code &code : answer.codes) {
        if (!code.meaning.isEmpty())
            evidence << QStringLiteral("%1 (%2): %3")
                            .arg(code.answer.toString(), answer.list.name, code.meaning);
    }
    if (!answer.list.source.isEmpty())
        evidence << QStringLiteral("%1's codes: %2 (checked %3)")
                        .arg(answer.list.name, answer.list.source, answer.list.checked);
    return evidence;
}

const char *listedId(BlocklistTable::Kind kind)
{
    switch (kind) {
    case BlocklistTable::Kind::Exploited:
        return FindingId::MessageIpListedExploited;
    case BlocklistTable::Kind::Policy:
        return FindingId::MessageIpListedPolicy;
    default:
        return FindingId::MessageIpListed;
    }
}

void addBlocklists(const Context &context, QList<Finding> &findings)
{
    const SenderReputation &reputation = context.reputation;
    const QString address = reputation.address.toString();
    QStringList notListed;
    QStringList notListedEvidence;
    for (const SenderReputation::ListAnswer &answer : reputation.lists) {
        const FindingArgs args{
            {FindingArg::Address, address},
            {FindingArg::Provider, answer.list.name},
            {FindingArg::Name, answer.queryName},
            {FindingArg::Record, answer.list.zone},
            {FindingArg::Url,
             answer.list.lookupUrl.isEmpty() ? answer.list.zone : answer.list.lookupUrl}};
        auto with = [&args](FindingArg arg, const QString &value, const QString &reason) {
            FindingArgs more = args;
            more.set(arg, value);
            more.set(FindingArg::Reason, reason);
            return more;
        };
        switch (answer.listing) {
        case Listing::Listed: {
            const BlocklistTable::Kind kind = answer.kind();
            findings.append(
                make(context,
                     listedId(kind),
                     with(FindingArg::Detail, codeWords(answer), BlocklistTable::kindName(kind)),
                     listEvidence(answer)));
            break;
        }
        case Listing::Refused:
            findings.append(
                make(context,
                     FindingId::MessageIpListUnknownRefused,
                     with(FindingArg::Detail, codeWords(answer), QStringLiteral("refused")),
                     listEvidence(answer)));
            break;
        case Listing::Unexpected:
            findings.append(
                make(context,
                     FindingId::MessageIpListUnknownUnexpected,
                     with(FindingArg::Detail, codeWords(answer), QStringLiteral("unexpected")),
                     listEvidence(answer)));
            break;
        case Listing::Unchecked:
            findings.append(make(context,
                                 FindingId::MessageIpListUnknown,
                                 with(FindingArg::Detail,
                                      DnsAnswer::statusName(answer.status),
                                      QStringLiteral("unchecked")),
                                 listEvidence(answer)));
            break;
        case Listing::NotListed:
            notListed << answer.list.name;
            notListedEvidence << QStringLiteral("%1 A: %2")
                                     .arg(answer.queryName, statusWords(answer.status, true));
            break;
        case Listing::Skipped:
            break;
        }
    }
    if (!notListed.isEmpty())
        findings.append(make(context,
                             FindingId::MessageIpNotListed,
                             {{FindingArg::Address, address},
                              {FindingArg::Provider, QLocale().createSeparatedList(notListed)},
                              {FindingArg::Reason, QStringLiteral("not-listed")}},
                             notListedEvidence));
}

// Privacy: each list asked learns that this address was looked up.
QStringList askedEvidence(const SenderReputation &reputation)
{
    QStringList evidence{QStringLiteral("Received: ") + reputation.receivedLine};
    if (!reputation.blocklistsWanted) {
        evidence << QStringLiteral("Blocklists: none asked (turned off)");
        return evidence;
    }
    const QStringList asked = reputation.askedZones();
    evidence << QStringLiteral("Blocklists asked about %1: %2")
                    .arg(reputation.address.toString(),
                         asked.isEmpty() ? QStringLiteral("none")
                                         : asked.join(QLatin1String(", ")));
    for (const SenderReputation::ListAnswer &answer : reputation.lists) {
        if (answer.listing == Listing::Skipped)
            evidence << QStringLiteral("%1: not asked (it lists IPv4 addresses only)")
                            .arg(answer.list.zone);
    }
    return evidence;
}

} // namespace

QList<Finding> ReputationAnalysis::analyse(const SenderReputation &reputation)
{
    const Context context{reputation, reputation.toFact(), askedEvidence(reputation)};
    QList<Finding> findings;
    addReverse(context, findings);
    addBlocklists(context, findings);
    return findings;
}
