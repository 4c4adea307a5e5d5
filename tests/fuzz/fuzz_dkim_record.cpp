// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a TXT record read as a DKIM key record (RFC 6376 section
// 3.6.1) the way the DKIM check reads it: bytes to characters one to one
// (TxtLookup), parsed as a tag list, the key in p= decoded and examined by
// the engine's default KeyInspector (crypto/Crypto.h: QCA or OpenSSL sees the DER).
#include "domain/DkimRecord.h"
#include "domain/TagList.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromLatin1(reinterpret_cast<const char *>(data), int(size));
    const DkimRecord record = DkimRecord::parse(text);
    record.errorSummary();
    record.keyDescription();
    record.hashAlgorithms();
    record.serviceTypes();
    // A revoked key has no key bits; a record with errors states why.
    if (record.isRevoked() && (record.keyBits() || !record.publicKey().isEmpty()))
        abort();
    if (!record.isValid() && record.errors().isEmpty())
        abort();
    TagList::forDisplay(text);
    TagList::forDisplay(text, 8);
    return 0;
}
