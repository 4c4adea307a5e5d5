// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/SenderReputationCheck.h"

#include "dns/DnsResolver.h"
#include "dns/DnsSource.h"
#include "message/ReverseQueryName.h"
#include "spf/DnsRecordParser.h"

namespace {

// A definite answer about the name: it exists with data, or it does not.
bool isDefinite(DnsAnswer::Status status)
{
    return status == DnsAnswer::Status::NoError || status == DnsAnswer::Status::NxDomain;
}

} // namespace

SenderReputationCheck::SenderReputationCheck(DnsSource *dns,
                                             const SendingHop &sender,
                                             bool blocklists,
                                             const QStringList &zones,
                                             QObject *parent)
    : QObject(parent)
    , m_dns(dns)
    , m_zones(blocklists && zones.isEmpty() ? BlocklistTable::builtIn().defaultZones() : zones)
{
    m_result.address = ReverseQueryName::normalized(sender.address);
    m_result.clientName = sender.clientName;
    m_result.receivedLine = sender.raw;
    m_result.blocklistsWanted = blocklists;
    if (!blocklists)
        m_zones.clear();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &SenderReputationCheck::conclude);
}

void SenderReputationCheck::start()
{
    QTimer::singleShot(0, this, &SenderReputationCheck::begin);
}

void SenderReputationCheck::begin()
{
    if (m_deadlineMs > 0)
        m_deadline.start(m_deadlineMs);
    // One count for begin() itself, so that an answer given at once cannot
    // conclude before every look-up is under way.
    m_pending = 1;
    lookupPtr();
    lookupBlocklists();
    done();
}

SenderReputation::Ptr SenderReputationCheck::readPtr(const DnsAnswer &answer, QStringList *names)
{
    if (answer.status == DnsAnswer::Status::NxDomain)
        return SenderReputation::Ptr::Missing;
    if (answer.status != DnsAnswer::Status::NoError)
        return SenderReputation::Ptr::Unchecked;
    for (const QByteArray &rdata : answer.records) {
        if (names->size() >= maxPtrNames)
            break;
        const auto name = DnsRecordParser::ptr(rdata);
        if (name && !name->isEmpty() && !names->contains(name->toLower()))
            names->append(name->toLower());
    }
    // NOERROR with no record (NODATA, RFC 2308 section 2.2) is no name too.
    return names->isEmpty() ? SenderReputation::Ptr::Missing : SenderReputation::Ptr::Found;
}

void SenderReputationCheck::lookupPtr()
{
    m_result.ptrQuery = ReverseQueryName::ptrName(m_result.address);
    ++m_pending;
    m_dns->lookup(m_result.ptrQuery, DnsResolver::Ptr, this, [this](const DnsAnswer &answer) {
        if (m_finished)
            return;
        m_result.ptrStatus = answer.status;
        m_result.ptr = readPtr(answer, &m_result.ptrNames);
        if (m_result.ptr == SenderReputation::Ptr::Found)
            lookupForward();
        done();
    });
}

void SenderReputationCheck::lookupForward()
{
    const int type = m_result.address.protocol() == QAbstractSocket::IPv6Protocol
                         ? DnsResolver::Aaaa
                         : DnsResolver::A;
    for (const QString &name : std::as_const(m_result.ptrNames)) {
        m_result.forwardNames.append({name, {}, DnsAnswer::Status::Failure});
        const int index = m_result.forwardNames.size() - 1;
        ++m_pending;
        m_dns->lookup(name, type, this, [this, index](const DnsAnswer &answer) {
            if (m_finished)
                return;
            SenderReputation::ForwardName &forward = m_result.forwardNames[index];
            forward.status = answer.status;
            forward.addresses = answer.addresses;
            done();
        });
    }
}

SenderReputation::Forward SenderReputationCheck::concludeForward(
    const QHostAddress &address,
    const QList<SenderReputation::ForwardName> &names,
    QString *confirmedName)
{
    if (names.isEmpty())
        return SenderReputation::Forward::NotAsked;
    bool allDefinite = true;
    for (const SenderReputation::ForwardName &name : names) {
        for (const QHostAddress &found : name.addresses) {
            if (ReverseQueryName::normalized(found) == address) {
                *confirmedName = name.name;
                return SenderReputation::Forward::Confirmed;
            }
        }
        allDefinite = allDefinite && isDefinite(name.status);
    }
    return allDefinite ? SenderReputation::Forward::Mismatch : SenderReputation::Forward::Unchecked;
}

SenderReputation::ListAnswer SenderReputationCheck::readListing(
    const BlocklistTable::Blocklist &list, const QString &queryName, const DnsAnswer &answer)
{
    SenderReputation::ListAnswer result;
    result.list = list;
    result.queryName = queryName;
    result.status = answer.status;
    if (answer.status == DnsAnswer::Status::NxDomain
        || (answer.status == DnsAnswer::Status::NoError && answer.addresses.isEmpty())) {
        result.listing = SenderReputation::Listing::NotListed;
        return result;
    }
    if (answer.status != DnsAnswer::Status::NoError) {
        result.listing = SenderReputation::Listing::Unchecked;
        return result;
    }
    for (const QHostAddress &address : answer.addresses)
        result.codes.append(BlocklistTable::classify(list, address));
    // A listing code anywhere is a listing; else a refusal; else no DNSBL answer.
    using Kind = BlocklistTable::Kind;
    bool refused = false;
    result.listing = SenderReputation::Listing::Unexpected;
    for (const BlocklistTable::Code &code : std::as_const(result.codes)) {
        if (code.kind == Kind::Refused)
            refused = true;
        else if (code.kind != Kind::Unexpected) {
            result.listing = SenderReputation::Listing::Listed;
            return result;
        }
    }
    if (refused)
        result.listing = SenderReputation::Listing::Refused;
    return result;
}

void SenderReputationCheck::lookupBlocklists()
{
    const bool ipv6 = m_result.address.protocol() == QAbstractSocket::IPv6Protocol;
    for (const QString &zone : std::as_const(m_zones)) {
        SenderReputation::ListAnswer skipped;
        skipped.list = BlocklistTable::builtIn().blocklist(zone);
        skipped.listing = SenderReputation::Listing::Skipped;
        m_result.lists.append(skipped);
        if (ipv6 && !skipped.list.ipv6)
            continue; // it would answer "not listed" for an address it never lists
        const int index = m_result.lists.size() - 1;
        const QString name = ReverseQueryName::blocklistName(m_result.address, zone);
        m_result.lists[index].queryName = name;
        m_result.lists[index].listing = SenderReputation::Listing::Unchecked;
        ++m_pending;
        m_dns->lookup(name, DnsResolver::A, this, [this, index, name](const DnsAnswer &answer) {
            if (m_finished)
                return;
            m_result.lists[index] = readListing(m_result.lists.at(index).list, name, answer);
            done();
        });
    }
}

void SenderReputationCheck::done()
{
    if (--m_pending == 0)
        conclude();
}

void SenderReputationCheck::conclude()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_result.forward = concludeForward(
        m_result.address, m_result.forwardNames, &m_result.confirmedName);
    emit finished();
}

// Its own translation unit, not the engine's mocs_compilation (see MessageDiagnosis.cpp).
#include "moc_SenderReputationCheck.cpp"
