// SPDX-License-Identifier: GPL-3.0-or-later
// The Crypto backend where libqca-qt6 is packaged (Debian 13): QCA with its
// OpenSSL provider (qca-ossl). QCA 2.3 has no EdDSA: Crypto.cpp checks
// Ed25519 signatures through libcrypto (Ed25519Key), the library qca-ossl
// wraps, for both backends.
#include "crypto/Crypto.h"

#include "crypto/DerRsaKey.h"
#include "crypto/RsaBackend.h"

#include <QtCrypto>

namespace {
// QCA needs one Initializer alive while it is used; made on first use.
void ensureInitialized()
{
    static const QCA::Initializer initializer;
    Q_UNUSED(initializer);
}

// qFatal rather than an empty result: a missing provider is a broken
// installation, and an empty key or MAC must never be used as one.
void require(const char *feature)
{
    ensureInitialized();
    if (!QCA::isSupported(feature))
        qFatal("Crypto: QCA has no provider for %s (is the qca-ossl plugin installed?)", feature);
}

std::optional<QCA::PublicKey> readRsa(const QByteArray &der)
{
    require("pkey");
    for (const QByteArray &candidate : {der, DerRsaKey::wrapPkcs1(der)}) {
        QCA::ConvertResult result = QCA::ErrorDecode;
        const QCA::PublicKey key = QCA::PublicKey::fromDER(candidate, &result);
        if (result == QCA::ConvertGood && !key.isNull() && key.isRSA())
            return key;
    }
    return std::nullopt;
}
} // namespace

QString Crypto::backendName()
{
    require("sha256");
    const QCA::Hash hash(QStringLiteral("sha256"));
    const QString provider = hash.provider() ? hash.provider()->name() : QStringLiteral("none");
    return QStringLiteral("QCA %1 (%2)").arg(QString::fromLatin1(qcaVersionStr()), provider);
}

QByteArray Crypto::randomBytes(int count)
{
    require("random");
    if (count <= 0)
        return {};
    return QCA::Random::randomArray(count).toByteArray();
}

QByteArray Crypto::sha256(const QByteArray &data)
{
    require("sha256");
    return QCA::Hash(QStringLiteral("sha256")).hash(data).toByteArray();
}

QByteArray Crypto::sha512(const QByteArray &data)
{
    require("sha512");
    return QCA::Hash(QStringLiteral("sha512")).hash(data).toByteArray();
}

QByteArray Crypto::hmacSha256(const QByteArray &key, const QByteArray &message)
{
    require("hmac(sha256)");
    QCA::MessageAuthenticationCode mac(QStringLiteral("hmac(sha256)"), QCA::SymmetricKey(key));
    mac.update(message);
    return mac.final().toByteArray();
}

int RsaBackend::keyBits(const QByteArray &der)
{
    const auto key = readRsa(der);
    return key ? key->bitSize() : 0;
}

bool RsaBackend::verifyPkcs1Sha256(const QByteArray &der,
                                   const QByteArray &message,
                                   const QByteArray &signature)
{
    auto key = readRsa(der);
    if (!key || !key->canVerify())
        return false;
    // EMSA3 is QCA's name for PKCS#1 v1.5's encoding (RFC 8017 section 9.2).
    return key->verifyMessage(message, signature, QCA::EMSA3_SHA256);
}
