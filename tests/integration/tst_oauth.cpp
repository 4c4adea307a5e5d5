// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "PeerInfo.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

// Bearer-token and password sign-in of smtp-doctor-cli against the
// "smtp-oauth" peer (tests/peers/oauth_peer.py), which answers as Gmail and
// as Exchange Online do, one port each: Gmail's JSON error challenge,
// Exchange Online's 535 5.7.3 and its documented 5.7.139 and 5.7.30 texts.
// The server is 127.0.0.1, so the provider is recognised by the name in its
// greeting, as a relay or a custom host name would also need. Every run is
// checked for the token leaking: stdout, stderr, the JSON, the peer's log.
class TestOAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void gmail_data();
    void gmail();
    void microsoftToken_data();
    void microsoftToken();
    void microsoftPassword_data();
    void microsoftPassword();
    void tokenNeedsOneSource();
};

namespace {

const char *const TokenVariable = "SMTP_DOCTOR_TEST_TOKEN";
const char *const PasswordVariable = "SMTP_DOCTOR_TEST_PASSWORD";
const char *const Password = "s3cret-Passw0rd";

struct Run
{
    CliRun cli;
    QByteArray peerLog;
};

QByteArray part(const QJsonObject &object)
{
    return QJsonDocument(object)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString jwt(const QJsonObject &claims)
{
    return QString::fromLatin1(part({{"alg", "RS256"}, {"typ", "JWT"}, {"kid", "test"}}) + '.'
                               + part(claims) + ".c2lnbmF0dXJlLW5vdC1jaGVja2Vk");
}

QJsonObject outlookClaims(const QString &upn = QStringLiteral("me@contoso.test"))
{
    return {{"aud", "https://outlook.office.com"},
            {"iss", "https://sts.windows.net/00000000-0000-0000-0000-000000000000/"},
            {"scp", "SMTP.Send"},
            {"upn", upn},
            {"exp", double(QDateTime::currentSecsSinceEpoch() + 3600)}};
}

// Runs the CLI on `port` with `arguments` after the connection options;
// what the peer logged meanwhile is kept (it logs "... session ended").
Run runCli(quint16 port,
           const QStringList &arguments,
           const QProcessEnvironment &environment,
           const QByteArray &input = {})
{
    const PeerInfo peer = PeerInfo::load(QStringLiteral("smtp-oauth"));
    const QString logPath = peer.value(QStringLiteral("log"));
    const qint64 offset = QFileInfo(logPath).size();
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(CliRun::program(),
                  QStringList{"diagnose",
                              "--host",
                              "127.0.0.1",
                              "--port",
                              QString::number(port),
                              "--ports",
                              QString::number(port),
                              "--security",
                              "none",
                              "--allow-cleartext-auth",
                              "--control-host",
                              "none",
                              "--timeout",
                              "5",
                              "--format",
                              "json"}
                      + arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.cli.exitCode = process.exitCode();
    run.cli.out = process.readAllStandardOutput();
    run.cli.err = process.readAllStandardError();
    for (int i = 0; i < 60; ++i) {
        QFile file(logPath);
        if (file.open(QIODevice::ReadOnly) && file.seek(offset))
            run.peerLog = file.readAll();
        if (run.peerLog.count(" connected") <= run.peerLog.count(" session ended"))
            break;
        QThread::msleep(50);
    }
    return run;
}

QProcessEnvironment withVariable(const char *name, const QString &value)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(name), value);
    return environment;
}

// Empty when the secret shows nowhere; else where.
QString leaks(const Run &run, const QString &secret)
{
    const QByteArray json = QJsonDocument(run.cli.json()).toJson(QJsonDocument::Compact);
    QStringList found;
    const QByteArray bytes = secret.toUtf8();
    // The secret itself, its base64 inside a SASL message, and a JWT's
    // signature part (the claims alone are no secret, but the whole is).
    const QList<QByteArray> forms{bytes, bytes.toBase64(), bytes.split('.').value(2).left(20)};
    for (const QByteArray &form : forms) {
        if (form.size() < 8)
            continue;
        for (const auto &[place, text] : {std::pair{"stdout", run.cli.out},
                                          std::pair{"stderr", run.cli.err},
                                          std::pair{"JSON", json},
                                          std::pair{"peer log", run.peerLog}}) {
            if (text.contains(form))
                found.append(QStringLiteral("%1 holds %2").arg(place, QString::fromLatin1(form)));
        }
    }
    return found.join(QStringLiteral("; "));
}

QString describe(const Run &run)
{
    return QStringLiteral("exit %1, findings [%2]\nstderr: %3\nJSON: %4\npeer log:\n%5")
        .arg(run.cli.exitCode)
        .arg(run.cli.findingIds().join(QStringLiteral(", ")),
             QString::fromUtf8(run.cli.err.left(1500)),
             QString::fromUtf8(run.cli.out.left(3000)),
             QString::fromUtf8(run.peerLog.right(2000)));
}

QString textOf(const QJsonObject &finding)
{
    return finding.value(QStringLiteral("title")).toString() + QLatin1Char('\n')
           + finding.value(QStringLiteral("explanation")).toString() + QLatin1Char('\n')
           + QString::fromUtf8(
               QJsonDocument(finding.value(QStringLiteral("evidence")).toArray()).toJson());
}

bool sentAuthWith(const QByteArray &peerLog, const QByteArray &mechanism)
{
    return peerLog.contains(" C: AUTH " + mechanism + ' ');
}

} // namespace

