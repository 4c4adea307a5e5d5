// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "PeerInfo.h"
#include "core/EventLog.h"

#include <algorithm>
#include <iterator>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

// AUTH and the test message of smtp-doctor-cli, against the "smtp-scripted"
// peer (tests/peers/scripted_peer.py): it answers AUTH by user name and
// MAIL/RCPT/DATA by address, with the words real providers use (Gmail,
// Microsoft 365, cPanel, IONOS, Postfix). The "smtp" peer offers no AUTH.
//
// The connection is in clear text (--security none), so every run that is
// meant to log in says --allow-cleartext-auth; without it the password must
// not be sent at all. Every run is also checked for the password leaking
// anywhere: stdout, stderr, the JSON, and what the peer received.
class TestSend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void peerSpeaksTheScript();
    void auth_data();
    void auth();
    void passwordFromStdin_data();
    void passwordFromStdin();
    void cleartextRefused();
    void authNotOffered();
    void sendAccepted();
    void reportShowsWhereTheTimeWent();
    void sendWithoutAuth();
    void internationalDomainGoesAsAscii();
    void internationalLocalPartNeedsSmtpUtf8();
    void sendRefused_data();
    void sendRefused();
    void unusableArguments_data();
    void unusableArguments();
};

namespace {

const char *const Password = "s3cret-Passw0rd";
const char *const WrongPassword = "not-the-Passw0rd";
const char *const OkUser = "ok@doctor.test";
const char *const PasswordVariable = "SMTP_DOCTOR_TEST_SMTP_PASSWORD";
const char *const QueueId = "4F1A2B3C5D";

// What a peer wrote to its log during one run of the CLI.
class PeerLog
{
public:
    // The scripted peer logs "HOST:PORT connected" and "... session ended";
    // aiosmtpd (the "smtp" peer) "handling connection" and "connection lost".
    PeerLog(const PeerInfo &peer, const char *opened, const char *closed)
        : m_path(peer.value(QStringLiteral("log")))
        , m_opened(opened)
        , m_closed(closed)
    {
        m_offset = QFileInfo(m_path).size();
    }

    // What was logged since construction, once every connection that was
    // opened has been logged as closed (or after 3 s).
    QByteArray sinceStart() const
    {
        QElapsedTimer timer;
        timer.start();
        QByteArray text;
        do {
            QFile file(m_path);
            if (file.open(QIODevice::ReadOnly) && file.seek(m_offset))
                text = file.readAll();
            if (text.count(m_opened) <= text.count(m_closed))
                break;
            QThread::msleep(50);
        } while (timer.elapsed() < 3000);
        return text;
    }

private:
    QString m_path;
    qint64 m_offset = 0;
    QByteArray m_opened;
    QByteArray m_closed;
};

struct Result
{
    CliRun run;
    QByteArray peerLog;
};

CliRun runCli(const QStringList &arguments,
              const QProcessEnvironment &environment,
              const QByteArray &standardInput)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(CliRun::program(), arguments);
    CliRun result;
    if (!process.waitForStarted(10000))
        return result;
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel(); // a CLI that reads stdin unasked sees EOF, not a hang
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList diagnoseArguments(quint16 port)
{
    return {"diagnose",
            "--host",
            "127.0.0.1",
            "--port",
            QString::number(port),
            "--ports",
            QString::number(port),
            "--security",
            "none",
            "--control-host",
            "none",
            "--timeout",
            "5",
            "--format",
            "json"};
}

QProcessEnvironment environmentWithPassword(const QString &password)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(PasswordVariable), password);
    return environment;
}

// Every form in which a password could leak: as is, base64 of the PLAIN
// message (with and without an authorization identity), base64 of the
// LOGIN answer, hex.
QList<QByteArray> secretForms(const QByteArray &user, const QByteArray &password)
{
    return {password,
            QByteArray('\0' + user + '\0' + password).toBase64(),
            QByteArray(user + '\0' + user + '\0' + password).toBase64(),
            password.toBase64(),
            password.toHex(),
            password.toHex().toUpper()};
}

