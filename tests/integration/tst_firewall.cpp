// SPDX-License-Identifier: GPL-3.0-or-later
// smtp-doctor-cli against real firewalls: the lab of tests/peers/netlab.py,
// network namespaces joined by a private bridge with nftables rules (see the
// table at the top of netlab.py). The CLI runs inside one of the lab's client
// namespaces through `ip netns exec`, so it only ever reaches lab addresses
// (10.250.0.0/24, fd00:250::/64): the lab has no route to anywhere else.
//
// Every run names the lab's DNS server (--resolver) and the lab's control
// host (--control-host control.lab.test), so no test ever asks the system's
// resolver or the default public reference host. A CLI that does not know
// these options fails the test (exit 2) rather than run without them.

#include "CliRunner.h"
#include "PeerInfo.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace {

constexpr int kTimeoutSeconds = 2;
const QString kControlHost = QStringLiteral("control.lab.test");

// The four ways a TCP connection attempt can end; each probed endpoint gets
// exactly one of them.
const QStringList kClassifications = {QStringLiteral("net.open"),
                                      QStringLiteral("net.refused"),
                                      QStringLiteral("net.filtered"),
                                      QStringLiteral("net.unreachable")};

struct LabRun
{
    CliRun cli;
    qint64 elapsedMs = -1;
    QString command; // for failure messages
};

QString ipTool()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("ip"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(QStringLiteral("ip"),
                                               {QStringLiteral("/usr/sbin"),
                                                QStringLiteral("/sbin"),
                                                QStringLiteral("/usr/bin"),
                                                QStringLiteral("/bin")});
    return found;
}

QSet<QString> idSet(const CliRun &run)
{
    const QStringList ids = run.findingIds();
    return QSet<QString>(ids.cbegin(), ids.cend());
}

// "10.250.0.10 port 25" must not match "10.250.0.10 port 2525" nor
// "110.250.0.10 port 25".
bool mentions(const QString &text, const QString &endpoint)
{
    const QRegularExpression pattern(QStringLiteral("(?<![0-9.])")
                                     + QRegularExpression::escape(endpoint)
                                     + QStringLiteral("(?![0-9])"));
    return pattern.match(text).hasMatch();
}

QStringList evidenceOf(const QJsonObject &finding)
{
    QStringList lines;
    for (const QJsonValue &line : finding.value(QStringLiteral("evidence")).toArray())
        lines.append(line.toString());
    return lines;
}

// The findings whose evidence names the endpoint ("10.250.0.10 port 25",
// "[fd00:250::10] port 587").
QList<QJsonObject> findingsAbout(const CliRun &run, const QString &endpoint)
{
    QList<QJsonObject> found;
    for (const QJsonValue &value : run.json().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        for (const QString &line : evidenceOf(finding)) {
            if (mentions(line, endpoint)) {
                found.append(finding);
                break;
            }
        }
    }
    return found;
}

// net.open / net.refused / net.filtered / net.unreachable given to the endpoint.
QSet<QString> classificationsOf(const CliRun &run, const QString &endpoint)
{
    QSet<QString> ids;
    for (const QJsonObject &finding : findingsAbout(run, endpoint)) {
        const QString id = finding.value(QStringLiteral("id")).toString();
        if (kClassifications.contains(id))
            ids.insert(id);
    }
    return ids;
}

// The CLI ran (not `ip netns exec` failing, not a usage error) and wrote a
// report; and it did not go looking for the default public control host.
bool ranInLab(const LabRun &run)
{
    return run.cli.json().value(QStringLiteral("schema")).toString()
               == QLatin1String("smtp-doctor-report/1")
           && !run.cli.out.contains("portquiz");
}

