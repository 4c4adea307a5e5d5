// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "DovecotLog.h"
#include "PeerInfo.h"

#include "imap/JunkMailbox.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// `diagnose --fetch-back` end to end on the fetch-back lab (tests/peers/
// fetchlab.py, the fetch-lab peer): Exim takes the test message, signs it
// with DKIM on its smtp transport and delivers it to a Maildir (junk@ into
// Junk, lost@ nowhere); Dovecot serves that Maildir over IMAP; the dkim-lab
// NSD publishes the key and dkim.test's DMARC record; Dovecot takes the
// mailbox's password or an OAuth2 token of the oauth-lab's oidc-provider,
// which it introspects there. Then the spam folder's choice from LIST
// replies (JunkMailbox), pure.
Q_DECLARE_METATYPE(ListedMailbox)

class TestFetchBack : public QObject
{
    Q_OBJECT
private slots:
    void landed_data();
    void landed();
    void notDelivered();
    void wrongPassword();
    void cleartextRefused();
    void oauthToken();
    void oauthTokenRefused_data();
    void oauthTokenRefused();
    void junkMailbox_data();
    void junkMailbox();
};

namespace {

constexpr char imapPasswordVariable[] = "SMTP_DOCTOR_TEST_IMAP_PASSWORD";

constexpr char imapTokenVariable[] = "SMTP_DOCTOR_TEST_IMAP_TOKEN";

struct Lab
{
    PeerInfo fetch;
    PeerInfo dns;
};

QStringList diagnoseArguments(const Lab &lab,
                              const QString &to,
                              const QString &imapPort,
                              const QString &imapSecurity,
                              int deadlineSeconds,
                              bool withToken = false)
{
    const QString smtp = QString::number(lab.fetch.port(QStringLiteral("smtp")));
    return {"diagnose",
            "--host",
            "127.0.0.1",
            "--port",
            smtp,
            "--ports",
            smtp,
            "--security",
            "starttls",
            "--ca-file",
            lab.fetch.value("ca_file"),
            "--user",
            lab.fetch.value("user"),
            "--password-env",
            "SMTP_DOCTOR_TEST_SMTP_PASSWORD",
            "--from",
            "doctor@dkim.test",
            "--to",
            to,
            "--resolver",
            QStringLiteral("127.0.0.1@%1").arg(lab.dns.port(QStringLiteral("dns"))),
            "--fetch-back",
            "--imap-host",
            "127.0.0.1",
            "--imap-port",
            imapPort,
            "--imap-security",
            imapSecurity,
            "--imap-user",
            lab.fetch.value("imap_user"),
            withToken ? "--imap-token-env" : "--imap-password-env",
            withToken ? imapTokenVariable : imapPasswordVariable,
            "--fetch-deadline",
            QString::number(deadlineSeconds),
            "--format",
            "json"};
}

QProcessEnvironment environmentWith(const Lab &lab, const QString &imapPassword)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SMTP_DOCTOR_TEST_SMTP_PASSWORD"),
                       lab.fetch.value("password"));
    environment.insert(QLatin1String(imapPasswordVariable), imapPassword);
    return environment;
}

// A real IMAP token of the oauth-lab, by its device flow (oauth_lab.py
// token): opaque, for the resource Dovecot introspects.
QString imapTokenFrom(const PeerInfo &oauthLab, const QString &login, const QString &client)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"),
                  {oauthLab.value("lab"),
                   "token",
                   oauthLab.value("issuer"),
                   "--login",
                   login,
                   "--client",
                   client,
                   "--scope",
                   oauthLab.value("imap_scope")});
    process.waitForFinished(60000);
    return QJsonDocument::fromJson(process.readAllStandardOutput())
        .object()
        .value(QStringLiteral("access_token"))
        .toString();
}

// The forms a token could leak in: itself, base64 (and base64url) of it and
// of the XOAUTH2 string that carries it.
QList<QByteArray> leakFormsOf(const QString &user, const QString &token)
{
    const QByteArray plain = token.toUtf8();
    const QByteArray xoauth2 = "user=" + user.toUtf8()
                               + "\x01"
                                 "auth=Bearer "
                               + plain + "\x01\x01";
    QList<QByteArray> forms{plain, plain.toBase64(), xoauth2.toBase64()};
    forms << plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return forms;
}

QString fact(const QJsonObject &finding, const char *name)
{
    return finding.value(QStringLiteral("facts")).toObject().value(QLatin1String(name)).toString();
}

} // namespace