// Empty when nothing leaked, else where and what.
QString leaks(const Result &result, const QByteArray &user, const QByteArray &password)
{
    // The JSON once more as parsed and written again, in case escaping
    // would hide something in the raw text.
    const QByteArray json = QJsonDocument(result.run.json()).toJson(QJsonDocument::Compact);
    const QList<QPair<const char *, QByteArray>> places{{"stdout", result.run.out},
                                                        {"stderr", result.run.err},
                                                        {"JSON", json},
                                                        {"peer log", result.peerLog}};
    QStringList found;
    for (const QByteArray &secret : secretForms(user, password)) {
        for (const auto &place : places) {
            if (place.second.contains(secret))
                found.append(QStringLiteral("%1 holds \"%2\"")
                                 .arg(QLatin1String(place.first), QString::fromLatin1(secret)));
        }
    }
    return found.join(QStringLiteral("; "));
}

QString describe(const Result &result)
{
    return QStringLiteral("exit %1, findings [%2]\nstderr: %3\npeer log:\n%4")
        .arg(result.run.exitCode)
        .arg(result.run.findingIds().join(QStringLiteral(", ")),
             QString::fromUtf8(result.run.err.left(2000)),
             QString::fromUtf8(result.peerLog.right(3000)));
}

// Lines the scripted peer logs for what it received: "HOST:PORT C: LINE".
QList<QByteArray> receivedLines(const QByteArray &peerLog)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : peerLog.split('\n')) {
        const int at = line.indexOf(" C: ");
        if (at >= 0)
            lines.append(line.mid(at + 4));
    }
    return lines;
}

bool sentAuth(const QByteArray &peerLog)
{
    for (const QByteArray &line : receivedLines(peerLog)) {
        if (line.toUpper().startsWith("AUTH"))
            return true;
    }
    return false;
}

QString textOf(const QJsonObject &finding)
{
    return finding.value(QStringLiteral("explanation")).toString() + QLatin1Char('\n')
           + QString::fromUtf8(
               QJsonDocument(finding.value(QStringLiteral("evidence")).toArray()).toJson());
}

} // namespace

// Runs the CLI against the scripted peer (or `peer`), keeping what that
// peer logged meanwhile.
static Result runAgainst(const PeerInfo &peer,
                         const QStringList &extraArguments,
                         const QProcessEnvironment &environment,
                         const QByteArray &standardInput = {})
{
    const bool scripted = peer.value(QStringLiteral("name")) == QLatin1String("smtp-scripted");
    const PeerLog log(peer,
                      scripted ? " connected" : "handling connection",
                      scripted ? " session ended" : "connection lost");
    Result result;
    result.run = runCli(diagnoseArguments(peer.port(QStringLiteral("smtp"))) + extraArguments,
                        environment,
                        standardInput);
    result.peerLog = log.sinceStart();
    return result;
}

void TestSend::initTestCase()
{
    QVERIFY2(!CliRun::program().isEmpty(), "SMTP_DOCTOR_CLI is not set: run through ctest");
}

// The peer itself, without the CLI: the greeting and EHLO keywords the other
// tests rely on.
void TestSend::peerSpeaksTheScript()
{
    REQUIRE_PEER(peer, "smtp-scripted");
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, peer.port("smtp"));
    QVERIFY(socket.waitForConnected(5000));
    const auto readReply = [&socket]() {
        QByteArray reply;
        while (socket.waitForReadyRead(5000)) {
            reply += socket.readAll();
            const int lastLine = reply.lastIndexOf('\n', reply.size() - 2) + 1;
            if (reply.endsWith("\r\n") && reply.size() - lastLine >= 4
                && reply.at(lastLine + 3) == ' ')
                break;
        }
        return reply;
    };
    QCOMPARE(readReply(), QByteArray("220 scripted.doctor.test ESMTP\r\n"));
    socket.write("EHLO client.test\r\n");
    const QByteArray ehlo = readReply();
    for (const char *keyword : {"250-AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256\r\n",
                                "250-SIZE 1048576\r\n",
                                "250-8BITMIME\r\n",
                                "250-PIPELINING\r\n",
                                "250-ENHANCEDSTATUSCODES\r\n"})
        QVERIFY2(ehlo.contains(keyword), ehlo.constData());
    QVERIFY(!ehlo.contains("STARTTLS"));
    socket.write("QUIT\r\n");
    QVERIFY(readReply().startsWith("221"));
}

