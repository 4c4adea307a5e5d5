// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21, point 5: smtp-doctor-cli killed with SIGKILL at several points of
// a run, then its --output FILE read back. The file is rewritten atomically
// (QSaveFile) after every finding, check and watch attempt, so whatever the
// moment of the kill it is a whole report, and it holds everything the run
// had shown before the kill: the findings and events of the last file read
// while it ran, and every watch attempt it had printed.
//
// Where: during the port sweep (the lab's client_blocked namespace drops
// outgoing 587 while 465 and 2525 answer), during TLS (hostile-smtp's
// tls-stall port reads the ClientHello and never answers), and between
// watch attempts (the smtp peer, one attempt a second).
//
// And a disk that fills up under a watch run's --output (a 64 KiB tmpfs,
// root; skipped with the reason otherwise): said once, the run goes on to
// its end, and the file stays the last whole report, nothing beside it.
#include "CliRunner.h"
#include "PeerInfo.h"
#include "report/JsonReport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <sys/mount.h>

class TestKillRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedDuringTheSweep();
    void killedDuringTls();
    void killedBetweenWatchAttempts();
    void outputDiskFillsUp();

private:
    // Starts `program arguments`, polls `output` until `ready` holds for the
    // report read from it, then SIGKILL. Returns the last report read before
    // the kill (empty on timeout).
    std::optional<Report> runUntil(const QString &program,
                                   const QStringList &arguments,
                                   const QString &output,
                                   const std::function<bool(const Report &)> &ready,
                                   QProcess *process);
    static void verifyNothingLost(const Report &before, const Report &after);
    static QStringList ids(const Report &report);

    QTemporaryDir m_files;
};

void TestKillRun::initTestCase()
{
    QVERIFY(m_files.isValid());
    QVERIFY2(!CliRun::program().isEmpty(), "SMTP_DOCTOR_CLI is not set: run through ctest");
}

QStringList TestKillRun::ids(const Report &report)
{
    QStringList list;
    for (const Finding &finding : report.findings)
        list.append(finding.id);
    return list;
}

std::optional<Report> TestKillRun::runUntil(const QString &program,
                                            const QStringList &arguments,
                                            const QString &output,
                                            const std::function<bool(const Report &)> &ready,
                                            QProcess *process)
{
    QFile::remove(output);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(program, arguments);
    if (!process->waitForStarted(10000))
        return std::nullopt;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000 && process->state() == QProcess::Running) {
        QFile file(output);
        if (file.open(QIODevice::ReadOnly)) {
            // Every read of the file while it runs must be a whole report.
            QString error;
            const auto report = JsonReport::read(file.readAll(), &error);
            if (!report) {
                qWarning("the output file did not read while the run went on: %s",
                         qPrintable(error));
                return std::nullopt;
            }
            if (ready(*report)) {
                ::kill(pid_t(process->processId()), SIGKILL);
                process->waitForFinished(5000);
                return report;
            }
        }
        QTest::qWait(20);
    }
    process->kill();
    process->waitForFinished(5000);
    return std::nullopt;
}

// Whatever the run had written before the kill is in the file after it.
void TestKillRun::verifyNothingLost(const Report &before, const Report &after)
{
    const QStringList afterIds = ids(after);
    for (const QString &id : ids(before))
        QVERIFY2(afterIds.count(id) >= ids(before).count(id), qPrintable(id));
    QVERIFY(after.events.size() >= before.events.size());
    for (int i = 0; i < before.events.size(); ++i) {
        QCOMPARE(after.events.at(i).check, before.events.at(i).check);
        QCOMPARE(after.events.at(i).text, before.events.at(i).text);
    }
}