QString describe(const LabRun &run)
{
    QStringList lines{
        QStringLiteral("command: ") + run.command,
        QStringLiteral("exit %1 after %2 ms").arg(run.cli.exitCode).arg(run.elapsedMs)};
    const QJsonArray findings = run.cli.json().value(QStringLiteral("findings")).toArray();
    if (findings.isEmpty() && !run.cli.out.isEmpty())
        lines.append(QStringLiteral("stdout: ") + QString::fromUtf8(run.cli.out.left(2000)));
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        lines.append(QStringLiteral("  %1 (%2): %3")
                         .arg(finding.value(QStringLiteral("id")).toString(),
                              finding.value(QStringLiteral("severity")).toString(),
                              evidenceOf(finding).join(QStringLiteral(" | "))));
    }
    if (!run.cli.err.isEmpty())
        lines.append(QStringLiteral("stderr: ") + QString::fromUtf8(run.cli.err.trimmed()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestFirewall : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    // What the CLI can do today: one chosen port, every address of the host.
    void chosenPort_data();
    void chosenPort();
    void openPortThroughLabDns();

    // NEW: --ports sweeps more ports besides --port.
    void sweepFromClient_data();
    void sweepFromClient();
    void sweepFromClientIdsAndExit();

    // NEW: the control host tells "your side blocks it" from "their side".
    void controlComparison_data();
    void controlComparison();

    // NEW: the probes run in parallel, so a sweep where nothing answers takes
    // about one timeout, not one per port.
    void filteredSweepIsParallel_data();
    void filteredSweepIsParallel();

private:
    LabRun diagnose(const QString &role, const QStringList &arguments);
    LabRun cachedDiagnose(const QString &role, const QStringList &arguments);

    PeerInfo m_lab;
    QString m_ip;
    QHash<QString, LabRun> m_cache;
};

void TestFirewall::initTestCase()
{
    QVERIFY2(!CliRun::program().isEmpty(), "SMTP_DOCTOR_CLI is not set: run through ctest");
    m_lab = PeerInfo::load(QStringLiteral("netlab"));
    if (!m_lab.isValid()) {
        if (!PeerInfo::stateDir().isEmpty())
            QFAIL("the firewall lab did not start: see the output of the netlab.start test");
        QSKIP("the firewall lab is not running: run this test through ctest, which starts it");
    }
    const QString skipped = m_lab.value(QStringLiteral("skipped"));
    if (!skipped.isEmpty()) {
        const QByteArray reason = ("firewall lab unavailable, ALL firewall tests skipped: "
                                   + skipped)
                                      .toUtf8();
        qWarning("%s", reason.constData());
        QSKIP(reason.constData());
    }
    QCOMPARE(m_lab.value(QStringLiteral("status")), QStringLiteral("ready"));
    QCOMPARE(m_lab.value(QStringLiteral("dns")), QStringLiteral("10.250.0.53@53"));
    m_ip = ipTool();
    QVERIFY2(!m_ip.isEmpty(), "the `ip` tool (iproute2) is not on PATH");
}

LabRun TestFirewall::diagnose(const QString &role, const QStringList &arguments)
{
    const QString ns = m_lab.json.value(QStringLiteral("namespaces"))
                           .toObject()
                           .value(role)
                           .toString();
    LabRun result;
    if (ns.isEmpty()) {
        result.command = QStringLiteral("(no namespace for role %1 in netlab.json)").arg(role);
        return result;
    }
    QStringList argv{QStringLiteral("netns"),
                     QStringLiteral("exec"),
                     ns,
                     CliRun::program(),
                     QStringLiteral("diagnose")};
    argv += arguments;
    // Always the lab's resolver and control host, a short timeout and JSON.
    argv += {QStringLiteral("--resolver"),
             m_lab.value(QStringLiteral("dns")),
             QStringLiteral("--control-host"),
             kControlHost,
             QStringLiteral("--timeout"),
             QString::number(kTimeoutSeconds),
             QStringLiteral("--format"),
             QStringLiteral("json")};
    result.command = m_ip + QLatin1Char(' ') + argv.join(QLatin1Char(' '));

    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(m_ip, argv);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.elapsedMs = clock.elapsed();
        return result;
    }
    result.elapsedMs = clock.elapsed();
    result.cli.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.cli.out = process.readAllStandardOutput();
    result.cli.err = process.readAllStandardError();
    return result;
}

