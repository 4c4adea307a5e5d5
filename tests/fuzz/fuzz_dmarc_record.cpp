// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a TXT record read as a DMARC policy record (RFC 7489
// section 6.3) the way the DMARC check reads it: bytes to characters one to
// one (TxtLookup), recognised or not, then parsed with its defaults.
#include "domain/DmarcRecord.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromLatin1(reinterpret_cast<const char *>(data), int(size));
    DmarcRecord::isDmarcRecord(text);
    DmarcRecord::looksLikeDmarcRecord(text);
    const DmarcRecord record = DmarcRecord::parse(text);
    record.errorSummary();
    DmarcRecord::policyName(record.effectivePolicy(false));
    DmarcRecord::policyName(record.effectivePolicy(true));
    // pct= is a percentage (RFC 7489 section 6.3), whatever the record says.
    if (record.percent() < 0 || record.percent() > 100)
        abort();
    for (const auto &uri : record.aggregateReportUris() + record.failureReportUris())
        (void)uri.uri.size();
    record.failureOptions();
    record.reportFormats();
    record.reportInterval();
    return 0;
}
