// SPDX-License-Identifier: GPL-3.0-or-later
// smtp-doctor-cli watch against real peers: flaky_peer.py (one connection in
// three refused, a greeting delayed by 1.5 s, 421 4.7.0 after two messages
// per sender) and the firewall lab's client_flaky namespace, whose nftables
// counter drops one SYN in three. Each run checks the success ratio, the
// failure classes and when they came, the per-phase percentiles and the
// findings of the series (net.intermittent, net.slow_greeting,
// send.rate_limited "after 2 messages").

#include "CliRunner.h"
#include "PeerInfo.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

namespace {

const QString kPassword = QStringLiteral("s3cret-Passw0rd");

QJsonObject watchOf(const CliRun &run)
{
    return run.json().value(QStringLiteral("watch")).toObject();
}

QJsonObject summaryOf(const CliRun &run)
{
    return watchOf(run).value(QStringLiteral("summary")).toObject();
}

QJsonObject phaseOf(const CliRun &run, const char *phase)
{
    return summaryOf(run)
        .value(QStringLiteral("phases"))
        .toObject()
        .value(QLatin1String(phase))
        .toObject();
}

// Attempt indexes whose outcome is not "ok".
QList<int> failedAttempts(const CliRun &run)
{
    QList<int> failed;
    for (const QJsonValue &value : watchOf(run).value(QStringLiteral("attempts")).toArray()) {
        const QJsonObject attempt = value.toObject();
        if (attempt.value(QStringLiteral("outcome")).toString() != QLatin1String("ok"))
            failed.append(attempt.value(QStringLiteral("index")).toInt());
    }
    return failed;
}

QString describe(const CliRun &run)
{
    return QStringLiteral("exit %1\nstderr:\n%2\nstdout:\n%3")
        .arg(run.exitCode)
        .arg(QString::fromUtf8(run.err), QString::fromUtf8(run.out.left(6000)));
}

QStringList evidenceOf(const QJsonObject &finding)
{
    QStringList lines;
    for (const QJsonValue &line : finding.value(QStringLiteral("evidence")).toArray())
        lines.append(line.toString());
    return lines;
}

// Every percentile of a phase that was measured `samples` times.
void verifyPercentiles(const CliRun &run, const char *phase, int samples)
{
    const QJsonObject stats = phaseOf(run, phase);
    QCOMPARE(stats.value(QStringLiteral("samples")).toInt(), samples);
    const qint64 p50 = stats.value(QStringLiteral("p50_ms")).toInteger(-1);
    const qint64 p90 = stats.value(QStringLiteral("p90_ms")).toInteger(-1);
    const qint64 max = stats.value(QStringLiteral("max_ms")).toInteger(-1);
    QVERIFY2(p50 >= 0 && p50 <= p90 && p90 <= max, qPrintable(describe(run)));
}

} // namespace

class TestWatch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refusesEveryThirdConnection();
    void slowGreeting();
    void rateLimitAfterTwoMessages();
    void oneMessageUnlessAllowed();
    void interruptKeepsWhatWasMeasured();
    void textAndMarkdownSummaries();
    void typedHostCorrectedEveryFormat();
    void unusableArguments_data();
    void unusableArguments();
    void firewallDropsOneInThree();

private:
    CliRun watch(quint16 port, const QStringList &extra);
    PeerInfo m_peer;
};

void TestWatch::initTestCase()
{
    QVERIFY2(!CliRun::program().isEmpty(), "SMTP_DOCTOR_CLI is not set: run through ctest");
    REQUIRE_PEER(peer, "flaky-smtp");
    m_peer = peer;
}

CliRun TestWatch::watch(quint16 port, const QStringList &extra)
{
    QStringList arguments{QStringLiteral("watch"),
                          QStringLiteral("--host"),
                          QStringLiteral("127.0.0.1"),
                          QStringLiteral("--port"),
                          QString::number(port),
                          QStringLiteral("--security"),
                          QStringLiteral("none"),
                          QStringLiteral("--timeout"),
                          QStringLiteral("3"),
                          QStringLiteral("--format"),
                          QStringLiteral("json")};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WATCH_PASSWORD"), kPassword);
    return CliRun::run(arguments + extra, 60000, environment);
}