void TestKillRun::killedDuringTheSweep()
{
    const PeerInfo lab = PeerInfo::load(QStringLiteral("netlab"));
    if (!lab.isValid())
        QSKIP("the firewall lab is not running: run this test through ctest, which starts it");
    if (!lab.value("skipped").isEmpty())
        QSKIP(qPrintable("firewall lab unavailable: " + lab.value("skipped")));
    const QString ns = lab.json.value("namespaces").toObject().value("client_blocked").toString();
    const QString control = lab.json.value("addresses")
                                .toObject()
                                .value("control")
                                .toObject()
                                .value("ipv4")
                                .toString();
    QString ip = QStandardPaths::findExecutable("ip", {"/usr/sbin", "/sbin", "/usr/bin", "/bin"});
    QVERIFY2(!ip.isEmpty(), "the ip tool is missing");

    const QString output = m_files.filePath("sweep.json");
    QProcess process;
    // 587 is dropped here: the sweep waits for it up to 30 s, 465 and 2525 answer.
    const auto before = runUntil(
        ip,
        {"netns",
         "exec",
         ns,
         CliRun::program(),
         "diagnose",
         "--host",
         control,
         "--port",
         "587",
         "--ports",
         "587,465,2525",
         "--timeout",
         "30",
         "--control-host",
         "none",
         "--format",
         "json",
         "--output",
         output},
        output,
        [](const Report &report) {
            // 465 and 2525 answered; 587 still waits.
            int open = 0;
            for (const Event &event : report.events) {
                open += event.check == QLatin1String("ports")
                        && (event.text.contains(" port 465: open")
                            || event.text.contains(" port 2525: open"));
            }
            return open == 2;
        },
        &process);
    QVERIFY2(before, "the sweep's two open ports never reached the output file");
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto after = JsonReport::read(file.readAll(), &error);
    QVERIFY2(after, qPrintable(error));
    verifyNothingLost(*before, *after);
    QVERIFY2(!ids(*after).contains("net.filtered"), qPrintable(ids(*after).join(' ')));
    QStringList events;
    for (const Event &event : after->events)
        events.append(event.text);
    for (const int port : {465, 2525}) {
        QVERIFY2(events.contains(QRegularExpression(
                     QStringLiteral("connect to .* port %1: open after .*").arg(port))),
                 qPrintable(events.join('\n')));
    }
    // No temporary file of QSaveFile left beside it.
    QCOMPARE(QDir(m_files.path()).entryList({"sweep.json*"}, QDir::Files),
             QStringList{"sweep.json"});
}

void TestKillRun::killedDuringTls()
{
    REQUIRE_PEER(hostile, "hostile-smtp");
    const quint16 port = hostile.port("tls-stall");
    QVERIFY(port != 0);
    const QString output = m_files.filePath("tls.json");
    QProcess process;
    // Connected, the ClientHello sent, and no answer for up to 30 s.
    const auto before = runUntil(
        CliRun::program(),
        {"diagnose",
         "--host",
         "127.0.0.1",
         "--port",
         QString::number(port),
         "--security",
         "tls",
         "--ports",
         QString::number(port),
         "--timeout",
         "30",
         "--control-host",
         "none",
         "--format",
         "json",
         "--output",
         output},
        output,
        [](const Report &report) { return ids(report).contains("net.open"); },
        &process);
    QVERIFY2(before, "the open port never reached the output file");
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto after = JsonReport::read(file.readAll(), &error);
    QVERIFY2(after, qPrintable(error));
    verifyNothingLost(*before, *after);
    QCOMPARE(after->target.security, Target::Security::Tls);
    QVERIFY(!ids(*after).contains("tls.handshake_failed")); // it never ended
}

