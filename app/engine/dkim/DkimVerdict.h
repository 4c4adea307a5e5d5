// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// libopendkim's conclusion about one DKIM-Signature of a message: who signed,
// and whether the signature holds, from the library's status codes (its
// DKIM_SIGERROR_* and body-hash state), never from its message text.
struct DkimVerdict
{
    enum class Outcome {
        Pass,
        BodyChanged,       // the body hash (bh=) no longer matches the body
        SignatureMismatch, // the signed headers or the signature changed
        KeyMissing,        // no key record at selector._domainkey.domain
        KeyRevoked,        // the key record's p= is empty (RFC 6376 section 3.6.1)
        KeyUnusable,       // a key that cannot verify: syntax, type, too small
        KeyLookupFailed,   // the DNS did not answer: says nothing about the key
        Expired,           // x= is in the past
        Malformed,         // the signature header itself is unusable
    };

    QString domain;   // d=
    QString selector; // s=
    QString algorithm;
    Outcome outcome = Outcome::Malformed;
    int libraryError = 0;    // DKIM_SIGERROR_*, for the evidence
    QString libraryDetail;   // libopendkim's words for it, for the evidence only
    bool testing = false;    // the key says t=y: receivers may ignore failures
    QStringList keyEvidence; // the DNS answer for the key

    bool passed() const { return outcome == Outcome::Pass; }
    // Stable lower-case names ("pass", "body_changed", "key_missing"...).
    static QString outcomeName(Outcome outcome);
};