void TestWatch::refusesEveryThirdConnection()
{
    const CliRun run = watch(m_peer.port(QStringLiteral("refuse-third")),
                             {QStringLiteral("--count"),
                              QStringLiteral("9"),
                              QStringLiteral("--interval"),
                              QStringLiteral("0.05")});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    const QJsonObject summary = summaryOf(run);
    QCOMPARE(summary.value(QStringLiteral("attempts")).toInt(), 9);
    QCOMPARE(summary.value(QStringLiteral("succeeded")).toInt(), 6);
    QCOMPARE(summary.value(QStringLiteral("success_ratio")).toDouble(), 6.0 / 9.0);

    // The peer counts connections since it started (its readiness check and
    // other tests included): the failures are three, three attempts apart.
    const QList<int> failed = failedAttempts(run);
    QCOMPARE(failed.size(), 3);
    QCOMPARE(failed.at(1) - failed.at(0), 3);
    QCOMPARE(failed.at(2) - failed.at(1), 3);

    // Two classes: closed at once (no greeting) and a 421 greeting.
    QHash<QString, QList<int>> classes;
    for (const QJsonValue &value : summary.value(QStringLiteral("failures")).toArray()) {
        QList<int> attempts;
        for (const QJsonValue &index : value.toObject().value(QStringLiteral("attempts")).toArray())
            attempts.append(index.toInt());
        classes.insert(value.toObject().value(QStringLiteral("id")).toString(), attempts);
    }
    QCOMPARE(QSet<QString>(classes.keyBegin(), classes.keyEnd()),
             (QSet<QString>{QStringLiteral("smtp.no_greeting"),
                            QStringLiteral("smtp.rejected_greeting")}));
    QCOMPARE(classes.value(QStringLiteral("smtp.no_greeting")).size()
                 + classes.value(QStringLiteral("smtp.rejected_greeting")).size(),
             3);

    QVERIFY2(run.findingIds().contains(QStringLiteral("net.intermittent")),
             qPrintable(describe(run)));
    const QJsonObject intermittent = run.finding(QStringLiteral("net.intermittent"));
    QCOMPARE(intermittent.value(QStringLiteral("severity")).toString(), QStringLiteral("failure"));
    const QStringList evidence = evidenceOf(intermittent);
    QCOMPARE(evidence.value(0), QStringLiteral("3 of 9 attempts failed before any message"));
    for (auto it = classes.cbegin(); it != classes.cend(); ++it) {
        QStringList indexes;
        for (int index : it.value())
            indexes.append(QString::number(index));
        const QString line = QStringLiteral("%1: %2 of 9 attempts (attempts %3)")
                                 .arg(it.key())
                                 .arg(it.value().size())
                                 .arg(indexes.join(QLatin1String(", ")));
        QVERIFY2(evidence.contains(line), qPrintable(line + QLatin1Char('\n') + describe(run)));
    }
    // The classes themselves are part of the intermittent failure: warnings.
    QCOMPARE(run.finding(QStringLiteral("smtp.no_greeting"))
                 .value(QStringLiteral("severity"))
                 .toString(),
             QStringLiteral("warning"));
    QVERIFY(!run.findingIds().contains(QStringLiteral("net.slow_greeting")));
    verifyPercentiles(run, "connect", 9);
    // A 421 is a greeting too (timed); a connection closed at once is not.
    verifyPercentiles(
        run, "greeting", 9 - int(classes.value(QStringLiteral("smtp.no_greeting")).size()));
    QCOMPARE(phaseOf(run, "tls").value(QStringLiteral("samples")).toInt(), 0);
    // One live line per attempt on stderr.
    for (int i = 1; i <= 9; ++i)
        QVERIFY2(run.err.contains(QStringLiteral("[%1/9]").arg(i).toUtf8()), run.err.constData());
}