void TestSend::auth_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("mechanism"); // empty: the CLI chooses
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("quoted"); // the server's words the finding must show
    QTest::addColumn<int>("exitCode");

    const QString right = QString::fromLatin1(Password);
    QTest::newRow("ok") << "ok@doctor.test" << right << ""
                        << "auth.ok"
                        << "" << 0;
    QTest::newRow("wrong password") << "ok@doctor.test" << QString::fromLatin1(WrongPassword) << ""
                                    << "auth.failed"
                                    << "5.7.8" << 1;
    QTest::newRow("gmail app password") << "gmail-app@doctor.test" << right << ""
                                        << "auth.app_password_required"
                                        << "" << 1;
    QTest::newRow("gmail web login") << "gmail-web@doctor.test" << right << ""
                                     << "auth.app_password_required"
                                     << "" << 1;
    QTest::newRow("m365 tenant") << "m365@doctor.test" << right << ""
                                 << "auth.basic_disabled"
                                 << "" << 1;
    QTest::newRow("m365 basic") << "m365-basic@doctor.test" << right << ""
                                << "auth.basic_disabled"
                                << "" << 1;
    QTest::newRow("tls required") << "needtls@doctor.test" << right << ""
                                  << "auth.tls_required"
                                  << "" << 1;
    QTest::newRow("cpanel") << "cpanel@doctor.test" << right << ""
                            << "auth.failed"
                            << "" << 1;
    QTest::newRow("PLAIN") << "ok@doctor.test" << right << "PLAIN"
                           << "auth.ok"
                           << "" << 0;
    QTest::newRow("LOGIN") << "ok@doctor.test" << right << "LOGIN"
                           << "auth.ok"
                           << "" << 0;
    QTest::newRow("CRAM-MD5") << "ok@doctor.test" << right << "CRAM-MD5"
                              << "auth.ok"
                              << "" << 0;
    QTest::newRow("SCRAM-SHA-1") << "ok@doctor.test" << right << "SCRAM-SHA-1"
                                 << "auth.ok"
                                 << "" << 0;
    QTest::newRow("SCRAM-SHA-256") << "ok@doctor.test" << right << "SCRAM-SHA-256"
                                   << "auth.ok"
                                   << "" << 0;
    // Every mechanism failing too: the secret must not leak on that path either.
    const QString wrong = QString::fromLatin1(WrongPassword);
    for (const char *mechanism : {"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"})
        QTest::addRow("%s, wrong password", mechanism)
            << "ok@doctor.test" << wrong << mechanism << "auth.failed"
            << "5.7.8" << 1;
    QTest::newRow("XOAUTH2 not offered") << "ok@doctor.test" << right << "XOAUTH2"
                                         << "auth.mechanism_unsupported"
                                         << "" << 1;
}

void TestSend::auth()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, mechanism);
    QFETCH(QString, finding);
    QFETCH(QString, quoted);
    QFETCH(int, exitCode);
    REQUIRE_PEER(peer, "smtp-scripted");

    QStringList arguments{"--user",
                          user,
                          "--password-env",
                          QString::fromLatin1(PasswordVariable),
                          "--allow-cleartext-auth"};
    if (!mechanism.isEmpty())
        arguments << "--auth-mechanism" << mechanism;
    const Result result = runAgainst(peer, arguments, environmentWithPassword(password));

    const QString leaked = leaks(result, user.toUtf8(), password.toUtf8());
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    QVERIFY2(result.run.findingIds().contains(finding), qPrintable(describe(result)));
    if (!quoted.isEmpty())
        QVERIFY2(result.run.finding(finding)
                     .value(QStringLiteral("explanation"))
                     .toString()
                     .contains(quoted),
                 qPrintable(textOf(result.run.finding(finding))));
    if (mechanism == QLatin1String("XOAUTH2")) {
        // Not offered: nothing to try, so no AUTH at all.
        QVERIFY2(!sentAuth(result.peerLog), result.peerLog.constData());
    } else {
        // The mechanism asked for is the one used, its payload masked in the log.
        const QByteArray expected = "AUTH "
                                    + (mechanism.isEmpty() ? QByteArray() : mechanism.toLatin1());
        bool used = false;
        for (const QByteArray &line : receivedLines(result.peerLog))
            used = used || line.toUpper().startsWith(expected);
        QVERIFY2(used, result.peerLog.constData());
    }
    QCOMPARE(result.run.exitCode, exitCode);
}