// Several data rows check the same run: run it once.
LabRun TestFirewall::cachedDiagnose(const QString &role, const QStringList &arguments)
{
    const QString key = role + QLatin1Char('\n') + arguments.join(QLatin1Char('\n'));
    auto it = m_cache.constFind(key);
    if (it == m_cache.cend())
        it = m_cache.insert(key, diagnose(role, arguments));
    return it.value();
}

// ---------------------------------------------------------------------------
// Today: the chosen port on every address of the host. Once the sweep lands,
// these runs probe more ports too, so they check the chosen endpoint's
// classification rather than the whole list.

void TestFirewall::chosenPort_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("errnoName"); // in the evidence, when not empty

    for (const QString &host :
         {QStringLiteral("10.250.0.10"), QStringLiteral("v4server.lab.test")}) {
        const QByteArray name = host.toUtf8();
        QTest::newRow((name + " 25 reset").constData()) << host << 25 << "10.250.0.10 port 25"
                                                        << "net.refused"
                                                        << "ECONNREFUSED";
        QTest::newRow((name + " 465 dropped").constData()) << host << 465 << "10.250.0.10 port 465"
                                                           << "net.filtered"
                                                           << "";
        QTest::newRow((name + " 2525 host-unreachable").constData())
            << host << 2525 << "10.250.0.10 port 2525"
            << "net.unreachable"
            << "EHOSTUNREACH";
    }
    // Both addresses of server.lab.test: IPv4 587 works, IPv6 587 is dropped.
    QTest::newRow("server.lab.test 587 over IPv4")
        << "server.lab.test" << 587 << "10.250.0.10 port 587"
        << "net.open"
        << "";
    QTest::newRow("server.lab.test 587 over IPv6")
        << "server.lab.test" << 587 << "[fd00:250::10] port 587"
        << "net.filtered"
        << "";
}

void TestFirewall::chosenPort()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, endpoint);
    QFETCH(QString, expected);
    QFETCH(QString, errnoName);

    const LabRun run = cachedDiagnose(QStringLiteral("client"),
                                      {QStringLiteral("--host"),
                                       host,
                                       QStringLiteral("--port"),
                                       QString::number(port),
                                       QStringLiteral("--security"),
                                       QStringLiteral("none")});
    const QByteArray details = describe(run).toUtf8();
    QVERIFY2(ranInLab(run), details.constData());
    // Every one of these runs has a failure in it.
    QVERIFY2(run.cli.exitCode == 1, details.constData());
    // Exactly one classification for the endpoint, and the right one.
    QVERIFY2(classificationsOf(run.cli, endpoint) == QSet<QString>{expected}, details.constData());
    const QJsonObject finding = [&] {
        for (const QJsonObject &candidate : findingsAbout(run.cli, endpoint))
            if (candidate.value(QStringLiteral("id")).toString() == expected)
                return candidate;
        return QJsonObject();
    }();
    QCOMPARE(finding.value(QStringLiteral("severity")).toString(),
             expected == QLatin1String("net.open") ? QStringLiteral("pass")
                                                   : QStringLiteral("failure"));
    for (const char *key : {"title", "explanation", "check"})
        QVERIFY2(!finding.value(QLatin1String(key)).toString().isEmpty(), key);
    if (expected != QLatin1String("net.open"))
        QVERIFY(!finding.value(QStringLiteral("advice")).toArray().isEmpty());
    if (!errnoName.isEmpty())
        QVERIFY2(evidenceOf(finding).join(QLatin1Char('\n')).contains(errnoName),
                 details.constData());
}

