// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/SiteCrypto.h"

#include "crypto/Crypto.h"

namespace {

constexpr char schema[] = "smtp-doctor-probe/1";

} // namespace

QByteArray SiteCrypto::randomBytes(int count)
{
    return Crypto::randomBytes(count);
}

QString SiteCrypto::base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> SiteCrypto::keyFromText(const QString &text)
{
    const QByteArray trimmed = text.trimmed().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(
        trimmed, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != keyBytes)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray SiteCrypto::requestMessage(const QByteArray &method,
                                      const QByteArray &path,
                                      qint64 timestamp,
                                      const QByteArray &nonce)
{
    return QByteArray(schema) + '\n' + method + '\n' + path + '\n' + QByteArray::number(timestamp)
           + '\n' + nonce;
}

QByteArray SiteCrypto::answerMessage(const QByteArray &nonce, const QByteArray &body)
{
    return QByteArray(schema) + " answer\n" + nonce + '\n' + body;
}

QByteArray SiteCrypto::macHex(const QByteArray &key, const QByteArray &message)
{
    return Crypto::hmacSha256(key, message).toHex();
}

bool SiteCrypto::macEquals(const QByteArray &expected, const QByteArray &given)
{
    if (expected.size() != given.size())
        return false;
    unsigned char difference = 0;
    for (int i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ given.at(i));
    return difference == 0;
}
