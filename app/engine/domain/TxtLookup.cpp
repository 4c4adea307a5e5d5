// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TxtLookup.h"

#include "domain/TagList.h"
#include "spf/DnsRecordParser.h"

namespace {
// Long enough for a 4096-bit key record, short enough for a report.
constexpr int evidenceLength = 800;
} // namespace

TxtLookup TxtLookup::read(const DnsAnswer &answer)
{
    TxtLookup lookup;
    lookup.m_evidence.append(answer.summary());
    // Providers delegate DKIM keys by CNAME (s1._domainkey -> ...sendgrid.net):
    // say where the answer really came from.
    if (!answer.canonicalName.isEmpty()
        && answer.canonicalName.compare(answer.name, Qt::CaseInsensitive) != 0)
        lookup.m_evidence.append(
            tr("%1 is an alias (CNAME) of %2").arg(answer.name, answer.canonicalName));
    if (answer.bogus) {
        // A validating resolver would answer SERVFAIL: the records cannot be trusted.
        lookup.m_outcome = Outcome::Failed;
        lookup.m_failure = tr("DNSSEC validation failed: %1").arg(answer.whyBogus);
        return lookup;
    }
    switch (answer.status) {
    case DnsAnswer::Status::NxDomain:
        lookup.m_outcome = Outcome::NoRecord;
        return lookup;
    case DnsAnswer::Status::NoError:
        break;
    default:
        lookup.m_outcome = Outcome::Failed;
        lookup.m_failure = answer.error.isEmpty() ? DnsAnswer::statusName(answer.status)
                                                  : DnsAnswer::statusName(answer.status)
                                                        + QStringLiteral(": ") + answer.error;
        return lookup;
    }
    for (const QByteArray &rdata : answer.records) {
        const auto text = DnsRecordParser::txt(rdata);
        if (!text) {
            ++lookup.m_malformed;
            lookup.m_evidence.append(
                tr("malformed TXT data (%n byte(s))", nullptr, int(rdata.size())));
            continue;
        }
        const QString record = QString::fromLatin1(*text);
        lookup.m_texts.append(record);
        lookup.m_evidence.append(
            QStringLiteral("\"%1\"").arg(TagList::forDisplay(record, evidenceLength)));
    }
    lookup.m_outcome = lookup.m_texts.isEmpty() && lookup.m_malformed == 0 ? Outcome::NoRecord
                                                                           : Outcome::Records;
    return lookup;
}