void TestFirewall::openPortThroughLabDns()
{
    const LabRun run = cachedDiagnose(QStringLiteral("client"),
                                      {QStringLiteral("--host"),
                                       QStringLiteral("v4server.lab.test"),
                                       QStringLiteral("--port"),
                                       QStringLiteral("587"),
                                       QStringLiteral("--security"),
                                       QStringLiteral("none")});
    const QByteArray details = describe(run).toUtf8();
    QVERIFY2(ranInLab(run), details.constData());
    QVERIFY2(run.cli.exitCode == 0 || run.cli.exitCode == 1, details.constData());
    QVERIFY2(classificationsOf(run.cli, QStringLiteral("10.250.0.10 port 587"))
                 == QSet<QString>{QStringLiteral("net.open")},
             details.constData());
    QVERIFY2(run.cli.findingIds().contains(QStringLiteral("smtp.greeting_ok")),
             details.constData());
    QVERIFY(run.cli.finding(QStringLiteral("smtp.greeting_ok"))
                .value(QStringLiteral("explanation"))
                .toString()
                .contains(QStringLiteral("peer.doctor.test")));
    // The lab's DNS server was the one asked ("10.250.0.53" or "...@53").
    QVERIFY2(run.cli.json()
                 .value(QStringLiteral("environment"))
                 .toObject()
                 .value(QStringLiteral("resolver"))
                 .toString()
                 .startsWith(QStringLiteral("10.250.0.53")),
             details.constData());
}

// ---------------------------------------------------------------------------
// NEW: the sweep. client -> server.lab.test, --port 587 --ports 25,465,2525.

static const QStringList kSweepArguments = {QStringLiteral("--host"),
                                            QStringLiteral("server.lab.test"),
                                            QStringLiteral("--port"),
                                            QStringLiteral("587"),
                                            QStringLiteral("--security"),
                                            QStringLiteral("none"),
                                            QStringLiteral("--ports"),
                                            QStringLiteral("25,465,2525")};

void TestFirewall::sweepFromClient_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("errnoName");
    QTest::newRow("IPv4 587 open") << "10.250.0.10 port 587"
                                   << "net.open"
                                   << "";
    QTest::newRow("IPv4 25 reset") << "10.250.0.10 port 25"
                                   << "net.refused"
                                   << "ECONNREFUSED";
    QTest::newRow("IPv4 465 dropped") << "10.250.0.10 port 465"
                                      << "net.filtered"
                                      << "";
    QTest::newRow("IPv4 2525 host-unreachable") << "10.250.0.10 port 2525"
                                                << "net.unreachable"
                                                << "EHOSTUNREACH";
    QTest::newRow("IPv6 587 dropped") << "[fd00:250::10] port 587"
                                      << "net.filtered"
                                      << "";
}

void TestFirewall::sweepFromClient()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, expected);
    QFETCH(QString, errnoName);
    const LabRun run = cachedDiagnose(QStringLiteral("client"), kSweepArguments);
    const QByteArray details = describe(run).toUtf8();
    QVERIFY2(ranInLab(run), details.constData());
    QVERIFY2(run.cli.exitCode == 1, details.constData());
    QVERIFY2(classificationsOf(run.cli, endpoint) == QSet<QString>{expected}, details.constData());
    if (!errnoName.isEmpty()) {
        bool found = false;
        for (const QJsonObject &finding : findingsAbout(run.cli, endpoint))
            found = found
                    || (finding.value(QStringLiteral("id")).toString() == expected
                        && evidenceOf(finding).join(QLatin1Char('\n')).contains(errnoName));
        QVERIFY2(found, details.constData());
    }
}

