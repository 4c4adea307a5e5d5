// The Crypto backend where libqca-qt6 is packaged (Debian 13): QCA with its
// OpenSSL provider (qca-ossl). QCA 2.3 has no EdDSA, so Ed25519 signatures
// are checked through libcrypto (Ed25519Key), the library qca-ossl wraps.
#include "crypto/Crypto.h"

#include "crypto/DerRsaKey.h"
#include "crypto/Ed25519Key.h"

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
    if (der.isEmpty() || der.size() > DerRsaKey::maxDerSize || der.at(0) != char(0x30))
        return std::nullopt;
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

std::optional<Crypto::PublicKeyInfo> Crypto::publicKeyInfo(const QByteArray &der)
{
    if (Ed25519Key::fromSubjectPublicKeyInfo(der))
        return PublicKeyInfo{KeyType::Ed25519, 256};
    const auto key = readRsa(der);
    if (!key || key->bitSize() <= 0)
        return std::nullopt;
    return PublicKeyInfo{KeyType::Rsa, key->bitSize()};
}

bool Crypto::verify(Signature algorithm,
                    const QByteArray &publicKey,
                    const QByteArray &message,
                    const QByteArray &signature)
{
    if (algorithm == Signature::Ed25519)
        return Ed25519Key::verify(publicKey, message, signature);
    auto key = readRsa(publicKey);
    if (!key || !key->canVerify())
        return false;
    return key->verifyMessage(message, signature, QCA::EMSA3_SHA256);
}
