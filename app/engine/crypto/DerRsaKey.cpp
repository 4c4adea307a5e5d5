#include "crypto/DerRsaKey.h"

namespace {
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
} // namespace

QByteArray DerRsaKey::wrapPkcs1(const QByteArray &pkcs1)
{
    // AlgorithmIdentifier { rsaEncryption (1.2.840.113549.1.1.1), NULL }.
    static const QByteArray algorithm = QByteArray::fromHex("300d06092a864886f70d0101010500");
    QByteArray bitString;
    bitString.append(char(0x03)).append(derLength(int(pkcs1.size()) + 1)).append(char(0));
    bitString.append(pkcs1);
    const QByteArray body = algorithm + bitString;
    return QByteArray(1, char(0x30)) + derLength(int(body.size())) + body;
}
