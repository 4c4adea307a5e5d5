#pragma once

#include <QByteArray>

// The DER wrapping both backends need: libraries read an RSA public key as a
// SubjectPublicKeyInfo, while DKIM's RFC names the bare PKCS#1 form.
class DerRsaKey
{
public:
    // DER of SubjectPublicKeyInfo { rsaEncryption, BIT STRING { pkcs1 } }
    // (RFC 5280 section 4.1.2.7, RFC 8017 appendix A.1).
    static QByteArray wrapPkcs1(const QByteArray &pkcs1);
    // An RSA key of 16384 bits is about 2 KB of DER; anything far larger is
    // not a key the engine hands to a crypto library.
    static constexpr int maxDerSize = 8192;
};