void TestFirewall::sweepFromClientIdsAndExit()
{
    const LabRun run = cachedDiagnose(QStringLiteral("client"), kSweepArguments);
    const QByteArray details = describe(run).toUtf8();
    QVERIFY2(ranInLab(run), details.constData());
    QVERIFY2(run.cli.exitCode == 1, details.constData());
    const QSet<QString> ids = idSet(run.cli);
    for (const char *id : {"net.open",
                           "smtp.greeting_ok",
                           "net.refused",
                           "net.filtered",
                           "net.unreachable",
                           "net.ipv6_broken"})
        QVERIFY2(ids.contains(QLatin1String(id)),
                 QByteArray(QByteArray(id) + " missing\n" + details).constData());
    // IPv4 works, so this is not a blocked network nor a dead server.
    for (const char *id : {"net.outbound_blocked", "net.server_down", "net.https_only"})
        QVERIFY2(!ids.contains(QLatin1String(id)),
                 QByteArray(QByteArray(id) + " unexpected\n" + details).constData());
    // Every finding carries the fields scripts and people rely on.
    for (const QJsonValue &value : run.cli.json().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        for (const char *key : {"id", "severity", "title", "explanation", "check"})
            QVERIFY2(!finding.value(QLatin1String(key)).toString().isEmpty(),
                     (finding.value(QStringLiteral("id")).toString() + QStringLiteral(": no ")
                      + QLatin1String(key))
                         .toUtf8()
                         .constData());
        QVERIFY(finding.value(QStringLiteral("advice")).isArray());
        QVERIFY(finding.value(QStringLiteral("evidence")).isArray());
    }
}

// ---------------------------------------------------------------------------
// NEW: the control host. Same ports (plus 443) on control.lab.test, which
// answers on all of them: what differs between it and the target says where
// the block is.

void TestFirewall::controlComparison_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QStringList>("mustHave");
    QTest::addColumn<QStringList>("mustNotHave");
    QTest::addColumn<QStringList>("exactIds"); // empty: the engine may add more

    // 587 is dropped on the way out of this client: the control's 587 too.
    QTest::newRow("outbound 587 blocked")
        << "client_blocked"
        << "server.lab.test"
        << "587" << QStringList{"net.filtered", "net.outbound_blocked"}
        << QStringList{"net.server_down", "net.https_only"} << QStringList{};
    // The target drops everything, the control answers: the server's side.
    QTest::newRow("server down") << "client"
                                 << "dead.lab.test"
                                 << "587" << QStringList{"net.filtered", "net.server_down"}
                                 << QStringList{"net.outbound_blocked",
                                                "net.https_only",
                                                "net.open"}
                                 << QStringList{"net.filtered", "net.server_down"};
    // Every SMTP port is dropped on the way out; the control's 443 answers.
    QTest::newRow("web only") << "client_webonly"
                              << "server.lab.test"
                              << "587" << QStringList{"net.filtered", "net.https_only"}
                              << QStringList{"net.server_down", "net.open"} << QStringList{};
    // Issue 15, point 10: the server drops 2600, the control host's firewall
    // resets 2600. A reset from the control is an answer from beyond this
    // network: the path out is open. The server answers on 587, so it is up:
    // its firewall drops 2600.
    QTest::newRow("server drops, control resets")
        << "client"
        << "server.lab.test"
        << "2600" << QStringList{"net.filtered", "net.server_firewall"}
        << QStringList{"net.outbound_blocked", "net.server_down", "net.https_only"}
        << QStringList{};
    // The same 20 ms away: the control's reset takes a round trip.
    QTest::newRow("far: server drops, control resets")
        << "client_far"
        << "server.lab.test"
        << "2601" << QStringList{"net.filtered", "net.server_firewall"}
        << QStringList{"net.outbound_blocked", "net.server_down", "net.https_only"}
        << QStringList{};
    // This machine's own firewall resets 2600: both resets come back in
    // microseconds, far sooner than the 20 ms round trip. Blocked here.
    QTest::newRow("far: this machine resets")
        << "client_far"
        << "server.lab.test"
        << "2600" << QStringList{"net.refused", "net.outbound_blocked"}
        << QStringList{"net.server_down", "net.server_firewall", "net.https_only"} << QStringList{};
}