void TestSend::passwordFromStdin_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("finding");
    QTest::newRow("right") << QByteArray(Password) + '\n' << "auth.ok";
    QTest::newRow("right, no newline") << QByteArray(Password) << "auth.ok";
    QTest::newRow("wrong") << QByteArray(WrongPassword) + '\n' << "auth.failed";
}

void TestSend::passwordFromStdin()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, finding);
    REQUIRE_PEER(peer, "smtp-scripted");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QString::fromLatin1(PasswordVariable));
    const Result result = runAgainst(
        peer, {"--user", OkUser, "--password-stdin", "--allow-cleartext-auth"}, environment, input);
    const QString leaked = leaks(result, OkUser, input.trimmed());
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    QVERIFY2(result.run.findingIds().contains(finding), qPrintable(describe(result)));
    QCOMPARE(result.run.exitCode, finding == QLatin1String("auth.ok") ? 0 : 1);
}

void TestSend::cleartextRefused()
{
    REQUIRE_PEER(peer, "smtp-scripted");
    const Result result = runAgainst(
        peer,
        {"--user", OkUser, "--password-env", QString::fromLatin1(PasswordVariable)},
        environmentWithPassword(QString::fromLatin1(Password)));
    const QString leaked = leaks(result, OkUser, Password);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    QVERIFY2(result.run.findingIds().contains("auth.cleartext_refused"),
             qPrintable(describe(result)));
    QVERIFY2(!result.run.findingIds().contains("auth.ok"), qPrintable(describe(result)));
    // The password was never sent: the peer saw no AUTH command.
    QVERIFY2(!sentAuth(result.peerLog), result.peerLog.constData());
    QCOMPARE(result.run.exitCode, 1);
}

void TestSend::authNotOffered()
{
    REQUIRE_PEER(peer, "smtp");
    const Result result = runAgainst(peer,
                                     {"--user",
                                      OkUser,
                                      "--password-env",
                                      QString::fromLatin1(PasswordVariable),
                                      "--allow-cleartext-auth"},
                                     environmentWithPassword(QString::fromLatin1(Password)));
    const QString leaked = leaks(result, OkUser, Password);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    QVERIFY2(result.run.findingIds().contains("auth.not_offered"), qPrintable(describe(result)));
    // aiosmtpd logs each command as "('127.0.0.1', PORT) >> b'...'".
    QVERIFY2(!result.peerLog.toUpper().contains(">> B'AUTH"), result.peerLog.constData());
    QCOMPARE(result.run.exitCode, 1);
}

