// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/AccessTokenClaims.h"
#include "oauth/OAuthErrorChallenge.h"
#include "oauth/TokenVerdict.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Why a server refused an OAuth2 bearer token, or what it accepted, from
// facts: the token's own claims (read, not verified), the server's error
// challenge, its final reply, and what the provider table says a token for
// this server must carry. Pure: data in, a verdict out (the shape of
// ConnectivityAnalysis), one unit test per rule in tst_tokendiagnosis.
class TokenDiagnosis
{
public:
    struct Input
    {
        QString user; // the AUTH user name
        AccessTokenClaims token;
        std::optional<OAuthErrorChallenge> challenge;
        QString serverWords;                   // the final reply, as sent
        QStringList audiences;                 // one must be the token's (empty: not checked)
        QMap<QString, QString> otherAudiences; // a known audience -> its service
        QStringList scopes;                    // one must be in the token (empty: not checked)
        QDateTime now;
    };

    // The refusal's finding: auth.oauth_token_expired, auth.oauth_missing_scope,
    // auth.oauth_wrong_audience, auth.oauth_wrong_user, else auth.oauth_refused.
    static TokenVerdict refused(const Input &input);
    // auth.oauth_ok, with the account and the token's remaining life.
    static TokenVerdict accepted(const QString &mechanism, const Input &input);
};
