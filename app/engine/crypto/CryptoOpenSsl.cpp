// SPDX-License-Identifier: GPL-3.0-or-later
// The Crypto backend where QCA is not packaged (Debian 12): OpenSSL's
// libcrypto, which Qt's TLS backend and libunbound load anyway.
#include "crypto/Crypto.h"

#include "crypto/DerRsaKey.h"
#include "crypto/RsaBackend.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <memory>

namespace {
using PublicKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

QByteArray digest(const EVP_MD *algorithm, const QByteArray &data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_Digest(data.constData(),
                   size_t(data.size()),
                   reinterpret_cast<unsigned char *>(out.data()),
                   &size,
                   algorithm,
                   nullptr)
        != 1)
        return {};
    out.resize(int(size));
    return out;
}

PublicKey readSpki(const QByteArray &der)
{
    const unsigned char *cursor = bytes(der);
    PublicKey key(d2i_PUBKEY(nullptr, &cursor, long(der.size())), &EVP_PKEY_free);
    // Trailing bytes after the key make it something else.
    if (key && cursor != bytes(der) + der.size())
        key.reset();
    return key;
}

// An RSA key from a SubjectPublicKeyInfo or a bare PKCS#1 RSAPublicKey.
PublicKey readRsa(const QByteArray &der)
{
    PublicKey key = readSpki(der);
    if (!key)
        key = readSpki(DerRsaKey::wrapPkcs1(der));
    if (key && EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        key.reset();
    return key;
}
} // namespace

QString Crypto::backendName()
{
    return QStringLiteral("OpenSSL %1")
        .arg(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)));
}

QByteArray Crypto::randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    // RAND_bytes fails only when the OS generator cannot seed it; a key of
    // zeros would be worse than none.
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("Crypto: the system's random generator is not available");
    return out;
}

QByteArray Crypto::sha256(const QByteArray &data)
{
    return digest(EVP_sha256(), data);
}

QByteArray Crypto::sha512(const QByteArray &data)
{
    return digest(EVP_sha512(), data);
}

QByteArray Crypto::hmacSha256(const QByteArray &key, const QByteArray &message)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (!HMAC(EVP_sha256(),
              key.constData(),
              int(key.size()),
              bytes(message),
              size_t(message.size()),
              reinterpret_cast<unsigned char *>(out.data()),
              &size))
        return {};
    out.resize(int(size));
    return out;
}

int RsaBackend::keyBits(const QByteArray &der)
{
    const PublicKey key = readRsa(der);
    return key ? EVP_PKEY_get_bits(key.get()) : 0;
}

bool RsaBackend::verifyPkcs1Sha256(const QByteArray &der,
                                   const QByteArray &message,
                                   const QByteArray &signature)
{
    const PublicKey key = readRsa(der);
    if (!key)
        return false;
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    // An RSA key's default padding is PKCS#1 v1.5.
    if (!context
        || EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(context.get(),
                            bytes(signature),
                            size_t(signature.size()),
                            bytes(message),
                            size_t(message.size()))
           == 1;
}
