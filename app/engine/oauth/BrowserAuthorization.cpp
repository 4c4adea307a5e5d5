// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/BrowserAuthorization.h"

#include "oauth/PkceVerifier.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QOAuthOobReplyHandler>
#include <QVariantMap>

namespace {

// Qt 6.8 does PKCE itself (setPkceMethod); 6.4 (Debian 12) does not, and
// its parameters are added here at each stage instead.
constexpr bool qtDoesPkce = QT_VERSION >= QT_VERSION_CHECK(6, 8, 0);

QString decoded(QString value)
{
    // The loopback handler passes the query's values still form-encoded.
    return QUrl::fromPercentEncoding(value.replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8());
}

} // namespace

BrowserAuthorization::BrowserAuthorization(const Request &request,
                                           QNetworkAccessManager *network,
                                           Opener opener,
                                           QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_network(network)
    , m_opener(std::move(opener))
{
    // The token endpoint's error answer (RFC 6749 section 5.2): Qt 6.4 drops
    // it with a warning, so it is read here from the reply, left unread.
    connect(
        m_network, &QNetworkAccessManager::finished, this, &BrowserAuthorization::onNetworkReply);
}

BrowserAuthorization::~BrowserAuthorization()
{
    if (m_loopback)
        m_loopback->close();
}

void BrowserAuthorization::setUpFlow()
{
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setAuthorizationUrl(m_request.authorizationUrl);
    m_flow->setAccessTokenUrl(m_request.tokenUrl);
    m_flow->setClientIdentifier(m_request.clientId);
    if (!m_request.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(m_request.clientSecret);
    m_flow->setScope(m_request.scopes.join(QLatin1Char(' ')));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_flow->setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::S256);
#endif
    m_flow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage,
                                               QMultiMap<QString, QVariant> *parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            for (auto it = m_request.authorizationParameters.cbegin();
                 it != m_request.authorizationParameters.cend();
                 ++it)
                parameters->replace(it.key(), it.value());
        }
        if (qtDoesPkce || m_verifier.isEmpty())
            return;
        // RFC 7636 section 4.3, then 4.5.
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->replace(QStringLiteral("code_challenge"),
                                QString::fromLatin1(PkceVerifier::challengeOf(m_verifier)));
            parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            parameters->replace(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
        }
    });
    connect(m_flow, &QAbstractOAuth::granted, this, &BrowserAuthorization::onGranted);
    // The browser came back with an error (section 4.1.2.1): consent refused,
    // an unknown client, a redirect address that was not registered.
    connect(m_flow,
            &QAbstractOAuth2::error,
            this,
            [this](const QString &error, const QString &description, const QUrl &) {
                fail(error, decoded(description));
            });
    connect(
        m_flow,
        &QAbstractOAuth2::authorizationCallbackReceived,
        this,
        [this](const QVariantMap &data) {
            // Qt only warns about a callback without a code or with another state.
            if (data.contains(QStringLiteral("error")))
                return;
            if (data.value(QStringLiteral("code")).toString().isEmpty())
                fail(QStringLiteral("invalid_response"),
                     QStringLiteral("the provider sent the browser back without a code"));
            else if (data.value(QStringLiteral("state")).toString() != m_flow->state())
                fail(QStringLiteral("invalid_state"),
                     QStringLiteral("the answer does not belong to this sign-in (state differs)"));
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        if (!m_opener || !m_opener(url)) {
            fail(QStringLiteral("browser"), QStringLiteral("no web browser could be opened"));
            return;
        }
        emit waitingForBrowser(url);
    });
}

void BrowserAuthorization::start()
{
    setUpFlow();
    // RFC 8252 section 7.3: the loopback address literally, any free port.
    m_loopback = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_loopback->isListening()) {
        fail(QStringLiteral("loopback"),
             QStringLiteral("no port could be opened on 127.0.0.1 for the browser's answer"));
        return;
    }
    m_loopback->setCallbackPath(QStringLiteral("/"));
    m_loopback->setCallbackText(
        QCoreApplication::translate("BrowserAuthorization",
                                    "SMTP Doctor received the sign-in. You can close this page "
                                    "and go back to SMTP Doctor."));
    m_redirectUrl = QUrl(m_loopback->callback());
    m_flow->setReplyHandler(m_loopback);
    if (!qtDoesPkce)
        m_verifier = PkceVerifier::generate();
    m_flow->grant();
}

void BrowserAuthorization::refresh(const QString &refreshToken)
{
    setUpFlow();
    // No browser: the token endpoint's answer is all there is to read.
    m_flow->setReplyHandler(new QOAuthOobReplyHandler(this));
    m_flow->setRefreshToken(refreshToken);
    m_flow->refreshAccessToken();
}

void BrowserAuthorization::cancel()
{
    fail(QStringLiteral("cancelled"), QStringLiteral("the sign-in was cancelled"));
}

void BrowserAuthorization::onNetworkReply(QNetworkReply *reply)
{
    if (m_finished || reply->url().adjusted(QUrl::RemoveQuery) != m_request.tokenUrl
        || reply->error() == QNetworkReply::NoError)
        return;
    const QJsonObject answer = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable()))
                                   .object();
    fail(answer.value(QLatin1String("error")).toString(QStringLiteral("network")),
         answer.value(QLatin1String("error_description")).toString(reply->errorString()));
}

void BrowserAuthorization::onGranted()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_loopback)
        m_loopback->close();
    OAuthTokens tokens;
    tokens.accessToken = m_flow->token();
    tokens.refreshToken = m_flow->refreshToken();
    tokens.expiresAt = m_flow->expirationAt();
    m_verifier.clear();
    emit granted(tokens);
}

void BrowserAuthorization::fail(const QString &error, const QString &description)
{
    if (m_finished)
        return;
    m_finished = true;
    m_verifier.clear();
    if (m_loopback)
        m_loopback->close();
    emit failed(error, description);
}
