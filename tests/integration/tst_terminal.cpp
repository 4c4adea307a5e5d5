// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "PeerInfo.h"

#include <QElapsedTimer>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <unistd.h>

// The CLI on a real pseudo-terminal (openpty) against loopback peers:
// colour and the verdict in bold on a terminal only, never through a pipe
// or with NO_COLOR, always with --color always; progress on a terminal's
// standard error only, one line rewritten with \r.
class TestTerminal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void colourOnTerminal();
    void noColourThroughPipe();
    void noColourWithNoColor();
    void colourAlwaysIntoPipe();
    void colourNeverOnTerminal();
    void quietVerdictInBold();
    void reportFileStaysPlain();
    void progressOnTerminalStderr();
    void noProgressIntoPipe();

private:
    enum Streams { StdoutOnTerminal = 1, StderrOnTerminal = 2 };
    struct TerminalRun
    {
        int exitCode = -1;
        QByteArray terminal; // what the pseudo-terminal showed
        QByteArray out;      // standard output, when it was a pipe
        QByteArray err;      // standard error, when it was a pipe
    };
    static TerminalRun run(const QStringList &arguments,
                           int streams,
                           const QStringList &environment = {});
    static QStringList diagnose(const PeerInfo &peer, const QStringList &more = {});
};

namespace {

// Bold red, as TerminalStyle writes a failure; bold; SGR in general.
const QByteArray failureColour = "\033[1;31m";
const QByteArray passColour = "\033[32m";
const QByteArray boldOn = "\033[1m";
const QByteArray sgr = "\033[";

} // namespace

TestTerminal::TerminalRun TestTerminal::run(const QStringList &arguments,
                                            int streams,
                                            const QStringList &environment)
{
    TerminalRun result;
    int master = -1;
    int slave = -1;
    winsize size{};
    size.ws_col = 120;
    size.ws_row = 40;
    if (::openpty(&master, &slave, nullptr, nullptr, &size) != 0)
        return result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("NO_COLOR"));
    for (const QString &pair : environment)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([slave, master, streams] {
        if (streams & StdoutOnTerminal)
            ::dup2(slave, STDOUT_FILENO);
        if (streams & StderrOnTerminal)
            ::dup2(slave, STDERR_FILENO);
        ::close(slave);
        ::close(master);
    });
    process.start(CliRun::program(), arguments);
    ::close(slave);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    QElapsedTimer clock;
    clock.start();
    auto drain = [&] {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n <= 0)
                break;
            result.terminal.append(buffer, n);
        }
    };
    while (!process.waitForFinished(50) && clock.elapsed() < 60000)
        drain();
    drain();
    ::close(master);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList TestTerminal::diagnose(const PeerInfo &peer, const QStringList &more)
{
    const QString port = QString::number(peer.port("smtp"));
    return QStringList{"diagnose",
                       "--host",
                       "127.0.0.1",
                       "--port",
                       port,
                       "--ports",
                       port,
                       "--security",
                       "none",
                       "--timeout",
                       "3"}
           + more;
}

void TestTerminal::initTestCase()
{
    QVERIFY2(!CliRun::program().isEmpty(), "SMTP_DOCTOR_CLI is not set: run through ctest");
}

void TestTerminal::colourOnTerminal()
{
    REQUIRE_PEER(reject, "smtp-reject");
    const TerminalRun run = TestTerminal::run(diagnose(reject), StdoutOnTerminal);
    QCOMPARE(run.exitCode, 1);
    // The failure's mark in bold red, the verdict line in bold.
    QVERIFY2(run.terminal.contains(failureColour + "[PROBLEM]\033[0m"), run.terminal.constData());
    QVERIFY(run.terminal.contains(boldOn));
    QVERIFY(run.terminal.contains("(smtp.rejected_greeting)"));

    REQUIRE_PEER(smtp, "smtp");
    const TerminalRun passed = TestTerminal::run(diagnose(smtp), StdoutOnTerminal);
    QCOMPARE(passed.exitCode, 0);
    QVERIFY2(passed.terminal.contains(passColour + "[OK]\033[0m"), passed.terminal.constData());
}

void TestTerminal::noColourThroughPipe()
{
    REQUIRE_PEER(reject, "smtp-reject");
    const TerminalRun run = TestTerminal::run(diagnose(reject), 0);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("[PROBLEM]"));
    QVERIFY2(!run.out.contains(sgr), run.out.constData());
}