#define REQUIRE_LAB(lab) \
    REQUIRE_PEER(fetchPeer, "fetch-lab"); \
    REQUIRE_PEER(dnsPeer, "dkim-lab"); \
    const Lab lab \
    { \
        fetchPeer, dnsPeer \
    }

// The fetch-lab takes tokens only when it started after the oauth-lab, which
// needs Node: tests/CMakeLists.txt starts it where CMake found node.
#define REQUIRE_OAUTH_LAB(lab, variable) \
    if (lab.fetch.value("imap_scope").isEmpty()) \
        QSKIP("the fetch-lab runs without the oauth-lab (no Node.js found by CMake): " \
              "no OAuth2 sign-in to test"); \
    REQUIRE_PEER(variable, "oauth-lab")

void TestFetchBack::landed_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("imapPortKey");
    QTest::addColumn<QString>("imapSecurity");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("mailbox");
    QTest::newRow("inbox, IMAPS") << "someone@inbox.test"
                                  << "imaps"
                                  << "tls"
                                  << "message.delivered_inbox"
                                  << "INBOX";
    QTest::newRow("inbox, STARTTLS") << "someone@inbox.test"
                                     << "imap"
                                     << "starttls"
                                     << "message.delivered_inbox"
                                     << "INBOX";
    // Exim files junk@ into the Junk folder, which Dovecot flags \Junk.
    QTest::newRow("junk") << "junk@inbox.test"
                          << "imaps"
                          << "tls"
                          << "message.delivered_junk"
                          << "Junk";
}

