// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingIds.h"
#include "oauth/AccessTokenClaims.h"
#include "oauth/BasicAuthRetirement.h"
#include "oauth/MicrosoftAuthReplies.h"
#include "oauth/OAuthErrorChallenge.h"
#include "oauth/OAuthProviderTable.h"
#include "oauth/TokenDiagnosis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Why a bearer token was refused, from its claims and the server's words:
// one row per rule of TokenDiagnosis, plus the readers it stands on (JWT
// claims, the error challenge) and the Microsoft and retirement tables.
namespace {

const QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(2, 0), Qt::UTC);

QByteArray part(const QJsonObject &object)
{
    return QJsonDocument(object)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A JWT with these claims (its signature is not checked by anyone here).
QString jwt(const QJsonObject &claims)
{
    return QString::fromLatin1(part({{"alg", "RS256"}, {"typ", "JWT"}}) + '.' + part(claims)
                               + ".c2lnbmF0dXJl");
}

// A Microsoft 365 token for SMTP, as Entra ID issues it (v1 access token
// claims: aud, scp, upn, exp), valid for another hour.
QJsonObject outlookClaims()
{
    return {{"aud", "https://outlook.office.com"},
            {"iss", "https://sts.windows.net/0000/"},
            {"scp", "SMTP.Send offline_access"},
            {"upn", "me@contoso.test"},
            {"exp", double(now.addSecs(3600).toSecsSinceEpoch())}};
}

TokenDiagnosis::Input microsoftInput(const QJsonObject &claims)
{
    const OAuthProvider microsoft = OAuthProviderTable::byId("microsoft");
    TokenDiagnosis::Input input;
    input.user = "me@contoso.test";
    input.token = AccessTokenClaims::inspect(jwt(claims));
    input.serverWords = "535 5.7.3 Authentication unsuccessful [SN4PR0201CA0012.prod.outlook.com]";
    input.audiences = microsoft.audiences;
    input.otherAudiences = microsoft.otherAudiences;
    input.scopes = microsoft.tokenScopes;
    input.now = now;
    return input;
}

} // namespace

class TestTokenDiagnosis : public QObject
{
    Q_OBJECT
private slots:
    void claims();
    void opaqueTokens_data();
    void opaqueTokens();
    void challenge();
    void refused_data();
    void refused();
    void gmailChallenge();
    void accepted();
    void microsoftReplies_data();
    void microsoftReplies();
    void providers();
    void retirement();
};

void TestTokenDiagnosis::claims()
{
    QJsonObject claims = outlookClaims();
    claims.insert("aud", QJsonArray{"api://smtp", "https://outlook.office.com"});
    claims.insert("roles", QJsonArray{"SMTP.SendAsApp"});
    const AccessTokenClaims read = AccessTokenClaims::inspect(jwt(claims));
    QVERIFY(read.readable);
    QCOMPARE(read.audiences, QStringList({"api://smtp", "https://outlook.office.com"}));
    QCOMPARE(read.scopes, QStringList({"SMTP.Send", "offline_access", "SMTP.SendAsApp"}));
    QCOMPARE(read.account, QStringLiteral("me@contoso.test"));
    QCOMPARE(read.expiresAt, now.addSecs(3600));
    QVERIFY(!read.isExpiredAt(now));
    QVERIFY(read.isExpiredAt(now.addSecs(3600)));
    QVERIFY(read.holdsScope("https://outlook.office.com/SMTP.Send"));
    QVERIFY(!read.holdsScope("https://mail.google.com/"));
    // "scope" as in RFC 8693 section 4.2, "email" when there is no upn.
    const AccessTokenClaims other = AccessTokenClaims::inspect(
        jwt({{"scope", "smtp.send openid"}, {"email", "a@b.test"}, {"aud", "smtp"}}));
    QCOMPARE(other.scopes, QStringList({"smtp.send", "openid"}));
    QCOMPARE(other.account, QStringLiteral("a@b.test"));
    QVERIFY(!other.expiresAt);
}

void TestTokenDiagnosis::opaqueTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("google") << "ya29.a0AfB_byC1x2y3z4";
    QTest::newRow("JWE, five parts") << "eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d";
    QTest::newRow("bad base64url") << "abc!.def.ghi";
    QTest::newRow("header without alg")
        << jwt({{"aud", "x"}}).replace(0, 36, part({{"typ", "JWT"}}));
    QTest::newRow("empty") << "";
}

void TestTokenDiagnosis::opaqueTokens()
{
    QFETCH(QString, token);
    QVERIFY(!AccessTokenClaims::inspect(token).readable);
}