void TestTerminal::noColourWithNoColor()
{
    REQUIRE_PEER(reject, "smtp-reject");
    const TerminalRun run = TestTerminal::run(
        diagnose(reject), StdoutOnTerminal, {QStringLiteral("NO_COLOR=1")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.terminal.contains("[PROBLEM]"));
    QVERIFY2(!run.terminal.contains(sgr), run.terminal.constData());
    // no-color.org: an empty NO_COLOR is as if unset.
    const TerminalRun empty = TestTerminal::run(
        diagnose(reject), StdoutOnTerminal, {QStringLiteral("NO_COLOR=")});
    QVERIFY(empty.terminal.contains(failureColour));
}

void TestTerminal::colourAlwaysIntoPipe()
{
    REQUIRE_PEER(reject, "smtp-reject");
    const TerminalRun run = TestTerminal::run(
        diagnose(reject, {"--color", "always"}), 0, {QStringLiteral("NO_COLOR=1")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(failureColour + "[PROBLEM]"), run.out.constData());
    // Colour is for the text report only: JSON stays JSON.
    const TerminalRun json = TestTerminal::run(
        diagnose(reject, {"--color", "always", "--format", "json"}), 0);
    QVERIFY(!json.out.contains(sgr));
    QVERIFY(!QJsonDocument::fromJson(json.out).isNull());
    // A value that is not one of the three is unusable.
    const TerminalRun wrong = TestTerminal::run(diagnose(reject, {"--color", "yes"}), 0);
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.err.contains("--color must be auto, always or never"));
}

void TestTerminal::colourNeverOnTerminal()
{
    REQUIRE_PEER(reject, "smtp-reject");
    const TerminalRun run = TestTerminal::run(diagnose(reject, {"--color", "never"}),
                                              StdoutOnTerminal);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.terminal.contains("[PROBLEM]"));
    QVERIFY2(!run.terminal.contains(sgr), run.terminal.constData());
}

void TestTerminal::quietVerdictInBold()
{
    REQUIRE_PEER(reject, "smtp-reject");
    const TerminalRun run = TestTerminal::run(diagnose(reject, {"--quiet"}),
                                              StdoutOnTerminal | StderrOnTerminal);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.terminal.startsWith(boldOn), run.terminal.constData());
    QCOMPARE(run.terminal.count('\n'), 1);
    // No progress with --quiet: the one line is all.
    QVERIFY(!run.terminal.contains("... "));
}

void TestTerminal::reportFileStaysPlain()
{
    REQUIRE_PEER(reject, "smtp-reject");
    const QString file = QDir::temp().filePath(
        QStringLiteral("tst_terminal-%1.txt").arg(QCoreApplication::applicationPid()));
    const TerminalRun run = TestTerminal::run(diagnose(reject, {"--output", file}),
                                              StdoutOnTerminal | StderrOnTerminal);
    QCOMPARE(run.exitCode, 1);
    QFile report(file);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray text = report.readAll();
    report.remove();
    QVERIFY(text.contains("[PROBLEM]"));
    QVERIFY2(!text.contains(sgr), text.constData());
}

void TestTerminal::progressOnTerminalStderr()
{
    // The silent peer never greets: the greeting wait lasts the whole
    // timeout, long enough for the line to be rewritten with its seconds.
    REQUIRE_PEER(silent, "silent");
    const TerminalRun run = TestTerminal::run(diagnose(silent), StderrOnTerminal);
    QCOMPARE(run.exitCode, 1);
    const QByteArray progress = run.terminal;
    QVERIFY2(progress.contains("\r\033[K... "), progress.constData());
    QVERIFY2(progress.contains(" s)"), progress.constData());
    // One line rewritten in place: no newline among the progress, and the
    // line is erased at the end.
    QVERIFY2(!progress.contains('\n'), progress.constData());
    QVERIFY(progress.endsWith("\r\033[K"));
    // The report on standard output (a pipe) holds none of it.
    QVERIFY(run.out.contains("smtp.no_greeting"));
    QVERIFY(!run.out.contains("\r") && !run.out.contains(sgr));
}

void TestTerminal::noProgressIntoPipe()
{
    REQUIRE_PEER(silent, "silent");
    const TerminalRun run = TestTerminal::run(diagnose(silent), StdoutOnTerminal);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QVERIFY(!run.terminal.contains("... "));
}

QTEST_GUILESS_MAIN(TestTerminal)
#include "tst_terminal.moc"