void TestFetchBack::landed()
{
    QFETCH(QString, to);
    QFETCH(QString, imapPortKey);
    QFETCH(QString, imapSecurity);
    QFETCH(QString, id);
    QFETCH(QString, mailbox);
    REQUIRE_LAB(lab);
    const CliRun run = CliRun::run(
        diagnoseArguments(lab, to, QString::number(lab.fetch.port(imapPortKey)), imapSecurity, 10),
        30000,
        environmentWith(lab, lab.fetch.value("imap_password")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList ids = run.findingIds();
    QVERIFY2(ids.contains(QStringLiteral("send.accepted")), qPrintable(ids.join(' ')));
    const QJsonObject landed = run.finding(id);
    QVERIFY2(!landed.isEmpty(), qPrintable(ids.join(' ')));
    QCOMPARE(landed.value("check").toString(), QStringLiteral("fetch-back"));
    QCOMPARE(fact(landed, "mailbox"), mailbox);
    // Delivered on loopback at once: Date and INTERNALDATE a second apart at most.
    bool ok = false;
    const int seconds = fact(landed, "seconds-to-arrival").toInt(&ok);
    QVERIFY(ok);
    QVERIFY2(seconds >= 0 && seconds <= 5, qPrintable(QString::number(seconds)));
    // The message the server accepted is the one found: the same Message-ID.
    const QString messageId = fact(run.finding("send.accepted"), "message-id");
    QVERIFY(messageId.startsWith(QStringLiteral("<smtp-doctor.")));
    QCOMPARE(fact(landed, "message-id"), messageId);
    // Its headers read as a message that arrived: Exim's signature checked
    // against dkim-lab's key, aligned with From: dkim.test.
    const QJsonObject dkim = run.finding("message.dkim_pass");
    QVERIFY2(!dkim.isEmpty(), qPrintable(ids.join(' ')));
    QCOMPARE(fact(dkim, "signing-domain"), QStringLiteral("dkim.test"));
    QVERIFY2(ids.contains(QStringLiteral("message.dmarc_pass")), qPrintable(ids.join(' ')));
    QVERIFY(!ids.contains(QStringLiteral("message.not_delivered")));
    // The IMAP dialogue is in the events, its sign-in withheld.
    bool searched = false;
    for (const QJsonValue &event : run.json().value("events").toArray()) {
        const QString text = event.toObject().value("text").toString();
        QVERIFY(!text.contains(lab.fetch.value("imap_password")));
        searched = searched || text.contains(QStringLiteral("SEARCH HEADER Message-ID"));
    }
    QVERIFY(searched);
}

void TestFetchBack::notDelivered()
{
    REQUIRE_LAB(lab);
    // lost@ is accepted and dropped: the deadline passes with nothing found.
    QElapsedTimer clock;
    clock.start();
    const CliRun run = CliRun::run(
        diagnoseArguments(
            lab, "lost@inbox.test", QString::number(lab.fetch.port("imaps")), "tls", 2),
        30000,
        environmentWith(lab, lab.fetch.value("imap_password")));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject missing = run.finding("message.not_delivered");
    QVERIFY2(!missing.isEmpty(), qPrintable(run.findingIds().join(' ')));
    QCOMPARE(missing.value("severity").toString(), QStringLiteral("failure"));
    // It says where it looked: the inbox and the \Junk folder.
    QVERIFY(missing.value("explanation").toString().contains(QStringLiteral("INBOX, Junk")));
    QVERIFY(!run.findingIds().contains(QStringLiteral("message.delivered_inbox")));
    // Within the deadline, not the default two minutes.
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
}

void TestFetchBack::wrongPassword()
{
    REQUIRE_LAB(lab);
    const QString wrong = QStringLiteral("not-the-Passw0rd-4e1");
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString reportFile = directory.filePath(QStringLiteral("report.json"));
    QStringList arguments = diagnoseArguments(
        lab, "someone@inbox.test", QString::number(lab.fetch.port("imaps")), "tls", 5);
    arguments << "--output" << reportFile;
    const CliRun run = CliRun::run(arguments, 30000, environmentWith(lab, wrong));
    QCOMPARE(run.exitCode, 1);
    QFile file(reportFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray report = file.readAll();
    const QJsonObject json = QJsonDocument::fromJson(report).object();
    QJsonObject refused;
    for (const QJsonValue &finding : json.value("findings").toArray()) {
        if (finding.toObject().value("id").toString() == QLatin1String("message.fetch_failed"))
            refused = finding.toObject();
    }
    QVERIFY2(!refused.isEmpty(), report.constData());
    QCOMPARE(fact(refused, "reason"), QStringLiteral("sign_in"));
    QVERIFY(refused.value("title").toString().contains(QStringLiteral("refused the sign-in")));
    // The password is nowhere: not in the report, not on either output.
    QVERIFY(!report.contains(wrong.toUtf8()));
    QVERIFY(!run.out.contains(wrong.toUtf8()));
    QVERIFY(!run.err.contains(wrong.toUtf8()));
    QVERIFY(!report.contains(lab.fetch.value("password").toUtf8()));
}

void TestFetchBack::cleartextRefused()
{
    REQUIRE_LAB(lab);
    // The plain IMAP port without STARTTLS and without --allow-cleartext-auth:
    // the password is not sent, nothing connects.
    const CliRun run = CliRun::run(
        diagnoseArguments(
            lab, "someone@inbox.test", QString::number(lab.fetch.port("imap")), "none", 5),
        30000,
        environmentWith(lab, lab.fetch.value("imap_password")));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject refused = run.finding("message.fetch_failed");
    QVERIFY2(!refused.isEmpty(), qPrintable(run.findingIds().join(' ')));
    QCOMPARE(fact(refused, "reason"), QStringLiteral("cleartext_refused"));
    for (const QJsonValue &event : run.json().value("events").toArray())
        QVERIFY(event.toObject().value("check").toString() != QLatin1String("fetch-back"));
}

void TestFetchBack::oauthToken()
{
    REQUIRE_LAB(lab);
    REQUIRE_OAUTH_LAB(lab, oauthLab);
    const QString user = lab.fetch.value("imap_user");
    const QString token = imapTokenFrom(oauthLab, user, oauthLab.value("client"));
    QVERIFY2(token.size() >= 20, "the oauth-lab issued no IMAP token");
    QProcessEnvironment environment = environmentWith(lab, QString());
    environment.insert(QLatin1String(imapTokenVariable), token);
    const int loginsBefore = dovecotXoauth2Logins(lab.fetch.value("dovecot_log"),
                                                  lab.fetch.value("imap_user"));
    const CliRun run = CliRun::run(
        diagnoseArguments(
            lab, "someone@inbox.test", QString::number(lab.fetch.port("imaps")), "tls", 10, true),
        30000,
        environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject landed = run.finding("message.delivered_inbox");
    QVERIFY2(!landed.isEmpty(), qPrintable(run.findingIds().join(' ')));
    QCOMPARE(fact(landed, "message-id"), fact(run.finding("send.accepted"), "message-id"));
    // Dovecot says so: signed in with XOAUTH2 (after asking the provider).
    QVERIFY2(dovecotXoauth2Logins(lab.fetch.value("dovecot_log"), lab.fetch.value("imap_user"))
                 > loginsBefore,
             "Dovecot logged no XOAUTH2 sign-in");
    for (const QByteArray &form : leakFormsOf(user, token)) {
        QVERIFY2(!run.out.contains(form), "the token leaked into the report");
        QVERIFY2(!run.err.contains(form), "the token leaked onto stderr");
    }
}

void TestFetchBack::oauthTokenRefused_data()
{
    QTest::addColumn<bool>("expired");
    QTest::newRow("not a token") << false;
    // The short client's tokens live 2 seconds: introspected as inactive.
    QTest::newRow("expired") << true;
}

void TestFetchBack::oauthTokenRefused()
{
    QFETCH(bool, expired);
    REQUIRE_LAB(lab);
    REQUIRE_OAUTH_LAB(lab, oauthLab);
    const QString user = lab.fetch.value("imap_user");
    QString token = QStringLiteral("not-a-lab-token-Qx7Lm2Vt9Rk4Wp8Zs3Jd");
    if (expired) {
        QElapsedTimer issued;
        issued.start();
        token = imapTokenFrom(oauthLab, user, oauthLab.value("short_client"));
        QVERIFY2(token.size() >= 20, "the oauth-lab issued no IMAP token");
        QTest::qWait(std::max<int>(0, 3000 - int(issued.elapsed())));
    }
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString reportFile = directory.filePath(QStringLiteral("report.json"));
    QStringList arguments = diagnoseArguments(
        lab, "someone@inbox.test", QString::number(lab.fetch.port("imaps")), "tls", 5, true);
    arguments << "--output" << reportFile;
    QProcessEnvironment environment = environmentWith(lab, QString());
    environment.insert(QLatin1String(imapTokenVariable), token);
    const CliRun run = CliRun::run(arguments, 30000, environment);
    QCOMPARE(run.exitCode, 1);
    QFile file(reportFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray report = file.readAll();
    QJsonObject refused;
    for (const QJsonValue &finding :
         QJsonDocument::fromJson(report).object().value("findings").toArray()) {
        if (finding.toObject().value("id").toString() == QLatin1String("message.fetch_failed"))
            refused = finding.toObject();
    }
    QVERIFY2(!refused.isEmpty(), report.constData());
    QCOMPARE(fact(refused, "reason"), QStringLiteral("sign_in"));
    for (const QByteArray &form : leakFormsOf(user, token)) {
        QVERIFY2(!report.contains(form), "the token leaked into the report");
        QVERIFY2(!run.out.contains(form), "the token leaked onto stdout");
        QVERIFY2(!run.err.contains(form), "the token leaked onto stderr");
    }
}

void TestFetchBack::junkMailbox_data()
{
    QTest::addColumn<QList<ListedMailbox>>("listed");
    QTest::addColumn<QString>("chosen");
    const QChar slash(QLatin1Char('/'));
    // RFC 6154's flag wins over any name (Gmail's "[Gmail]/Spam").
    QTest::newRow("special-use") << QList<ListedMailbox>{{"INBOX", slash, {}},
                                                         {"Junk", slash, {}},
                                                         {"[Gmail]/Spam",
                                                          slash,
                                                          {"\\HasNoChildren", "\\Junk"}}}
                                 << "[Gmail]/Spam";
    QTest::newRow("flag in any case")
        << QList<ListedMailbox>{{"Courrier ind&AOk-sirable", slash, {"\\junk"}}}
        << "Courrier ind&AOk-sirable";
    QTest::newRow("no flag: Junk E-mail")
        << QList<ListedMailbox>{{"INBOX", slash, {}}, {"Junk E-mail", slash, {}}} << "Junk E-mail";
    QTest::newRow("no flag: below INBOX")
        << QList<ListedMailbox>{{"INBOX", QChar('.'), {}}, {"INBOX.spam", QChar('.'), {}}}
        << "INBOX.spam";
    QTest::newRow("Junk before Spam")
        << QList<ListedMailbox>{{"Spam", slash, {}}, {"Junk", slash, {}}} << "Junk";
    QTest::newRow("not selectable")
        << QList<ListedMailbox>{{"Junk", slash, {"\\Noselect", "\\Junk"}}} << "";
    QTest::newRow("none") << QList<ListedMailbox>{{"INBOX", slash, {}}, {"Sent", slash, {}}} << "";
}

void TestFetchBack::junkMailbox()
{
    QFETCH(QList<ListedMailbox>, listed);
    QFETCH(QString, chosen);
    QCOMPARE(JunkMailbox::choose(listed).value_or(QString()), chosen);
}

QTEST_GUILESS_MAIN(TestFetchBack)
#include "tst_fetchback.moc"
