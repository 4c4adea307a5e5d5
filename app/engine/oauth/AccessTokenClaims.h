// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// What an OAuth2 access token says about itself, read without verifying its
// signature: only the server that checks the token can trust it, but its
// claims tell why that server would refuse it (RFC 7519 section 4.1; the
// scope claims of RFC 8693 section 4.2 and Microsoft's "scp" and "roles").
// A token that is not a readable JWT (Google's "ya29." tokens, an encrypted
// JWE) is opaque: nothing is known about it but that.
struct AccessTokenClaims
{
    bool readable = false;              // a JWT whose payload is a JSON object
    QStringList audiences;              // "aud", a string or an array
    QStringList scopes;                 // "scp" / "scope" (space-separated or an array) and "roles"
    std::optional<QDateTime> expiresAt; // "exp", UTC
    QString account;                    // "upn", "preferred_username", "email" or "unique_name"
    QString issuer;                     // "iss"

    // Reads `token`; a token that cannot be read gives readable == false.
    static AccessTokenClaims inspect(const QString &token);
    bool isExpiredAt(const QDateTime &now) const { return expiresAt && *expiresAt <= now; }
    // Whether the token holds `scope`; "https://outlook.office.com/SMTP.Send"
    // is also held as "SMTP.Send", the short form Microsoft's "scp" carries.
    bool holdsScope(const QString &scope) const;
};
