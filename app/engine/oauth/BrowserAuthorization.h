// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/OAuthTokens.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

// The OAuth 2.0 authorization code grant for a desktop program (RFC 8252):
// the provider's sign-in page in the system browser, its answer on a
// loopback redirect at 127.0.0.1 and a random port (section 7.3), PKCE
// with S256 (RFC 7636), through Qt Network Authorization. Also renews an
// access token with a refresh token (RFC 6749 section 6). Finishes with
// exactly one of granted() or failed(). Who opens the browser is the
// caller's choice (the wizard: QDesktopServices; a test: its own client),
// as is the network manager. Tokens and the code verifier are only handed
// to the caller, never logged.
class BrowserAuthorization : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QUrl authorizationUrl;
        QUrl tokenUrl;
        QString clientId;
        QString clientSecret; // empty for a public client (Microsoft's desktop apps)
        QStringList scopes;
        // More of the authorization request, as the provider table says:
        // Google's access_type=offline, OpenID Connect's prompt=consent
        // (without which offline_access gives no refresh token, OIDC Core 11).
        QMap<QString, QString> authorizationParameters;
    };
    // Opens the sign-in page; false when no browser could be started.
    using Opener = std::function<bool(const QUrl &)>;

    BrowserAuthorization(const Request &request,
                         QNetworkAccessManager *network,
                         Opener opener,
                         QObject *parent = nullptr);
    ~BrowserAuthorization() override;

    // Listens on the loopback redirect, then opens the browser.
    void start();
    // Asks the token endpoint for a new access token, without a browser.
    void refresh(const QString &refreshToken);
    void cancel();

    // Where the provider sends the browser back (empty before start()).
    QUrl redirectUrl() const { return m_redirectUrl; }

signals:
    // The browser was asked to open `url`: the wizard waits for the user.
    void waitingForBrowser(const QUrl &url);
    void granted(const OAuthTokens &tokens);
    // The provider's error and error_description (RFC 6749 sections 4.1.2.1
    // and 5.2), or this program's: "cancelled", "browser", "loopback", "network".
    void failed(const QString &error, const QString &description);

private:
    void setUpFlow();
    void onNetworkReply(QNetworkReply *reply);
    void onGranted();
    void fail(const QString &error, const QString &description);

    Request m_request;
    QNetworkAccessManager *m_network;
    Opener m_opener;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_loopback = nullptr;
    QByteArray m_verifier; // PKCE, where Qt does not do it itself (before 6.8)
    QUrl m_redirectUrl;
    bool m_finished = false;
};
