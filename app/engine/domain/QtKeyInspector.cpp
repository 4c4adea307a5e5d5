#include "domain/QtKeyInspector.h"

#include <QSslKey>

namespace {
// An RSA key of 16384 bits is about 2 KB of DER; anything far larger is not
// a key a DKIM verifier would use, and is not handed to the TLS library.
constexpr int maxDerSize = 8192;

// DER length octets (X.690 section 8.1.3).
QByteArray derLength(int length)
{
    QByteArray octets;
    if (length < 0x80) {
        octets.append(char(length));
        return octets;
    }
    QByteArray digits;
    for (int value = length; value > 0; value >>= 8)
        digits.prepend(char(value & 0xff));
    octets.append(char(0x80 | digits.size()));
    octets.append(digits);
    return octets;
}

std::optional<int> bitsOf(const QByteArray &spki)
{
    const QSslKey key(spki, QSsl::Rsa, QSsl::Der, QSsl::PublicKey);
    if (key.isNull() || key.algorithm() != QSsl::Rsa || key.length() <= 0)
        return std::nullopt;
    return key.length();
}
} // namespace

QByteArray QtKeyInspector::wrapRsaPublicKey(const QByteArray &pkcs1)
{
    // AlgorithmIdentifier { rsaEncryption (1.2.840.113549.1.1.1), NULL }.
    static const QByteArray algorithm = QByteArray::fromHex("300d06092a864886f70d0101010500");
    QByteArray bitString;
    bitString.append(char(0x03)).append(derLength(int(pkcs1.size()) + 1)).append(char(0));
    bitString.append(pkcs1);
    const QByteArray body = algorithm + bitString;
    return QByteArray(1, char(0x30)) + derLength(int(body.size())) + body;
}

std::optional<int> QtKeyInspector::rsaPublicKeyBits(const QByteArray &der) const
{
    // Both forms start with a SEQUENCE (X.690 section 8.9).
    if (der.isEmpty() || der.size() > maxDerSize || der.at(0) != char(0x30))
        return std::nullopt;
    // RFC 6376 section 3.6.1 names the PKCS#1 RSAPublicKey, but what signers
    // publish (and verifiers accept) is the SubjectPublicKeyInfo that
    // "openssl rsa -pubout" writes, as in RFC 6376 appendix C. Accept both.
    if (const auto bits = bitsOf(der))
        return bits;
    return bitsOf(wrapRsaPublicKey(der));
}