void TestTokenDiagnosis::challenge()
{
    // Google's documented XOAUTH2 error (developers.google.com/gmail/imap/xoauth2-protocol).
    const auto google = OAuthErrorChallenge::parse(
        R"({"status":"401","schemes":"bearer mac","scope":"https://mail.google.com/"})");
    QVERIFY(google);
    QCOMPARE(google->status, QStringLiteral("401"));
    QCOMPARE(google->scope, QStringLiteral("https://mail.google.com/"));
    QVERIFY(!google->saysInsufficientScope());
    // RFC 7628 section 3.2.2's form.
    const auto rfc = OAuthErrorChallenge::parse(
        R"({"status":"insufficient_scope","scope":"smtp.send","openid-configuration":"https://as.test/.well-known/openid-configuration"})");
    QVERIFY(rfc);
    QVERIFY(rfc->saysInsufficientScope());
    QCOMPARE(rfc->openIdConfiguration,
             QStringLiteral("https://as.test/.well-known/openid-configuration"));
    QVERIFY(!OAuthErrorChallenge::parse("Username:"));
    QVERIFY(!OAuthErrorChallenge::parse(R"({"scope":"x"})"));
}

void TestTokenDiagnosis::refused_data()
{
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("detailHas");

    QTest::newRow("good token, still refused")
        << outlookClaims() << FindingId::AuthOauthRefused << "5.7.3";
    QJsonObject expired = outlookClaims();
    expired.insert("exp", double(now.addSecs(-1800).toSecsSinceEpoch()));
    QTest::newRow("expired") << expired << FindingId::AuthOauthTokenExpired << "30 min ago";
    // An expired token that is also wrong otherwise: expiry is said first.
    QJsonObject expiredGraph = expired;
    expiredGraph.insert("aud", "https://graph.microsoft.com");
    QTest::newRow("expired beats audience")
        << expiredGraph << FindingId::AuthOauthTokenExpired << "2026-12-07 01:30 UTC";
    QJsonObject graph = outlookClaims();
    graph.insert("aud", "00000003-0000-0000-c000-000000000000");
    graph.insert("scp", "Mail.Send SMTP.Send");
    QTest::newRow("Graph token") << graph << FindingId::AuthOauthWrongAudience << "Microsoft Graph";
    QJsonObject noScope = outlookClaims();
    noScope.insert("scp", "Mail.Read offline_access");
    QTest::newRow("no SMTP.Send") << noScope << FindingId::AuthOauthMissingScope
                                  << "Mail.Read offline_access";
    QJsonObject otherUser = outlookClaims();
    otherUser.insert("upn", "someone.else@contoso.test");
    QTest::newRow("other account")
        << otherUser << FindingId::AuthOauthWrongUser << "someone.else@contoso.test";
    QJsonObject caseOnly = outlookClaims();
    caseOnly.insert("upn", "Me@Contoso.TEST");
    QTest::newRow("account differs in case only")
        << caseOnly << FindingId::AuthOauthRefused << "5.7.3";
}

void TestTokenDiagnosis::refused()
{
    QFETCH(QJsonObject, claims);
    QFETCH(QString, id);
    QFETCH(QString, detailHas);
    const TokenVerdict verdict = TokenDiagnosis::refused(microsoftInput(claims));
    QCOMPARE(verdict.id, id);
    QVERIFY2(verdict.detail.contains(detailHas), qPrintable(verdict.detail));
    // The evidence names the claims, never the token.
    const QString token = jwt(claims);
    for (const QString &line : verdict.evidence)
        QVERIFY2(!line.contains(token.section('.', 1, 1)), qPrintable(line));
}

void TestTokenDiagnosis::gmailChallenge()
{
    TokenDiagnosis::Input input;
    input.user = "me@gmail.test";
    input.token = AccessTokenClaims::inspect("ya29.a0AfB_byC1x2y3z4");
    input.challenge = OAuthErrorChallenge::parse(
        R"({"status":"401","schemes":"bearer mac","scope":"https://mail.google.com/"})");
    input.serverWords = "535-5.7.8 Username and Password not accepted.";
    input.scopes = OAuthProviderTable::byId("google").scopes;
    input.now = now;
    // An opaque token: nothing to blame but what the server said, and that.
    TokenVerdict verdict = TokenDiagnosis::refused(input);
    QCOMPARE(verdict.id, QLatin1String(FindingId::AuthOauthRefused));
    QVERIFY2(verdict.detail.contains("status 401"), qPrintable(verdict.detail));
    QVERIFY2(verdict.detail.contains("opaque"), qPrintable(verdict.detail));
    // RFC 7628's insufficient_scope decides even for an opaque token.
    input.challenge = OAuthErrorChallenge::parse(
        R"({"status":"insufficient_scope","scope":"https://mail.google.com/"})");
    verdict = TokenDiagnosis::refused(input);
    QCOMPARE(verdict.id, QLatin1String(FindingId::AuthOauthMissingScope));
    // A readable token without the scope the challenge asks for.
    input.challenge = OAuthErrorChallenge::parse(
        R"({"status":"invalid_token","scope":"smtp.send"})");
    input.scopes.clear();
    input.token = AccessTokenClaims::inspect(jwt({{"scope", "openid"}, {"sub", "1"}}));
    verdict = TokenDiagnosis::refused(input);
    QCOMPARE(verdict.id, QLatin1String(FindingId::AuthOauthMissingScope));
    QVERIFY2(verdict.detail.contains("needed smtp.send"), qPrintable(verdict.detail));
}

void TestTokenDiagnosis::accepted()
{
    const TokenVerdict verdict = TokenDiagnosis::accepted("XOAUTH2",
                                                          microsoftInput(outlookClaims()));
    QCOMPARE(verdict.id, QLatin1String(FindingId::AuthOauthOk));
    QVERIFY2(verdict.detail.contains("me@contoso.test"), qPrintable(verdict.detail));
    QVERIFY2(verdict.detail.contains("2026-12-07 03:00 UTC"), qPrintable(verdict.detail));
}

void TestTokenDiagnosis::microsoftReplies_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("variant");
    // The texts as Microsoft Learn's "Enable or disable SMTP AUTH" and the
    // retirement announcement give them.
    QTest::newRow("tenant") << 535 << "5.7.139"
                            << "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication "
                               "is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled"
                            << "tenant";
    QTest::newRow("mailbox") << 535 << "5.7.139"
                             << "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication "
                                "is disabled for the Mailbox."
                             << "mailbox";
    QTest::newRow("security defaults")
        << 535 << "5.7.139"
        << "535 5.7.139 Authentication unsuccessful, user is locked by your organization's "
           "security defaults policy. Contact your administrator."
        << "security_defaults";
    QTest::newRow("conditional access")
        << 535 << "5.7.139"
        << "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be "
           "authenticated successfully. Contact your administrator."
        << "conditional_access";
    QTest::newRow("retired") << 550 << "5.7.30"
                             << "550 5.7.30 Basic authentication is not supported for Client "
                                "Submission."
                             << "retired";
    QTest::newRow("5.7.3") << 535 << "5.7.3"
                           << "535 5.7.3 Authentication unsuccessful [X.prod]"
                           << "unsuccessful";
    QTest::newRow("wrong password (not a table case)")
        << 535 << "5.7.139"
        << "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect."
        << "";
    QTest::newRow("words but another code") << 535 << "5.7.8"
                                            << "SmtpClientAuthentication is disabled for the Tenant"
                                            << "";
}

void TestTokenDiagnosis::microsoftReplies()
{
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, words);
    QFETCH(QString, variant);
    QCOMPARE(MicrosoftAuthReplies::variantOf(code, enhanced, words), variant);
    QVERIFY(QDate::fromString(MicrosoftAuthReplies::checked(), Qt::ISODate).isValid());
}

void TestTokenDiagnosis::providers()
{
    const OAuthProvider google = OAuthProviderTable::byId("google");
    QVERIFY(google.isKnown());
    QCOMPARE(google.scopes, QStringList{"https://mail.google.com/"});
    QVERIFY(!google.sources.isEmpty());
    QVERIFY(QDate::fromString(google.checked, Qt::ISODate).isValid());
    const OAuthProvider microsoft = OAuthProviderTable::byId("microsoft");
    QCOMPARE(microsoft.scopes,
             QStringList({"https://outlook.office.com/SMTP.Send", "offline_access"}));
    QVERIFY(microsoft.deviceUrl.startsWith("https://login.microsoftonline.com/"));
    // The fetch-back's IMAP sign-in: Google's one scope, Microsoft's IMAP one.
    QCOMPARE(google.imapScopes, QStringList{"https://mail.google.com/"});
    QCOMPARE(microsoft.imapScopes,
             QStringList({"https://outlook.office.com/IMAP.AccessAsUser.All", "offline_access"}));
    // Recognised by the host typed or by the name in the greeting.
    QCOMPARE(OAuthProviderTable::serving("SMTP.Office365.com", {}).id, QStringLiteral("microsoft"));
    QCOMPARE(
        OAuthProviderTable::serving("mail.contoso.test", "AM0PR01CA0001.outlook.office365.com").id,
        QStringLiteral("microsoft"));
    QCOMPARE(OAuthProviderTable::serving({}, "smtp.gmail.com").id, QStringLiteral("google"));
    QVERIFY(!OAuthProviderTable::serving("mail.example.test", "evil-outlook.office365.com.test")
                 .isKnown());
    QVERIFY(!OAuthProviderTable::byId("custom").isKnown());
}

void TestTokenDiagnosis::retirement()
{
    const auto notice = BasicAuthRetirement::forProvider("microsoft", QDate(2026, 12, 7));
    QVERIFY(notice);
    QCOMPARE(notice->message, QStringLiteral("MC786329"));
    QCOMPARE(notice->updated, QStringLiteral("2026-01-27"));
    QVERIFY2(notice->schedule.contains("2026-12-31"), qPrintable(notice->schedule));
    QVERIFY2(notice->schedule.contains("second half of 2027"), qPrintable(notice->schedule));
    QVERIFY(notice->refusal.startsWith("550 5.7.30"));
    QVERIFY(notice->source.startsWith("https://"));
    QVERIFY(QDate::fromString(notice->checked, Qt::ISODate).isValid());
    // Once every date has passed the table must be updated, not trusted.
    QVERIFY(!BasicAuthRetirement::forProvider("microsoft", QDate(2028, 1, 1)));
    QVERIFY(!BasicAuthRetirement::forProvider("google", QDate(2026, 12, 7)));
}

QTEST_GUILESS_MAIN(TestTokenDiagnosis)
#include "tst_tokendiagnosis.moc"
