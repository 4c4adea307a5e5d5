// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// What a DKIM-Signature header (RFC 6376 section 3.5) says about itself
// before anything is verified: who signed (d=), with which key (s=), how, and
// until when. Read from its tag list; the verification is DkimVerifier's.
struct DkimSignatureHeader
{
    QString domain;                 // d=, lower case
    QString selector;               // s=
    QString algorithm;              // a=: rsa-sha256, ed25519-sha256, rsa-sha1
    QString canonicalization;       // c=, "simple/simple" when absent
    QString identity;               // i=
    QString signedHeaders;          // h=
    QDateTime signedAt;             // t=, invalid when absent
    QDateTime expiresAt;            // x=, invalid when absent
    bool bodyLengthLimited = false; // l= (RFC 6376 section 8.2: a risk)
    bool isWellFormed = false;      // has v=1, a=, b=, bh=, d=, h=, s=
    QString raw;

    static DkimSignatureHeader parse(const QString &value);
};
