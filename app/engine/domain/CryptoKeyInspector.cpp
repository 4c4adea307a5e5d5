// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CryptoKeyInspector.h"

#include "crypto/Crypto.h"

std::optional<int> CryptoKeyInspector::rsaPublicKeyBits(const QByteArray &der) const
{
    // RFC 6376 section 3.6.1 names the PKCS#1 RSAPublicKey, but what signers
    // publish (and verifiers accept) is the SubjectPublicKeyInfo that
    // "openssl rsa -pubout" writes, as in RFC 6376 appendix C. Crypto reads both.
    const auto info = Crypto::publicKeyInfo(der);
    if (!info || info->type != Crypto::KeyType::Rsa)
        return std::nullopt;
    return info->bits;
}