void TestKillRun::killedBetweenWatchAttempts()
{
    REQUIRE_PEER(smtp, "smtp");
    const QString output = m_files.filePath("watch.json");
    QFile::remove(output);
    QProcess process;
    process.start(CliRun::program(),
                  {"watch",
                   "--host",
                   "127.0.0.1",
                   "--port",
                   QString::number(smtp.port("smtp")),
                   "--security",
                   "none",
                   "--count",
                   "50",
                   "--interval",
                   "0.5",
                   "--format",
                   "json",
                   "--output",
                   output});
    QVERIFY(process.waitForStarted(10000));
    // The attempts as the terminal shows them: "[3/50] +1002 ms ok (...)".
    QStringList printed;
    const QRegularExpression attemptLine(QStringLiteral("^\\[(\\d+)/50\\]"));
    QElapsedTimer clock;
    clock.start();
    QByteArray err;
    while (printed.size() < 3 && clock.elapsed() < 30000) {
        process.waitForReadyRead(200);
        err += process.readAllStandardError();
        while (err.contains('\n')) {
            const QString line = QString::fromUtf8(err.left(err.indexOf('\n')));
            err.remove(0, err.indexOf('\n') + 1);
            const auto match = attemptLine.match(line);
            if (!match.hasMatch())
                continue;
            printed.append(match.captured(1));
            // Written before the line was printed: a whole report, complete so far.
            QFile file(output);
            QVERIFY2(file.open(QIODevice::ReadOnly), "no file after an attempt");
            QString error;
            const auto sofar = JsonReport::read(file.readAll(), &error);
            QVERIFY2(sofar && sofar->watch, qPrintable(error));
            QVERIFY(sofar->watch->attempts.size() >= printed.size());
            QCOMPARE(QString::number(sofar->watch->attempts.at(printed.size() - 1).index),
                     printed.constLast());
        }
    }
    QCOMPARE(printed.size(), 3);
    // Between the third attempt and the fourth (half a second apart).
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    QFile file(output);
    QVERIFY2(file.open(QIODevice::ReadOnly), "a killed watch left no file");
    QString error;
    const auto after = JsonReport::read(file.readAll(), &error);
    QVERIFY2(after, qPrintable(error));
    QVERIFY(after->watch);
    QVERIFY2(after->watch->attempts.size() >= printed.size(),
             qPrintable(QString::number(after->watch->attempts.size())));
    for (int i = 0; i < printed.size(); ++i)
        QCOMPARE(QString::number(after->watch->attempts.at(i).index), printed.at(i));
    QCOMPARE(after->watch->plannedAttempts, 50);
    QCOMPARE(QDir(m_files.path()).entryList({"watch.json*"}, QDir::Files),
             QStringList{"watch.json"});
}

void TestKillRun::outputDiskFillsUp()
{
    REQUIRE_PEER(smtp, "smtp");
    const QString disk = m_files.filePath("full");
    QVERIFY(QDir().mkpath(disk));
    if (::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", 0, "size=64k") != 0)
        QSKIP(qPrintable("cannot mount a 64 KiB tmpfs for the output file: "
                         + qt_error_string(errno)));
    const auto unmount = qScopeGuard(
        [&disk] { ::umount2(QFile::encodeName(disk).constData(), MNT_DETACH); });
    const QString output = disk + "/watch.json";
    QProcess process;
    process.start(CliRun::program(),
                  {"watch",
                   "--host",
                   "127.0.0.1",
                   "--port",
                   QString::number(smtp.port("smtp")),
                   "--security",
                   "none",
                   "--count",
                   "6",
                   "--interval",
                   "0.4",
                   "--format",
                   "json",
                   "--output",
                   output});
    QVERIFY(process.waitForStarted(10000));
    // Two attempts in the file (written before the line is printed), then
    // another program fills the disk, well before the third attempt.
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    while (err.count("/6]") < 2 && clock.elapsed() < 20000) {
        process.waitForReadyRead(100);
        err += process.readAllStandardError();
    }
    QCOMPARE(err.count("/6]"), 2);
    QFile filler(disk + "/filler");
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(1024, 'x');
    while (filler.write(block) == block.size()) {}
    filler.close();
    QVERIFY(process.waitForFinished(20000));
    err += process.readAllStandardError();

    // Every attempt ran and was shown; the failure said once, then at the end.
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(err.count("/6]"), 6);
    QCOMPARE(err.count("cannot write the report so far"), 1);
    QCOMPARE(process.exitCode(), 2); // the final report could not be written either
    QVERIFY2(err.contains("No space left on device"), err.constData());
    // The file is the last whole report, with at least the two attempts.
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto last = JsonReport::read(file.readAll(), &error);
    QVERIFY2(last && last->watch, qPrintable(error));
    QCOMPARE(last->watch->attempts.size(), 2);
    QCOMPARE(QDir(disk).entryList(QDir::Files), QStringList({"filler", "watch.json"}));
}

QTEST_GUILESS_MAIN(TestKillRun)
#include "tst_killrun.moc"
