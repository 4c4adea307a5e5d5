// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// One provider's OAuth2 sign-in for SMTP, as resources/oauth/providers.json
// records it with its sources: endpoints, the scopes to ask for, what the
// access token must carry, and how its submission servers are recognised;
// and the scopes of an IMAP sign-in to the same provider (the fetch-back).
struct OAuthProvider
{
    QString id; // "google", "microsoft"; "custom" for endpoints the user gives
    QString name;
    QStringList smtpHosts;     // exact host names
    QStringList greetingNames; // exact names, or suffixes when they start with "."
    QString authorizationUrl;
    QString tokenUrl;
    QString deviceUrl; // empty: no device flow for SMTP's scope
    QString deviceNote;
    QStringList scopes;      // to ask for
    QStringList tokenScopes; // one of them must be in the token (empty: the scopes)
    QStringList imapScopes;  // to ask for the fetch-back's IMAP sign-in
    QStringList audiences;   // one of them must be the token's "aud" (empty: unchecked)
    QMap<QString, QString> otherAudiences; // audience -> the service it is for
    QStringList mechanisms;
    bool clientSecretNeeded = false;
    QStringList sources;
    QString checked;

    bool isKnown() const { return !id.isEmpty(); }
    // Whether `host` (the server the user named) or `greetingName` (the name
    // in its 220 line) is one of this provider's submission servers.
    bool serves(const QString &host, const QString &greetingName) const;
};
