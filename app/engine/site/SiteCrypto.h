// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Every cryptographic call of the website probe in one place: the key, the
// nonces, the request MAC and the answer MAC (HMAC-SHA256, RFC 2104), so
// that the engine's crypto interface (crypto/Crypto.h) is used from here only.
class SiteCrypto
{
public:
    static constexpr int keyBytes = 32; // 256 bits
    static constexpr int nonceBytes = 18;

    // Bytes from the operating system's generator (Crypto::randomBytes).
    static QByteArray randomBytes(int count);
    static QString base64Url(const QByteArray &bytes);
    // The key as the user holds it (base64url, 43 characters); nullopt when
    // it is not 256 bits.
    static std::optional<QByteArray> keyFromText(const QString &text);

    // What a request's MAC covers: schema, method, path, timestamp, nonce.
    static QByteArray requestMessage(const QByteArray &method,
                                     const QByteArray &path,
                                     qint64 timestamp,
                                     const QByteArray &nonce);
    // What an answer's MAC covers: the request's nonce and the exact body.
    static QByteArray answerMessage(const QByteArray &nonce, const QByteArray &body);
    // Lower-case hex HMAC-SHA256.
    static QByteArray macHex(const QByteArray &key, const QByteArray &message);
    // Compares in time independent of where the first difference is.
    static bool macEquals(const QByteArray &expected, const QByteArray &given);
};
