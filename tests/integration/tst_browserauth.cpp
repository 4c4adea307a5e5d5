// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackBrowser.h"
#include "PeerInfo.h"
#include "oauth/BrowserAuthorization.h"
#include "oauth/PkceVerifier.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

// The browser sign-in of the engine (BrowserAuthorization: Qt Network
// Authorization's code flow, PKCE S256, a loopback redirect) against npm's
// oidc-provider of the OAuth2 lab, which requires PKCE: the provider's own
// pages followed with QNetworkAccessManager in place of a browser, the code
// at the loopback handler, a real token; a refused consent; a refresh.
class TestBrowserAuth : public QObject
{
    Q_OBJECT
private slots:
    void pkceChallenge();
    void signIn_data();
    void signIn();
};

namespace {

BrowserAuthorization::Request requestFor(const PeerInfo &lab)
{
    const QString issuer = lab.value("issuer");
    return {QUrl(issuer + "/auth"),
            QUrl(issuer + "/token"),
            lab.value("client"),
            QString(),
            {"openid", "offline_access", "smtp.send"},
            {{"prompt", "consent"}}};
}

} // namespace

void TestBrowserAuth::pkceChallenge()
{
    // The value computed apart, with Python's hashlib and base64.urlsafe_b64encode.
    QCOMPARE(PkceVerifier::challengeOf("dBjftJeZ4CVP-mJ92IqvB_jVd52xjtdaQ-bbHjF3Tm0"),
             QByteArray("E5AKy-HB3Jud501i_KLSz5NbqamO5cr777hNAarPZBU"));
    const QByteArray verifier = PkceVerifier::generate();
    QCOMPARE(verifier.size(), 43);
    QVERIFY(verifier != PkceVerifier::generate());
    QVERIFY(QRegularExpression("^[A-Za-z0-9_-]+$").match(QString::fromLatin1(verifier)).hasMatch());
}

void TestBrowserAuth::signIn_data()
{
    QTest::addColumn<bool>("deny");
    QTest::newRow("approved") << false;
    QTest::newRow("consent refused") << true;
}

void TestBrowserAuth::signIn()
{
    QFETCH(bool, deny);
    REQUIRE_PEER(lab, "oauth-lab");
    QNetworkAccessManager network;
    QUrl opened;
    BrowserAuthorization flow(requestFor(lab), &network, [&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    QSignalSpy waiting(&flow, &BrowserAuthorization::waitingForBrowser);
    QSignalSpy granted(&flow, &BrowserAuthorization::granted);
    QSignalSpy failed(&flow, &BrowserAuthorization::failed);
    flow.start();
    QTRY_COMPARE(waiting.count(), 1);
    // RFC 8252 section 7.3 and RFC 7636 section 4.3, in the URL the browser gets.
    QCOMPARE(flow.redirectUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(flow.redirectUrl().port() > 0);
    const QUrlQuery query(opened);
    QCOMPARE(query.queryItemValue("code_challenge_method"), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue("code_challenge").size(), 43);
    QVERIFY(!query.hasQueryItem("code_verifier"));
    QCOMPARE(QUrl(query.queryItemValue("redirect_uri", QUrl::FullyDecoded)), flow.redirectUrl());

    LoopbackBrowser browser("me@doctor.test", deny);
    const QUrl reached = browser.follow(opened);
    QVERIFY2(reached.port() == flow.redirectUrl().port(), qPrintable(browser.log()));
    if (deny) {
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("access_denied"));
        // error_description, decoded from the redirect's query.
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("End-User aborted interaction"));
        QCOMPARE(granted.count(), 0);
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(granted.count() + failed.count(), 1, 10000);
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString()
                                         : failed.at(0).at(0).toString() + ": "
                                               + failed.at(0).at(1).toString()));
    const auto tokens = granted.at(0).at(0).value<OAuthTokens>();
    // A JWT (header.payload.signature) for the SMTP resource, with a refresh token.
    QCOMPARE(tokens.accessToken.count('.'), 2);
    QVERIFY(tokens.canRefresh());
    QVERIFY(tokens.expiresAt > QDateTime::currentDateTimeUtc());
    QVERIFY(!tokens.isExpiredAt(QDateTime::currentDateTimeUtc()));
    QVERIFY(tokens.isExpiredAt(tokens.expiresAt));

    // RFC 6749 section 6: a new access token from the refresh token, no browser.
    BrowserAuthorization renewal(requestFor(lab), &network, [](const QUrl &) {
        return false; // a refresh never opens the browser
    });
    QSignalSpy renewed(&renewal, &BrowserAuthorization::granted);
    QSignalSpy renewalFailed(&renewal, &BrowserAuthorization::failed);
    renewal.refresh(tokens.refreshToken);
    QTRY_COMPARE_WITH_TIMEOUT(renewed.count() + renewalFailed.count(), 1, 10000);
    QVERIFY2(renewalFailed.isEmpty(),
             qPrintable(renewalFailed.isEmpty() ? QString()
                                                : renewalFailed.at(0).at(0).toString() + ": "
                                                      + renewalFailed.at(0).at(1).toString()));
    const auto fresh = renewed.at(0).at(0).value<OAuthTokens>();
    QCOMPARE(fresh.accessToken.count('.'), 2);
    QVERIFY(fresh.accessToken != tokens.accessToken);

    // A refresh token the provider does not know: its error, word for word.
    BrowserAuthorization refused(requestFor(lab), &network, {});
    QSignalSpy refusedFailed(&refused, &BrowserAuthorization::failed);
    refused.refresh(QStringLiteral("not-a-refresh-token"));
    QTRY_COMPARE_WITH_TIMEOUT(refusedFailed.count(), 1, 10000);
    QCOMPARE(refusedFailed.at(0).at(0).toString(), QStringLiteral("invalid_grant"));
}

QTEST_GUILESS_MAIN(TestBrowserAuth)
#include "tst_browserauth.moc"
