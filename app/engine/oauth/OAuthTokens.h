// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// What a sign-in gave: secrets, kept in memory (or in the system keychain
// when the user asks), never written to a file, a log or a report.
struct OAuthTokens
{
    QString accessToken;
    QString refreshToken; // empty: the provider gave none (no offline_access)
    QDateTime expiresAt;  // invalid: the provider did not say

    bool isEmpty() const { return accessToken.isEmpty(); }
    // Expired, or about to: a minute's margin for the SMTP dialogue.
    bool isExpiredAt(const QDateTime &now) const
    {
        return expiresAt.isValid() && now.addSecs(60) >= expiresAt;
    }
    bool canRefresh() const { return !refreshToken.isEmpty(); }
};

Q_DECLARE_METATYPE(OAuthTokens)