void TestWatch::slowGreeting()
{
    const CliRun run = watch(m_peer.port(QStringLiteral("slow-greeting")),
                             {QStringLiteral("--count"),
                              QStringLiteral("3"),
                              QStringLiteral("--interval"),
                              QStringLiteral("0"),
                              QStringLiteral("--user"),
                              QStringLiteral("watcher@doctor.test"),
                              QStringLiteral("--password-env"),
                              QStringLiteral("WATCH_PASSWORD"),
                              QStringLiteral("--allow-cleartext-auth")});
    // A slow greeting is a warning: the exit status says no failure.
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(summaryOf(run).value(QStringLiteral("succeeded")).toInt(), 3);
    QVERIFY2(run.findingIds().contains(QStringLiteral("net.slow_greeting")),
             qPrintable(describe(run)));
    QVERIFY(!run.findingIds().contains(QStringLiteral("net.intermittent")));
    QVERIFY(run.findingIds().contains(QStringLiteral("auth.ok")));
    QCOMPARE(run.finding(QStringLiteral("net.slow_greeting"))
                 .value(QStringLiteral("severity"))
                 .toString(),
             QStringLiteral("warning"));
    // The peer waits 1.5 s before its greeting; the connect is immediate.
    const qint64 greetingP50 = phaseOf(run, "greeting").value(QStringLiteral("p50_ms")).toInteger();
    QVERIFY2(greetingP50 >= 1400 && greetingP50 < 3000, qPrintable(describe(run)));
    QVERIFY(phaseOf(run, "connect").value(QStringLiteral("p50_ms")).toInteger() < 100);
    verifyPercentiles(run, "greeting", 3);
    verifyPercentiles(run, "auth", 3);
    // The password reaches no output.
    QVERIFY(!run.out.contains(kPassword.toUtf8()));
    QVERIFY(!run.err.contains(kPassword.toUtf8()));
    QVERIFY(!run.out.contains(kPassword.toUtf8().toBase64()));
}

void TestWatch::rateLimitAfterTwoMessages()
{
    // The peer counts messages per sender: a fresh sender per run.
    const QString sender = QStringLiteral("watch-%1@doctor.test")
                               .arg(QRandomGenerator::global()->generate());
    const CliRun run = watch(m_peer.port(QStringLiteral("rate-limit")),
                             {QStringLiteral("--count"),
                              QStringLiteral("4"),
                              QStringLiteral("--interval"),
                              QStringLiteral("0.05"),
                              QStringLiteral("--from"),
                              sender,
                              QStringLiteral("--to"),
                              QStringLiteral("postmaster@doctor.test"),
                              QStringLiteral("--messages-allowed"),
                              QStringLiteral("4")});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QCOMPARE(failedAttempts(run), (QList<int>{3, 4}));
    QCOMPARE(summaryOf(run).value(QStringLiteral("rate_limited_after_messages")).toInt(), 2);
    QCOMPARE(summaryOf(run).value(QStringLiteral("rate_limited_from_attempt")).toInt(), 3);
    const QJsonObject limited = run.finding(QStringLiteral("send.rate_limited"));
    QVERIFY2(!limited.isEmpty(), qPrintable(describe(run)));
    QVERIFY2(evidenceOf(limited).value(0).startsWith(
                 QStringLiteral("rate limited after 2 messages (first refused in attempt 3): "
                                "421 4.7.0")),
             qPrintable(describe(run)));
    QVERIFY(limited.value(QStringLiteral("title")).toString().contains(QStringLiteral("2")));
    // Refusals after messages are not connection trouble.
    QVERIFY(!run.findingIds().contains(QStringLiteral("net.intermittent")));
    QCOMPARE(run.findingIds().count(QStringLiteral("send.rate_limited")), 1);
    QVERIFY(run.findingIds().contains(QStringLiteral("send.accepted")));
}