void TestSend::sendAccepted()
{
    REQUIRE_PEER(peer, "smtp-scripted");
    const Result result = runAgainst(peer,
                                     {"--user",
                                      OkUser,
                                      "--password-env",
                                      QString::fromLatin1(PasswordVariable),
                                      "--allow-cleartext-auth",
                                      "--from",
                                      OkUser,
                                      "--to",
                                      "someone@doctor.test"},
                                     environmentWithPassword(QString::fromLatin1(Password)));
    const QString leaked = leaks(result, OkUser, Password);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    QVERIFY2(result.run.findingIds().contains("auth.ok"), qPrintable(describe(result)));
    QVERIFY2(result.run.findingIds().contains("send.accepted"), qPrintable(describe(result)));
    const QString accepted = textOf(result.run.finding("send.accepted"));
    QVERIFY2(accepted.contains(QLatin1String(QueueId)), qPrintable(accepted));

    // What the peer received: the envelope, then a well-formed message.
    const QList<QByteArray> lines = receivedLines(result.peerLog);
    QVERIFY2(std::any_of(lines.cbegin(),
                         lines.cend(),
                         [](const QByteArray &line) {
                             return line.toUpper().startsWith("MAIL FROM:<OK@DOCTOR.TEST>");
                         }),
             result.peerLog.constData());
    QVERIFY2(std::any_of(lines.cbegin(),
                         lines.cend(),
                         [](const QByteArray &line) {
                             return line.toUpper().startsWith("RCPT TO:<SOMEONE@DOCTOR.TEST>");
                         }),
             result.peerLog.constData());
    // Every line ended in CRLF, none had a bare CR or LF (the peer marks them).
    QVERIFY2(!result.peerLog.contains("[no CRLF") && !result.peerLog.contains("[bare CR or LF"),
             result.peerLog.constData());
    const auto upper = [](const QByteArray &line) {
        return line.toUpper();
    };
    QList<QByteArray> commands;
    std::transform(lines.cbegin(), lines.cend(), std::back_inserter(commands), upper);
    const qsizetype data = commands.indexOf("DATA"); // commands are case-insensitive
    QVERIFY2(data >= 0, result.peerLog.constData());
    const qsizetype dot = lines.indexOf(".", data);
    QVERIFY2(dot > data, result.peerLog.constData());
    const QList<QByteArray> message = lines.mid(data + 1, dot - data - 1);
    const auto header = [&message](const QByteArray &name) -> QByteArray {
        for (const QByteArray &line : message) {
            if (line.isEmpty())
                break; // end of the header
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    };
    const QByteArray all = message.join('\n');
    QVERIFY2(QDateTime::fromString(QString::fromLatin1(header("Date")), Qt::RFC2822Date).isValid(),
             all.constData());
    QVERIFY2(QRegularExpression(QStringLiteral("^<[^<>@\\s]+@doctor\\.test>$"))
                 .match(QString::fromLatin1(header("Message-ID")))
                 .hasMatch(),
             all.constData());
    QVERIFY2(header("MIME-Version") == "1.0", all.constData());
    QVERIFY2(header("Subject").toUpper().startsWith("=?UTF-8?"), all.constData());
    QVERIFY2(header("From").contains("ok@doctor.test"), all.constData());
    QVERIFY2(header("To").contains("someone@doctor.test"), all.constData());
    QCOMPARE(result.run.exitCode, 0);
}

// Issue 19 point 2: the report says per step when it started and how long it
// took, from the run's own events; consistent with the run, not timed.
void TestSend::reportShowsWhereTheTimeWent()
{
    REQUIRE_PEER(peer, "smtp-scripted");
    const QStringList send{"--user",
                           OkUser,
                           "--password-env",
                           QString::fromLatin1(PasswordVariable),
                           "--allow-cleartext-auth",
                           "--from",
                           OkUser,
                           "--to",
                           "someone@doctor.test"};
    const Result result = runAgainst(
        peer, send, environmentWithPassword(QString::fromLatin1(Password)));
    QVERIFY2(result.run.findingIds().contains("send.accepted"), qPrintable(describe(result)));
    const QJsonObject root = result.run.json();
    const qint64 wall = root.value("duration_ms").toInteger();
    QHash<QString, QPair<qint64, qint64>> steps; // start, end
    for (const QJsonValue &value : root.value("timing").toArray()) {
        const QJsonObject step = value.toObject();
        const qint64 start = step.value("start_ms").toInteger(-1);
        const qint64 duration = step.value("duration_ms").toInteger(-1);
        QVERIFY2(start >= 0 && duration >= 0, qPrintable(describe(result)));
        // Within the run (the two clocks round their milliseconds apart).
        QVERIFY2(start + duration <= wall + 1, qPrintable(describe(result)));
        steps.insert(step.value("step").toString(), {start, start + duration});
    }
    for (const char *check : {"input", "resolve", "ports", "smtp", "analysis"})
        QVERIFY2(steps.contains(QString::fromLatin1(check)), check);
    // Dependencies show: the sweep after the name, the session after the sweep.
    QVERIFY(steps.value("ports").first >= steps.value("resolve").second);
    QVERIFY(steps.value("smtp").first >= steps.value("ports").second);
    // The session's step holds its whole transcript.
    qint64 origin = -1;
    for (const QJsonValue &value : root.value("events").toArray()) {
        const QJsonObject event = value.toObject();
        const qint64 at = event.value("t_ms").toInteger();
        if (origin < 0 && event.value("text").toString() == QLatin1String(Event::checkStarted))
            origin = at;
        if (event.value("check").toString() == QLatin1String("smtp") && origin >= 0) {
            QVERIFY2(at - origin >= steps.value("smtp").first
                         && at - origin <= steps.value("smtp").second,
                     qPrintable(event.value("text").toString()));
        }
    }
    QVERIFY(origin >= 0);

    const Result text = runAgainst(peer,
                                   send + QStringList{"--format", "text"},
                                   environmentWithPassword(QString::fromLatin1(Password)));
    const QString report = QString::fromUtf8(text.run.out);
    QVERIFY2(report.contains(QStringLiteral("Where the time went\n")), qPrintable(report));
    QVERIFY2(
        QRegularExpression(QStringLiteral("\\nsmtp +\\d+ ms +\\d+ ms\\n")).match(report).hasMatch(),
        qPrintable(report));
}

void TestSend::sendWithoutAuth()
{
    // No --user: straight to MAIL FROM, which this peer allows.
    REQUIRE_PEER(peer, "smtp-scripted");
    const Result result = runAgainst(peer,
                                     {"--from", OkUser, "--to", "someone@doctor.test"},
                                     QProcessEnvironment::systemEnvironment());
    QVERIFY2(result.run.findingIds().contains("send.accepted"), qPrintable(describe(result)));
    QVERIFY2(!sentAuth(result.peerLog), result.peerLog.constData());
    QCOMPARE(result.run.exitCode, 0);
}

void TestSend::internationalDomainGoesAsAscii()
{
    // A non-ASCII domain has an ASCII form (IDNA): no SMTPUTF8 needed, and
    // this peer does not offer it.
    REQUIRE_PEER(peer, "smtp-scripted");
    const Result result = runAgainst(
        peer,
        {"--from", OkUser, "--to", QStringLiteral("someone@b\u00fccher.test")},
        QProcessEnvironment::systemEnvironment());
    QVERIFY2(result.run.findingIds().contains("send.accepted"), qPrintable(describe(result)));
    const QList<QByteArray> lines = receivedLines(result.peerLog);
    QVERIFY2(lines.contains("RCPT TO:<someone@xn--bcher-kva.test>"), result.peerLog.constData());
    // The header too: an 8-bit header needs SMTPUTF8, which was not used.
    QVERIFY2(lines.contains("To: <someone@xn--bcher-kva.test>"), result.peerLog.constData());
    QVERIFY2(!result.peerLog.contains("SMTPUTF8"), result.peerLog.constData());
}

void TestSend::internationalLocalPartNeedsSmtpUtf8()
{
    // "josé" has no ASCII form; a server without SMTPUTF8 cannot take it,
    // and the session says so before sending anything.
    REQUIRE_PEER(peer, "smtp-scripted");
    const Result result = runAgainst(
        peer,
        {"--from", OkUser, "--to", QStringLiteral("jos\u00e9@doctor.test")},
        QProcessEnvironment::systemEnvironment());
    QVERIFY2(result.run.findingIds().contains("send.utf8_unsupported"),
             qPrintable(describe(result)));
    QVERIFY2(
        textOf(result.run.finding("send.utf8_unsupported")).contains(QStringLiteral("jos\u00e9")),
        qPrintable(describe(result)));
    for (const QByteArray &line : receivedLines(result.peerLog))
        QVERIFY2(!line.toUpper().startsWith("MAIL FROM"), result.peerLog.constData());
    QCOMPARE(result.run.exitCode, 1);
}

void TestSend::sendRefused_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("send as") << "sendas@doctor.test"
                             << "someone@doctor.test"
                             << "send.sender_rejected"
                             << "5.7.60";
    QTest::newRow("ionos sender") << "ionos@doctor.test"
                                  << "someone@doctor.test"
                                  << "send.sender_rejected"
                                  << "Sender address is not allowed";
    QTest::newRow("relay") << OkUser << "relay@elsewhere.test"
                           << "send.relay_denied"
                           << "Relay access denied";
    QTest::newRow("unknown recipient") << OkUser << "nobody@doctor.test"
                                       << "send.recipient_rejected"
                                       << "5.1.1";
    QTest::newRow("rate limited, closed") << OkUser << "rate@doctor.test"
                                          << "send.rate_limited"
                                          << "421";
    QTest::newRow("greylisted") << OkUser << "grey@doctor.test"
                                << "send.greylisted"
                                << "451";
    QTest::newRow("spam") << OkUser << "spam@doctor.test"
                          << "send.spam_rejected"
                          << "554";
    QTest::newRow("dmarc") << OkUser << "dmarc@doctor.test"
                           << "send.spam_rejected"
                           << "5.7.26";
    QTest::newRow("too large") << OkUser << "big@doctor.test"
                               << "send.too_large"
                               << "5.3.4";
}

