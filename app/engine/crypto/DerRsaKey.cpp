// SPDX-License-Identifier: GPL-3.0-or-later
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

std::optional<qsizetype> DerRsaKey::elementSize(const QByteArray &der)
{
    // A key's outer element is a SEQUENCE: one identifier octet (the
    // high-tag-number form of X.690 section 8.1.2.4 never starts a key).
    if (der.size() < 2 || (uchar(der.at(0)) & 0x1f) == 0x1f)
        return std::nullopt;
    const uchar first = uchar(der.at(1));
    qsizetype header = 2;
    qsizetype contents = first;
    if (first & 0x80) {
        // Long form: the low bits count the length octets that follow; 0x80
        // alone is BER's indefinite length, which DER forbids (section 10.1).
        const int count = first & 0x7f;
        if (count == 0 || count > 4 || der.size() < 2 + count)
            return std::nullopt;
        contents = 0;
        for (int i = 0; i < count; ++i)
            contents = (contents << 8) | uchar(der.at(2 + i));
        header += count;
    }
    if (contents > der.size() - header)
        return std::nullopt;
    return header + contents;
}
