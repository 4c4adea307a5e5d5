// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "oauth/BrowserAuthorization.h"
#include "oauth/OAuthProvider.h"
#include "oauth/OAuthTokens.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;

// The browser sign-in of the test e-mail step: the user's own client id
// (and secret where the provider needs one), the endpoints and scopes from
// the provider table (typed for a custom provider), a button that opens the
// system browser, progress and Cancel while it waits. The tokens stay in
// this panel's memory; the page asks for the access token and, when it has
// expired, for a refresh first.
class OAuthSignInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OAuthSignInPanel(QWidget *parent = nullptr);

    // The browser the sign-in page opens in: QDesktopServices unless a test
    // puts its own (nullptr-equivalent {} puts the real one back).
    static void setBrowserOpener(BrowserAuthorization::Opener opener);

    // A second panel on the page (the fetch-back's mailbox sign-in): its
    // controls' object names start with `prefix` ("imap": imapOauthClientIdEdit)
    // and its labels and buttons give up their Alt letters to the first one's.
    void makeSecondary(const QString &prefix);

    // Where the panel remembers, for each provider, the client id typed for
    // it, and for "Other" its endpoints and scopes too: "oauth" unless told
    // ("fetchBack/oauth" for the mailbox's). Never the client secret.
    void setSettingsGroup(const QString &group) { m_settingsGroup = group; }
    // Keeps what is typed for the current provider. Sign in does it, and
    // setProvider() keeps the last one's before it puts the new one's back.
    void saveSettings() const;

    void setProvider(const OAuthProvider &provider);
    const OAuthTokens &tokens() const { return m_tokens; }
    void setTokens(const OAuthTokens &tokens);
    bool isWaiting() const { return m_flow != nullptr; }

    void signIn();
    // A new access token from the refresh token (no browser).
    void refresh();
    void cancel();

signals:
    void tokensChanged(const OAuthTokens &tokens);
    // The sign-in failed: auth.oauth_flow_failed with the provider's words.
    void failed(const Finding &finding);

private:
    BrowserAuthorization::Request request() const;
    void startFlow(bool browser);
    void onGranted(const OAuthTokens &tokens);
    void onFailed(const QString &error, const QString &description);
    void setWaiting(bool waiting);
    void restoreSettings();
    QString settingsKey(const QString &name) const;

    OAuthProvider m_provider;
    QString m_settingsGroup = QStringLiteral("oauth");
    QNetworkAccessManager *m_network;
    QFormLayout *m_form;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_authorizationUrl;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_scopes;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    BrowserAuthorization *m_flow = nullptr;
    OAuthTokens m_tokens;
};