void TestOAuth::initTestCase()
{
    QVERIFY2(!CliRun::program().isEmpty(), "SMTP_DOCTOR_CLI is not set: run through ctest");
}

void TestOAuth::gmail_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("mechanism"); // empty: the CLI chooses
    QTest::addColumn<bool>("fromStdin");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("used"); // the mechanism the peer saw
    QTest::addColumn<QString>("says"); // words the finding must hold

    const QString good = QStringLiteral("ya29.good-gmail-token");
    QTest::newRow("good token, strongest offered")
        << "me@gmail.test" << good << "" << false << "auth.oauth_ok"
        << "OAUTHBEARER"
        << "OAUTHBEARER";
    QTest::newRow("good token, XOAUTH2 asked for")
        << "me@gmail.test" << good << "XOAUTH2" << false << "auth.oauth_ok"
        << "XOAUTH2"
        << "XOAUTH2";
    QTest::newRow("good token from stdin")
        << "me@gmail.test" << good << "" << true << "auth.oauth_ok"
        << "OAUTHBEARER"
        << "opaque token";
    // Google's error challenge, decoded: its status and the scope it wants.
    QTest::newRow("refused token, OAUTHBEARER") << "me@gmail.test"
                                                << "ya29.revoked-token-0123"
                                                << "" << false << "auth.oauth_refused"
                                                << "OAUTHBEARER"
                                                << "status 401, scope https://mail.google.com/";
    QTest::newRow("refused token, XOAUTH2") << "me@gmail.test"
                                            << "ya29.revoked-token-0123"
                                            << "XOAUTH2" << true << "auth.oauth_refused"
                                            << "XOAUTH2"
                                            << "5.7.8";
}

void TestOAuth::gmail()
{
    QFETCH(QString, user);
    QFETCH(QString, token);
    QFETCH(QString, mechanism);
    QFETCH(bool, fromStdin);
    QFETCH(QString, finding);
    QFETCH(QString, used);
    QFETCH(QString, says);
    REQUIRE_PEER(peer, "smtp-oauth");

    QStringList arguments{"--user", user};
    arguments << (fromStdin ? QStringList{"--token-stdin"}
                            : QStringList{"--token-env", QString::fromLatin1(TokenVariable)});
    if (!mechanism.isEmpty())
        arguments << "--auth-mechanism" << mechanism;
    const Run run = runCli(peer.port("gmail"),
                           arguments,
                           withVariable(TokenVariable, fromStdin ? QString() : token),
                           fromStdin ? token.toUtf8() + '\n' : QByteArray());
    const QString leaked = leaks(run, token);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    QVERIFY2(run.cli.findingIds().contains(finding), qPrintable(describe(run)));
    QVERIFY2(sentAuthWith(run.peerLog, used.toLatin1()), qPrintable(describe(run)));
    QVERIFY2(textOf(run.cli.finding(finding)).contains(says), qPrintable(describe(run)));
    QCOMPARE(run.cli.exitCode, finding == QLatin1String("auth.oauth_ok") ? 0 : 1);
}

void TestOAuth::microsoftToken_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("says");

    QTest::newRow("good") << "me@contoso.test" << outlookClaims() << "auth.oauth_ok"
                          << "me@contoso.test";
    QJsonObject expired = outlookClaims();
    expired.insert("exp", double(QDateTime::currentSecsSinceEpoch() - 600));
    QTest::newRow("expired") << "me@contoso.test" << expired << "auth.oauth_token_expired"
                             << "min ago";
    QJsonObject graph = outlookClaims();
    graph.insert("aud", "https://graph.microsoft.com");
    graph.insert("scp", "Mail.Send SMTP.Send");
    QTest::newRow("Graph token") << "me@contoso.test" << graph << "auth.oauth_wrong_audience"
                                 << "Microsoft Graph";
    QJsonObject noScope = outlookClaims();
    noScope.insert("scp", "IMAP.AccessAsUser.All");
    QTest::newRow("no SMTP.Send") << "me@contoso.test" << noScope << "auth.oauth_missing_scope"
                                  << "IMAP.AccessAsUser.All";
    QTest::newRow("other account")
        << "me@contoso.test" << outlookClaims("boss@contoso.test") << "auth.oauth_wrong_user"
        << "boss@contoso.test";
    // The tenant's switch refuses tokens too, in the same words.
    QTest::newRow("SMTP AUTH off for the tenant")
        << "tenant-off@contoso.test" << outlookClaims("tenant-off@contoso.test")
        << "auth.basic_disabled"
        << "Set-TransportConfig";
}

