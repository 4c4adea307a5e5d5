// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The error a server sends in a 334 challenge when it refuses a bearer
// token: a JSON object with "status", "schemes" and "scope" (RFC 7628
// section 3.2.2 for OAUTHBEARER; Google's XOAUTH2 sends the same object,
// e.g. {"status":"401","schemes":"bearer mac","scope":"https://mail.google.com/"}).
struct OAuthErrorChallenge
{
    QString status; // "invalid_token", "insufficient_scope", or Google's "401", "400"
    QString schemes;
    QString scope;               // the scope the server wants
    QString openIdConfiguration; // RFC 7628's "openid-configuration" URL

    // The challenge decoded from base64; nullopt when it is not such an object.
    static std::optional<OAuthErrorChallenge> parse(const QByteArray &decoded);
    // The status says the scope is missing (RFC 6750 section 3.1's
    // insufficient_scope, or the HTTP status 403 it maps to).
    bool saysInsufficientScope() const;
    // One line for evidence and texts: "status 401, scope https://mail.google.com/".
    QString summary() const;
};