void TestSend::sendRefused()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, finding);
    QFETCH(QString, quoted);
    REQUIRE_PEER(peer, "smtp-scripted");
    const Result result = runAgainst(peer,
                                     {"--user",
                                      OkUser,
                                      "--password-env",
                                      QString::fromLatin1(PasswordVariable),
                                      "--allow-cleartext-auth",
                                      "--from",
                                      from,
                                      "--to",
                                      to},
                                     environmentWithPassword(QString::fromLatin1(Password)));
    const QString leaked = leaks(result, OkUser, Password);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    QVERIFY2(result.run.findingIds().contains(QStringLiteral("auth.ok")),
             qPrintable(describe(result)));
    QVERIFY2(result.run.findingIds().contains(finding), qPrintable(describe(result)));
    QVERIFY2(!result.run.findingIds().contains(QStringLiteral("send.accepted")),
             qPrintable(describe(result)));
    // The server's own words are shown, not only the diagnosis.
    QVERIFY2(textOf(result.run.finding(finding)).contains(quoted),
             qPrintable(textOf(result.run.finding(finding))));
    // Greylisting is a deliberate, temporary deferral that clears on retry:
    // a warning, so no failure finding and exit 0; every other refusal fails.
    QCOMPARE(result.run.exitCode, finding == QLatin1String("send.greylisted") ? 0 : 1);
}