void TestOAuth::microsoftToken()
{
    QFETCH(QString, user);
    QFETCH(QJsonObject, claims);
    QFETCH(QString, finding);
    QFETCH(QString, says);
    REQUIRE_PEER(peer, "smtp-oauth");
    const QString token = jwt(claims);
    const Run run = runCli(peer.port("microsoft"),
                           {"--user", user, "--token-env", QString::fromLatin1(TokenVariable)},
                           withVariable(TokenVariable, token));
    const QString leaked = leaks(run, token);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    QVERIFY2(run.cli.findingIds().contains(finding), qPrintable(describe(run)));
    // Exchange Online offers XOAUTH2 only.
    QVERIFY2(sentAuthWith(run.peerLog, "XOAUTH2"), qPrintable(describe(run)));
    const QJsonObject found = run.cli.finding(finding);
    QVERIFY2(textOf(found).contains(says)
                 || found.value("advice").toVariant().toString().contains(says)
                 || QJsonDocument(found).toJson().contains(says.toUtf8()),
             qPrintable(describe(run)));
    // A token is never answered with the password-retirement warning.
    QVERIFY(!run.cli.findingIds().contains("auth.basic_retiring"));
    QCOMPARE(run.cli.exitCode, finding == QLatin1String("auth.oauth_ok") ? 0 : 1);
}

void TestOAuth::microsoftPassword_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("says"); // in the finding's JSON (title, texts, advice)

    QTest::newRow("password works, for now") << "basic@contoso.test"
                                             << "auth.basic_retiring"
                                             << "MC786329 (2026-01-27)";
    QTest::newRow("tenant") << "tenant-off@contoso.test"
                            << "auth.basic_disabled"
                            << "whole organisation";
    QTest::newRow("mailbox") << "mailbox-off@contoso.test"
                             << "auth.basic_disabled"
                             << "Set-CASMailbox";
    QTest::newRow("security defaults") << "secdefaults@contoso.test"
                                       << "auth.basic_disabled"
                                       << "security defaults";
    QTest::newRow("conditional access") << "conditional@contoso.test"
                                        << "auth.basic_disabled"
                                        << "Conditional Access";
    QTest::newRow("retired") << "retired@contoso.test"
                             << "auth.basic_disabled"
                             << "no longer accepts a password";
    // 5.7.3 is both a wrong password and SMTP AUTH not allowed: both are said.
    QTest::newRow("wrong password or not allowed") << "someone@contoso.test"
                                                   << "auth.basic_disabled"
                                                   << "outlook.office.com";
}

void TestOAuth::microsoftPassword()
{
    QFETCH(QString, user);
    QFETCH(QString, finding);
    QFETCH(QString, says);
    REQUIRE_PEER(peer, "smtp-oauth");
    const Run run = runCli(
        peer.port("microsoft"),
        {"--user", user, "--password-env", QString::fromLatin1(PasswordVariable)},
        withVariable(PasswordVariable, QString::fromLatin1(Password)));
    QVERIFY2(leaks(run, QString::fromLatin1(Password)).isEmpty(), qPrintable(describe(run)));
    QVERIFY2(run.cli.findingIds().contains(finding), qPrintable(describe(run)));
    const QJsonObject found = run.cli.finding(finding);
    QVERIFY2(QJsonDocument(found).toJson().contains(says.toUtf8()), qPrintable(describe(run)));
    if (finding == QLatin1String("auth.basic_retiring")) {
        QVERIFY(run.cli.findingIds().contains("auth.ok"));
        QCOMPARE(found.value("severity").toString(), QStringLiteral("warning"));
        QCOMPARE(run.cli.exitCode, 0);
    } else {
        QVERIFY(!run.cli.findingIds().contains("auth.basic_retiring"));
        QCOMPARE(run.cli.exitCode, 1);
    }
}

void TestOAuth::tokenNeedsOneSource()
{
    // --token-stdin is one source of the secret, exclusive of the others.
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--user",
                                    "me@gmail.test",
                                    "--token-stdin",
                                    "--password-env",
                                    "X"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--token-stdin"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
