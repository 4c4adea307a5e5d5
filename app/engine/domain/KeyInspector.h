// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

// The engine's own small window on public-key cryptography: what the DKIM
// check needs to know about a published key, and nothing more. Kept behind
// this interface so that tests can pass their own; CryptoKeyInspector
// answers through the engine's crypto interface (QCA or OpenSSL).
// Implementations are stateless and thread-safe.
class KeyInspector
{
public:
    virtual ~KeyInspector() = default;

    // The modulus size of an RSA public key in DER, as DKIM publishes it in
    // p= (RFC 6376 section 3.6.1): a SubjectPublicKeyInfo, or a bare PKCS#1
    // RSAPublicKey. nullopt when the bytes are not an RSA public key.
    virtual std::optional<int> rsaPublicKeyBits(const QByteArray &der) const = 0;
    // An Ed25519 public key as DKIM publishes it: the 32 raw octets, no
    // SubjectPublicKeyInfo around them (RFC 8463 section 4.2).
    virtual bool isValidEd25519PublicKey(const QByteArray &raw) const;

    // The inspector the engine uses unless a test passes its own.
    static const KeyInspector &defaultInspector();
};
