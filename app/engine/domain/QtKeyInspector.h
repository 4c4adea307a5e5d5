#pragma once

#include "domain/KeyInspector.h"

// KeyInspector through Qt Network's QSslKey (and so the OpenSSL TLS backend
// Qt loads). QSslKey reads a SubjectPublicKeyInfo; a bare PKCS#1 key is
// wrapped in one first.
class QtKeyInspector final : public KeyInspector
{
public:
    std::optional<int> rsaPublicKeyBits(const QByteArray &der) const override;

    // DER of SubjectPublicKeyInfo { rsaEncryption, BIT STRING { pkcs1 } }
    // (RFC 5280 section 4.1.2.7, RFC 8017 appendix A.1).
    static QByteArray wrapRsaPublicKey(const QByteArray &pkcs1);
};
