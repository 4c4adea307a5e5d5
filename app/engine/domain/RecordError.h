// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// One thing wrong with a DKIM key record or a DMARC record: what kind of
// mistake (for tests and for code that reacts), where, and a sentence for
// people. Produced by TagList, DkimRecord and DmarcRecord.
struct RecordError
{
    enum class Kind {
        // The tag=value list itself (RFC 6376 section 3.2).
        InvalidCharacter, // not a VALCHAR, or not 7-bit ASCII
        InvalidTagName,   // tag-name = ALPHA *ALNUMPUNC
        MissingEquals,    // a tag-spec without "="
        EmptyTag,         // nothing between two semicolons
        DuplicateTag,     // the whole list is invalid
        // The record's own rules.
        MissingVersion, // DMARC: v=DMARC1 is required and first
        VersionNotFirst,
        WrongVersion,
        MissingTag, // a required tag (p=) is absent
        InvalidValue,
        InvalidBase64,
        InvalidKey, // p= decodes, but is not a key of the announced type
        UnsupportedKeyType,
        NotForEmail,      // DKIM s= excludes e-mail
        InvalidUri,       // DMARC rua= / ruf=
        AmbiguousRecords, // more than one TXT record where one is expected
        MalformedData,    // TXT RDATA that does not parse
    };

    Kind kind = Kind::InvalidValue;
    int position = 0; // offset in the record text
    QString tag;      // the tag (or text) concerned, shortened for display
    QString message;  // what is wrong, for people (translated)

    // "p= is not valid base64 (at 24: p)": for a finding argument.
    QString summary() const;
    static QString summary(const QList<RecordError> &errors);
};
