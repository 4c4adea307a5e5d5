// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

// Ed25519 public keys and signatures, shared by both Crypto backends: QCA
// 2.3 has no EdDSA, so its backend verifies these through OpenSSL's
// libcrypto too (the library its qca-ossl provider wraps).
class Ed25519Key
{
public:
    static constexpr int keyBytes = 32;
    // The raw key inside an Ed25519 SubjectPublicKeyInfo (RFC 8410 section
    // 4: always the same 12-octet prefix, then 32 octets); nullopt otherwise.
    static std::optional<QByteArray> fromSubjectPublicKeyInfo(const QByteArray &der);
    static bool verify(const QByteArray &raw,
                       const QByteArray &message,
                       const QByteArray &signature);
};
