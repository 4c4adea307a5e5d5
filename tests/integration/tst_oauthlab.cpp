// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "PeerInfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

// OAuth2 end to end with real parts (tests/peers/oauth_lab.py): npm's
// oidc-provider issues JWT access tokens (PKCE required, device flow on,
// resource indicators), and an SMTP server verifies each token as a
// resource server must (signature against the provider's JWKS, iss, aud,
// exp, scope, account). The device sign-in of smtp-doctor-cli is approved by
// driving the provider's own pages (oauth_lab.py approve, urllib on
// 127.0.0.1); the refused tokens are real ones, issued for the wrong thing.
class TestOAuthLab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void deviceSignIn_data();
    void deviceSignIn();
    void refusedTokens_data();
    void refusedTokens();
};

namespace {

const char *const TokenVariable = "SMTP_DOCTOR_TEST_TOKEN";

QStringList diagnose(const PeerInfo &lab)
{
    const QString port = QString::number(lab.port("smtp"));
    return {"diagnose",
            "--host",
            "127.0.0.1",
            "--port",
            port,
            "--ports",
            port,
            "--security",
            "none",
            "--allow-cleartext-auth",
            "--control-host",
            "none",
            "--timeout",
            "5",
            "--format",
            "json",
            "--user",
            "me@doctor.test",
            "--from",
            "me@doctor.test",
            "--to",
            "you@doctor.test",
            "--oauth-resource",
            lab.value("resource")};
}

// A real token from the provider, by its device flow (oauth_lab.py token).
QJsonObject tokenFrom(const PeerInfo &lab,
                      const QString &login,
                      const QString &client,
                      const QString &scope,
                      const QString &resource)
{
    QProcess process;
    QStringList arguments{lab.value("lab"),
                          "token",
                          lab.value("issuer"),
                          "--login",
                          login,
                          "--client",
                          client,
                          "--scope",
                          scope};
    if (!resource.isEmpty())
        arguments << "--resource" << resource;
    process.start(QStringLiteral("/usr/bin/python3"), arguments);
    process.waitForFinished(60000);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QString describe(const CliRun &run)
{
    return QStringLiteral("exit %1, findings [%2]\nstderr: %3\nstdout: %4")
        .arg(run.exitCode)
        .arg(run.findingIds().join(QStringLiteral(", ")),
             QString::fromUtf8(run.err.left(2000)),
             QString::fromUtf8(run.out.left(4000)));
}

} // namespace

void TestOAuthLab::initTestCase()
{
    QVERIFY2(!CliRun::program().isEmpty(), "SMTP_DOCTOR_CLI is not set: run through ctest");
}

void TestOAuthLab::deviceSignIn_data()
{
    QTest::addColumn<bool>("deny");
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("approved") << false << QStringList{"auth.oauth_ok", "send.accepted"} << 0;
    QTest::newRow("consent refused") << true << QStringList{"auth.oauth_flow_failed"} << 1;
}

void TestOAuthLab::deviceSignIn()
{
    QFETCH(bool, deny);
    QFETCH(QStringList, findings);
    QFETCH(int, exitCode);
    REQUIRE_PEER(lab, "oauth-lab");
    const QString issuer = lab.value("issuer");
    QProcess cli;
    cli.start(CliRun::program(),
              diagnose(lab) << "--oauth-provider"
                            << "custom"
                            << "--oauth-client-id" << lab.value("client") << "--oauth-device-url"
                            << issuer + "/device/auth"
                            << "--oauth-token-url" << issuer + "/token"
                            << "--oauth-scope"
                            << "smtp.send"
                            << "--oauth-scope"
                            << "offline_access");
    QVERIFY(cli.waitForStarted(10000));
    cli.closeWriteChannel();
    // RFC 8628 section 3.3: the CLI names where to go and the code.
    QByteArray err;
    const QRegularExpression complete(
        QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/device\\?user_code=[A-Z0-9-]+)"));
    QRegularExpressionMatch match;
    for (int i = 0; i < 100 && !match.hasMatch(); ++i) {
        cli.waitForReadyRead(200);
        err += cli.readAllStandardError();
        match = complete.match(QString::fromUtf8(err));
    }
    QVERIFY2(match.hasMatch(), err.constData());
    QVERIFY2(err.contains("enter the code"), err.constData());
    QProcess user;
    QStringList approve{
        lab.value("lab"), "approve", match.captured(1), "--login", "me@doctor.test"};
    if (deny)
        approve << "--deny";
    user.start(QStringLiteral("/usr/bin/python3"), approve);
    QVERIFY(user.waitForFinished(30000));
    QCOMPARE(user.exitCode(), 0);
    QVERIFY(cli.waitForFinished(60000));
    CliRun run;
    run.exitCode = cli.exitCode();
    run.out = cli.readAllStandardOutput();
    run.err = err + cli.readAllStandardError();
    for (const QString &finding : findings)
        QVERIFY2(run.findingIds().contains(finding), qPrintable(describe(run)));
    if (deny) {
        const QString text = QString::fromUtf8(
            QJsonDocument(run.finding("auth.oauth_flow_failed")).toJson());
        QVERIFY2(text.contains("access_denied"), qPrintable(text));
        QVERIFY(!run.findingIds().contains("auth.oauth_ok"));
    }
    QCOMPARE(run.exitCode, exitCode);
    // The device code is the client's secret: it shows nowhere.
    QVERIFY2(!run.out.contains("device_code") && !run.err.contains("device_code"),
             qPrintable(describe(run)));
}

void TestOAuthLab::refusedTokens_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("resource"); // empty: the provider's default, the SMTP server
    QTest::addColumn<int>("waitMs");
    QTest::addColumn<QString>("finding");

