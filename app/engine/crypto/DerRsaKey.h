// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

// The DER both backends need around an RSA public key: libraries read it as
// a SubjectPublicKeyInfo, while DKIM's RFC names the bare PKCS#1 form; and
// a key is only the key when its outer element fills the input exactly.
class DerRsaKey
{
public:
    // DER of SubjectPublicKeyInfo { rsaEncryption, BIT STRING { pkcs1 } }
    // (RFC 5280 section 4.1.2.7, RFC 8017 appendix A.1).
    static QByteArray wrapPkcs1(const QByteArray &pkcs1);
    // The size (identifier, length and contents octets) of the DER element
    // that der starts with, as its length octets give it (X.690 section
    // 8.1.3); nullopt when they are malformed, indefinite or claim more than
    // der holds. QCA 2.3 reads a key and ignores what follows it, so the
    // caller compares this with der's size.
    static std::optional<qsizetype> elementSize(const QByteArray &der);
    // An RSA key of 16384 bits is about 2 KB of DER; anything far larger is
    // not a key the engine hands to a crypto library.
    static constexpr int maxDerSize = 8192;
};
