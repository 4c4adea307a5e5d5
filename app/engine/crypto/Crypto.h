// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Every cryptographic primitive the engine uses, behind one small interface
// (issue 16): the website probe's keys and MACs, the DANE digests, the DKIM
// key inspection and any signature check the engine does itself. One
// backend is compiled in, chosen by CMake: QCA (libqca-qt6 and its OpenSSL
// provider) where it is packaged, as on Debian 13, else OpenSSL's libcrypto.
// Both pass the same known-answer tests (tests/unit/tst_crypto.cpp). All
// functions are thread-safe.
class Crypto
{
public:
    enum class KeyType { Rsa, Ed25519 };
    struct PublicKeyInfo
    {
        KeyType type = KeyType::Rsa;
        int bits = 0;
    };
    enum class Signature {
        RsaPkcs1Sha256, // RSASSA-PKCS1-v1_5 with SHA-256 (RFC 8017 section 8.2)
        Ed25519,        // PureEdDSA on edwards25519 (RFC 8032 section 5.1)
    };

    // What runs, for --version and the report's environment:
    // "OpenSSL 3.0.19" or "QCA 2.3.10 (qca-ossl)".
    static QString backendName();

    // Bytes from the operating system's cryptographic generator.
    static QByteArray randomBytes(int count);
    static QByteArray sha256(const QByteArray &data);
    static QByteArray sha512(const QByteArray &data);
    // Raw (not hex) HMAC-SHA256 (RFC 2104, RFC 4231).
    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);

    // The type and size of a public key in DER: an RSA or Ed25519
    // SubjectPublicKeyInfo (RFC 5280, RFC 8410), or a bare PKCS#1
    // RSAPublicKey (RFC 8017 appendix A.1.1). nullopt for anything else.
    static std::optional<PublicKeyInfo> publicKeyInfo(const QByteArray &der);

    // Whether signature is a valid one of message under publicKey: for RSA a
    // DER key as publicKeyInfo() reads it, for Ed25519 the 32 raw octets
    // (RFC 8032 section 5.1.5, as DKIM publishes it: RFC 8463 section 4.2).
    static bool verify(Signature algorithm,
                       const QByteArray &publicKey,
                       const QByteArray &message,
                       const QByteArray &signature);
};
