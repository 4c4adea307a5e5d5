// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// PKCE (RFC 7636): a fresh code verifier per sign-in and its S256
// challenge. The verifier is a secret until the code is exchanged.
class PkceVerifier
{
public:
    // 32 random bytes from the system's generator, base64url without
    // padding: 43 characters, within section 4.1's 43 to 128.
    static QByteArray generate();
    // Section 4.2: BASE64URL(SHA256(ASCII(code_verifier))).
    static QByteArray challengeOf(const QByteArray &verifier);
};