void TestSend::unusableArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what the reason must name
    QTest::newRow("user without a password source") << QStringList{"--user", OkUser} << "";
    QTest::newRow("password variable unset")
        << QStringList{"--user", OkUser, "--password-env", "SMTP_DOCTOR_TEST_UNSET_PASSWORD"}
        << "SMTP_DOCTOR_TEST_UNSET_PASSWORD";
}

void TestSend::unusableArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    REQUIRE_PEER(peer, "smtp-scripted");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SMTP_DOCTOR_TEST_UNSET_PASSWORD"));
    const Result result = runAgainst(peer, arguments, environment);
    QCOMPARE(result.run.exitCode, 2);
    QVERIFY(result.run.out.isEmpty());
    // One line of reason (and, as everywhere in the CLI, perhaps one
    // pointing at --help).
    const QList<QByteArray> lines = result.run.err.trimmed().split('\n');
    QVERIFY2(lines.size() <= 2, result.run.err.constData());
    QVERIFY2(lines.at(0).startsWith("smtp-doctor-cli: "), result.run.err.constData());
    QVERIFY2(!lines.at(0).contains("Unknown option"), result.run.err.constData());
    if (!named.isEmpty())
        QVERIFY2(lines.at(0).contains(named.toLatin1()), result.run.err.constData());
    // Nothing was tried.
    QVERIFY2(receivedLines(result.peerLog).isEmpty(), result.peerLog.constData());
}

QTEST_GUILESS_MAIN(TestSend)
#include "tst_send.moc"
