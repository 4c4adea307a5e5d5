// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// The RSA half of Crypto::publicKeyInfo() and Crypto::verify(), the part
// each backend does through its own library (CryptoOpenSsl.cpp or
// CryptoQca.cpp). Crypto.cpp calls it only with a DER key whose outer
// element fills the input, and does Ed25519 itself for both.
class RsaBackend
{
public:
    // The size of an RSA key given as a SubjectPublicKeyInfo or a bare
    // PKCS#1 RSAPublicKey; 0 when it is not one.
    static int keyBits(const QByteArray &der);
    // RSASSA-PKCS1-v1_5 with SHA-256 (RFC 8017 section 8.2.2).
    static bool verifyPkcs1Sha256(const QByteArray &der,
                                  const QByteArray &message,
                                  const QByteArray &signature);
};