void TestWatch::oneMessageUnlessAllowed()
{
    const QString sender = QStringLiteral("once-%1@doctor.test")
                               .arg(QRandomGenerator::global()->generate());
    const CliRun run = watch(m_peer.port(QStringLiteral("rate-limit")),
                             {QStringLiteral("--count"),
                              QStringLiteral("3"),
                              QStringLiteral("--interval"),
                              QStringLiteral("0"),
                              QStringLiteral("--from"),
                              sender,
                              QStringLiteral("--to"),
                              QStringLiteral("postmaster@doctor.test")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QList<bool> sent;
    for (const QJsonValue &value : watchOf(run).value(QStringLiteral("attempts")).toArray())
        sent.append(value.toObject().value(QStringLiteral("message")).toBool());
    QCOMPARE(sent, (QList<bool>{true, false, false}));
    QCOMPARE(watchOf(run).value(QStringLiteral("messages_allowed")).toInt(), 1);
}

void TestWatch::interruptKeepsWhatWasMeasured()
{
    QProcess process;
    process.start(CliRun::program(),
                  {QStringLiteral("watch"),
                   QStringLiteral("--host"),
                   QStringLiteral("127.0.0.1"),
                   QStringLiteral("--port"),
                   QString::number(m_peer.port(QStringLiteral("refuse-third"))),
                   QStringLiteral("--security"),
                   QStringLiteral("none"),
                   QStringLiteral("--count"),
                   QStringLiteral("1000"),
                   QStringLiteral("--interval"),
                   QStringLiteral("0.1"),
                   QStringLiteral("--format"),
                   QStringLiteral("json")});
    QVERIFY(process.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("[4/1000]"), 20000);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    err += process.readAllStandardError();
    const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QJsonObject watch = root.value(QStringLiteral("watch")).toObject();
    QVERIFY2(watch.value(QStringLiteral("cancelled")).toBool(), err.constData());
    const int attempts = int(watch.value(QStringLiteral("attempts")).toArray().size());
    QVERIFY2(attempts >= 4 && attempts < 1000, err.constData());
    QCOMPARE(
        watch.value(QStringLiteral("summary")).toObject().value(QStringLiteral("attempts")).toInt(),
        attempts);
    QVERIFY(err.contains("Interrupted"));
    // Four or more attempts against a port that refuses one in three: one failed.
    QCOMPARE(process.exitCode(), 1);
}

void TestWatch::textAndMarkdownSummaries()
{
    const quint16 port = m_peer.port(QStringLiteral("refuse-third"));
    const QStringList common{QStringLiteral("watch"),
                             QStringLiteral("--host"),
                             QStringLiteral("127.0.0.1"),
                             QStringLiteral("--port"),
                             QString::number(port),
                             QStringLiteral("--security"),
                             QStringLiteral("none"),
                             QStringLiteral("--count"),
                             QStringLiteral("3"),
                             QStringLiteral("--interval"),
                             QStringLiteral("0")};
    const CliRun text = CliRun::run(common);
    QVERIFY2(text.out.contains("2 of 3 attempts succeeded (67%)"), qPrintable(describe(text)));
    QVERIFY(text.out.contains("net.intermittent"));
    QVERIFY(QRegularExpression(QStringLiteral("Connect +\\d+ +\\d+ +\\d+"))
                .match(QString::fromUtf8(text.out))
                .hasMatch());
    const CliRun markdown = CliRun::run(
        common + QStringList{QStringLiteral("--format"), QStringLiteral("markdown")});
    QVERIFY2(markdown.out.contains("| Phase | p50 ms | p90 ms | max ms |"),
             qPrintable(describe(markdown)));
    QVERIFY(markdown.out.contains("### Repeated attempts"));
}

void TestWatch::typedHostCorrectedEveryFormat()
{
    // As diagnose does: the input check mends "smtp://127.0.0.1/", says so
    // in the report, and the attempts go to 127.0.0.1.
    const quint16 port = m_peer.port(QStringLiteral("rate-limit"));
    const QStringList common{QStringLiteral("watch"),
                             QStringLiteral("--host"),
                             QStringLiteral("smtp://127.0.0.1/"),
                             QStringLiteral("--port"),
                             QString::number(port),
                             QStringLiteral("--security"),
                             QStringLiteral("none"),
                             QStringLiteral("--count"),
                             QStringLiteral("1"),
                             QStringLiteral("--interval"),
                             QStringLiteral("0")};
    const CliRun json = CliRun::run(
        common + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.exitCode == 1, qPrintable(describe(json))); // the typed host is a failure
    QVERIFY2(json.findingIds().contains(QStringLiteral("input.host_scheme"))
                 && json.findingIds().contains(QStringLiteral("input.host_path")),
             qPrintable(describe(json)));
    QCOMPARE(summaryOf(json).value(QStringLiteral("succeeded")).toInt(), 1);
    QCOMPARE(json.json().value(QStringLiteral("target")).toObject().value(QStringLiteral("host")),
             QJsonValue(QStringLiteral("127.0.0.1")));
    const CliRun html = CliRun::run(
        common + QStringList{QStringLiteral("--format"), QStringLiteral("html")});
    QVERIFY2(html.out.contains("<html") && html.out.contains("input.host_scheme"),
             qPrintable(describe(html)));
}

void TestWatch::unusableArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no host") << QStringList{QStringLiteral("--count"), QStringLiteral("2")};
    QTest::newRow("count 0") << QStringList{QStringLiteral("--host"),
                                            QStringLiteral("127.0.0.1"),
                                            QStringLiteral("--count"),
                                            QStringLiteral("0")};
    QTest::newRow("negative interval") << QStringList{QStringLiteral("--host"),
                                                      QStringLiteral("127.0.0.1"),
                                                      QStringLiteral("--interval"),
                                                      QStringLiteral("-1")};
    QTest::newRow("messages without sender") << QStringList{QStringLiteral("--host"),
                                                            QStringLiteral("127.0.0.1"),
                                                            QStringLiteral("--messages-allowed"),
                                                            QStringLiteral("3")};
    QTest::newRow("port with a fraction") << QStringList{QStringLiteral("--host"),
                                                         QStringLiteral("127.0.0.1"),
                                                         QStringLiteral("--port"),
                                                         QStringLiteral("587.0")};
    QTest::newRow("trust anchor") << QStringList{QStringLiteral("--host"),
                                                 QStringLiteral("127.0.0.1"),
                                                 QStringLiteral("--trust-anchor"),
                                                 QStringLiteral("/nonexistent.key")};
    QTest::newRow("format") << QStringList{QStringLiteral("--host"),
                                           QStringLiteral("127.0.0.1"),
                                           QStringLiteral("--format"),
                                           QStringLiteral("xml")};
    QTest::newRow("password without user") << QStringList{QStringLiteral("--host"),
                                                          QStringLiteral("127.0.0.1"),
                                                          QStringLiteral("--password-env"),
                                                          QStringLiteral("WATCH_PASSWORD")};
}

void TestWatch::unusableArguments()
{
    QFETCH(QStringList, arguments);
    const CliRun run = CliRun::run(QStringList{QStringLiteral("watch")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith("smtp-doctor-cli: "));
    QVERIFY(run.out.isEmpty());
}

void TestWatch::firewallDropsOneInThree()
{
    const PeerInfo lab = PeerInfo::load(QStringLiteral("netlab"));
    if (!lab.isValid())
        QSKIP("the firewall lab is not running: run this test through ctest, which starts it");
    if (!lab.value(QStringLiteral("skipped")).isEmpty())
        QSKIP(qPrintable(QStringLiteral("firewall lab unavailable: ")
                         + lab.value(QStringLiteral("skipped"))));
    const QString ns = lab.json.value(QStringLiteral("namespaces"))
                           .toObject()
                           .value(QStringLiteral("client_flaky"))
                           .toString();
    QVERIFY2(!ns.isEmpty(), "netlab.json has no client_flaky namespace: restart the lab");
    const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"),
                                                      {QStringLiteral("/usr/sbin"),
                                                       QStringLiteral("/sbin"),
                                                       QStringLiteral("/usr/bin"),
                                                       QStringLiteral("/bin")});
    QVERIFY2(!ip.isEmpty(), "the `ip` tool (iproute2) is not installed");
    // 0.8 s per step: a dropped SYN is given up before its first
    // retransmission (1 s), so each dropped connection is one count.
    QProcess process;
    process.start(ip,
                  {QStringLiteral("netns"),
                   QStringLiteral("exec"),
                   ns,
                   CliRun::program(),
                   QStringLiteral("watch"),
                   QStringLiteral("--host"),
                   QStringLiteral("10.250.0.10"),
                   QStringLiteral("--port"),
                   QStringLiteral("587"),
                   QStringLiteral("--security"),
                   QStringLiteral("none"),
                   QStringLiteral("--count"),
                   QStringLiteral("9"),
                   QStringLiteral("--interval"),
                   QStringLiteral("0.05"),
                   QStringLiteral("--timeout"),
                   QStringLiteral("0.8"),
                   QStringLiteral("--format"),
                   QStringLiteral("json")});
    QVERIFY(process.waitForFinished(60000));
    CliRun run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    const QList<int> failed = failedAttempts(run);
    QCOMPARE(failed.size(), 3);
    QCOMPARE(failed.at(1) - failed.at(0), 3);
    QCOMPARE(failed.at(2) - failed.at(1), 3);
    const QJsonArray failures = summaryOf(run).value(QStringLiteral("failures")).toArray();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.at(0).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("net.filtered"));
    QVERIFY(run.findingIds().contains(QStringLiteral("net.intermittent")));
    QVERIFY2(evidenceOf(run.finding(QStringLiteral("net.intermittent")))
                 .contains(QStringLiteral("net.filtered: 3 of 9 attempts (attempts %1, %2, %3)")
                               .arg(failed.at(0))
                               .arg(failed.at(1))
                               .arg(failed.at(2))),
             qPrintable(describe(run)));
    // The six that got through greeted; connect times exist for those only.
    verifyPercentiles(run, "connect", 6);
    verifyPercentiles(run, "greeting", 6);
}

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"
