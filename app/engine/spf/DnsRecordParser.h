// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spf/MxRecord.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

// Reads the raw RDATA that libunbound hands over (one QByteArray per record)
// into the values the SPF evaluator needs. Pure and bounded: every function
// returns nullopt on malformed input instead of reading past its end.
class DnsRecordParser
{
public:
    // The character-strings of a TXT record (RFC 1035 section 3.3.14): each a
    // length octet and that many octets. Zero strings is accepted (it occurs,
    // though it is not valid); a length running past the end is not.
    static std::optional<QList<QByteArray>> txtStrings(const QByteArray &rdata);
    // The strings of a TXT record joined with no separator (RFC 7208 section 3.3).
    static std::optional<QByteArray> txt(const QByteArray &rdata);
    // 2-octet preference and an uncompressed domain name (RFC 1035 3.3.9).
    static std::optional<MxRecord> mx(const QByteArray &rdata);
    // An uncompressed domain name (RFC 1035 section 3.3.12).
    static std::optional<QString> ptr(const QByteArray &rdata);
    // A (4 octets) or AAAA (16 octets) data.
    static std::optional<QHostAddress> address(const QByteArray &rdata);

    // Decodes the uncompressed wire-format name at `offset`. Returns the name
    // in presentation format without the trailing dot ("" for the root) and
    // sets `end` past it. Compression pointers are refused: RDATA from the
    // resolver is already decompressed and a pointer has nothing to point at.
    static std::optional<QString> name(const QByteArray &data, int offset, int *end);
    // The wire form of a presentation-format name, for tests and the
    // in-memory DNS. nullopt for a label over 63 octets or a name over 255.
    static std::optional<QByteArray> encodeName(const QString &name);
};
