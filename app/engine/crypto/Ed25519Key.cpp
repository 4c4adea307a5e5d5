// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Ed25519Key.h"

#include <openssl/evp.h>

#include <memory>

std::optional<QByteArray> Ed25519Key::fromSubjectPublicKeyInfo(const QByteArray &der)
{
    // SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING (33 octets) }.
    static const QByteArray prefix = QByteArray::fromHex("302a300506032b6570032100");
    if (der.size() != prefix.size() + keyBytes || !der.startsWith(prefix))
        return std::nullopt;
    return der.mid(prefix.size());
}

bool Ed25519Key::verify(const QByteArray &raw,
                        const QByteArray &message,
                        const QByteArray &signature)
{
    if (raw.size() != keyBytes || signature.size() != 2 * keyBytes)
        return false;
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519,
                                    nullptr,
                                    reinterpret_cast<const unsigned char *>(raw.constData()),
                                    size_t(raw.size())),
        &EVP_PKEY_free);
    if (!key)
        return false;
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    // Ed25519 hashes internally: no digest is named (RFC 8032 section 5.1.7).
    if (!context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(context.get(),
                            reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size()))
           == 1;
}