void TestFirewall::controlComparison()
{
    QFETCH(QString, role);
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QStringList, mustHave);
    QFETCH(QStringList, mustNotHave);
    QFETCH(QStringList, exactIds);

    const LabRun run = cachedDiagnose(role,
                                      {QStringLiteral("--host"),
                                       host,
                                       QStringLiteral("--port"),
                                       port,
                                       QStringLiteral("--security"),
                                       QStringLiteral("none")});
    const QByteArray details = describe(run).toUtf8();
    QVERIFY2(ranInLab(run), details.constData());
    QVERIFY2(run.cli.exitCode == 1, details.constData());
    const QSet<QString> ids = idSet(run.cli);
    for (const QString &id : mustHave)
        QVERIFY2(ids.contains(id), QByteArray(id.toUtf8() + " missing\n" + details).constData());
    for (const QString &id : mustNotHave)
        QVERIFY2(!ids.contains(id),
                 QByteArray(id.toUtf8() + " unexpected\n" + details).constData());
    if (!exactIds.isEmpty())
        QCOMPARE(ids, QSet<QString>(exactIds.cbegin(), exactIds.cend()));
}

// ---------------------------------------------------------------------------
// NEW: a sweep where nothing answers must take about one timeout. The bound
// (3 x timeout + 3 s) is loose on purpose: not a benchmark, just "parallel".

void TestFirewall::filteredSweepIsParallel_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("filteredEndpoints");

    // dead.lab.test: 4 ports, one address, every SYN dropped.
    QTest::newRow("dead host") << "client"
                               << "dead.lab.test"
                               << QStringList{"10.250.0.20 port 25",
                                              "10.250.0.20 port 465",
                                              "10.250.0.20 port 587",
                                              "10.250.0.20 port 2525"};
    // server.lab.test from the web-only client: 4 ports x 2 addresses, all
    // dropped on the way out (and the control's SMTP ports as well).
    QTest::newRow("web-only client") << "client_webonly"
                                     << "server.lab.test"
                                     << QStringList{"10.250.0.10 port 25",
                                                    "10.250.0.10 port 465",
                                                    "10.250.0.10 port 587",
                                                    "10.250.0.10 port 2525",
                                                    "[fd00:250::10] port 25",
                                                    "[fd00:250::10] port 465",
                                                    "[fd00:250::10] port 587",
                                                    "[fd00:250::10] port 2525"};
}

void TestFirewall::filteredSweepIsParallel()
{
    QFETCH(QString, role);
    QFETCH(QString, host);
    QFETCH(QStringList, filteredEndpoints);

    // Not cached: this one is about time.
    const LabRun run = diagnose(role,
                                {QStringLiteral("--host"),
                                 host,
                                 QStringLiteral("--port"),
                                 QStringLiteral("587"),
                                 QStringLiteral("--security"),
                                 QStringLiteral("none"),
                                 QStringLiteral("--ports"),
                                 QStringLiteral("25,465,2525")});
    const QByteArray details = describe(run).toUtf8();
    QVERIFY2(ranInLab(run), details.constData());
    QVERIFY2(run.cli.exitCode == 1, details.constData());
    for (const QString &endpoint : filteredEndpoints)
        QVERIFY2(classificationsOf(run.cli, endpoint)
                     == QSet<QString>{QStringLiteral("net.filtered")},
                 QByteArray(endpoint.toUtf8() + "\n" + details).constData());
    const qint64 boundMs = (3 * kTimeoutSeconds + 3) * 1000;
    qInfo("all-filtered sweep took %lld ms (bound %lld ms)", run.elapsedMs, boundMs);
    QVERIFY2(
        run.elapsedMs < boundMs,
        QByteArray(
            QStringLiteral("took %1 ms, bound %2 ms\n").arg(run.elapsedMs).arg(boundMs).toUtf8()
            + details)
            .constData());
}

QTEST_GUILESS_MAIN(TestFirewall)
#include "tst_firewall.moc"