    QTest::newRow("good") << "me@doctor.test"
                          << "smtp-doctor"
                          << "openid smtp.send"
                          << "" << 0 << "auth.oauth_ok";
    // smtp-doctor-short's tokens live 2 s.
    QTest::newRow("expired") << "me@doctor.test"
                             << "smtp-doctor-short"
                             << "smtp.send"
                             << "" << 3000 << "auth.oauth_token_expired";
    QTest::newRow("wrong audience")
        << "me@doctor.test"
        << "smtp-doctor"
        << "smtp.send"
        << "https://api.other.test/" << 0 << "auth.oauth_wrong_audience";
    QTest::newRow("missing scope") << "me@doctor.test"
                                   << "smtp-doctor"
                                   << "smtp.read"
                                   << "" << 0 << "auth.oauth_missing_scope";
    QTest::newRow("wrong user") << "other@doctor.test"
                                << "smtp-doctor"
                                << "smtp.send"
                                << "" << 0 << "auth.oauth_wrong_user";
}

void TestOAuthLab::refusedTokens()
{
    QFETCH(QString, login);
    QFETCH(QString, client);
    QFETCH(QString, scope);
    QFETCH(QString, resource);
    QFETCH(int, waitMs);
    QFETCH(QString, finding);
    REQUIRE_PEER(lab, "oauth-lab");
    const QJsonObject answer = tokenFrom(lab, login, client, scope, resource);
    const QString token = answer.value("access_token").toString();
    QVERIFY2(token.count(QLatin1Char('.')) == 2, QJsonDocument(answer).toJson().constData());
    QThread::msleep(waitMs);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(TokenVariable), token);
    const CliRun run = CliRun::run(
        diagnose(lab) << "--token-env" << QString::fromLatin1(TokenVariable) << "--oauth-scope"
                      << "smtp.send",
        60000,
        environment);
    QVERIFY2(run.findingIds().contains(finding), qPrintable(describe(run)));
    // The server really decided: a good token sends, a bad one does not.
    QCOMPARE(run.findingIds().contains("send.accepted"), finding == QLatin1String("auth.oauth_ok"));
    QVERIFY2(!run.out.contains(token.toUtf8()) && !run.err.contains(token.toUtf8()),
             "the token leaked into the CLI's output");
    QVERIFY2(!run.out.contains(token.section('.', 2).left(24).toUtf8()),
             "the token's signature leaked into the CLI's output");
}

QTEST_GUILESS_MAIN(TestOAuthLab)
#include "tst_oauthlab.moc"
