// SPDX-License-Identifier: GPL-3.0-or-later
// What both Crypto backends share: the choice between Ed25519 (through
// libcrypto in both, as QCA 2.3 has no EdDSA) and RSA (through the
// backend), and the checks of a key's DER before a library reads it.
#include "crypto/Crypto.h"

#include "crypto/DerRsaKey.h"
#include "crypto/Ed25519Key.h"
#include "crypto/RsaBackend.h"

namespace {
// A SEQUENCE of sane size that ends where the input ends: QCA reads a key
// and ignores trailing bytes, and a key followed by junk is not that key.
bool isWholeDerSequence(const QByteArray &der)
{
    return !der.isEmpty() && der.size() <= DerRsaKey::maxDerSize && der.at(0) == char(0x30)
           && DerRsaKey::elementSize(der) == der.size();
}
} // namespace

std::optional<Crypto::PublicKeyInfo> Crypto::publicKeyInfo(const QByteArray &der)
{
    if (Ed25519Key::fromSubjectPublicKeyInfo(der))
        return PublicKeyInfo{KeyType::Ed25519, 256};
    if (!isWholeDerSequence(der))
        return std::nullopt;
    const int bits = RsaBackend::keyBits(der);
    if (bits <= 0)
        return std::nullopt;
    return PublicKeyInfo{KeyType::Rsa, bits};
}

bool Crypto::verify(Signature algorithm,
                    const QByteArray &publicKey,
                    const QByteArray &message,
                    const QByteArray &signature)
{
    switch (algorithm) {
    case Signature::Ed25519:
        return Ed25519Key::verify(publicKey, message, signature);
    case Signature::RsaPkcs1Sha256:
        return isWholeDerSequence(publicKey)
               && RsaBackend::verifyPkcs1Sha256(publicKey, message, signature);
    }
    return false;
}
