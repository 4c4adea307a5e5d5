// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCommandLineParser;

// The CLI's OAuth2 sign-in without a browser: --oauth-provider
// google|microsoft|custom and --oauth-client-id run the device authorization
// grant (RFC 8628), the endpoints and scopes from the provider table
// (resources/oauth/providers.json) or, for custom, from --oauth-device-url and
// --oauth-token-url. --oauth-resource and --oauth-scope also say what a
// token brought with --token-env must carry. Part of SessionOptions.
class OAuthOptions
{
    Q_DECLARE_TR_FUNCTIONS(OAuthOptions)
public:
    struct Failure
    {
        QString provider;
        QString error;       // the provider's error code ("access_denied")
        QString description; // its error_description
    };

    OAuthOptions();
    QList<QCommandLineOption> options() const;
    // Reads the options; why they are unusable, or nothing.
    QString read(const QCommandLineParser &parser);
    bool signsIn() const { return !m_provider.isEmpty(); }
    QString resource() const { return m_resource; }
    // The scopes a token must carry (the requested ones but OpenID Connect's).
    QStringList tokenScopes() const;
    // Runs the device flow, telling the user on stderr where to enter the
    // code; the access token, or the failure.
    QString signIn(std::optional<Failure> *failure) const;

private:
    QCommandLineOption m_providerOption;
    QCommandLineOption m_clientIdOption;
    QCommandLineOption m_deviceUrlOption;
    QCommandLineOption m_tokenUrlOption;
    QCommandLineOption m_scopeOption;
    QCommandLineOption m_resourceOption;
    QString m_provider;
    QString m_providerName;
    QString m_clientId;
    QUrl m_deviceUrl;
    QUrl m_tokenUrl;
    QStringList m_scopes;
    QString m_resource;
};
