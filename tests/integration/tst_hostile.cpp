// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeerInfo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

// The hostile-peer suite (issue 8): smtp-doctor-cli against servers that
// break the rules on purpose, one row per behaviour. Each run must end in
// its classified finding, with an exit status (never a signal), within the
// deadline the engine promises plus 10 %, and in bounded memory (the peak
// RSS of the CLI process, from wait4()).
//
// Peers: "hostile-smtp" (tests/peers/hostile_peer.py, one port per
// behaviour), "hostile-dns" (tests/peers/hostile_dns.py: servfail,
// truncated, late, big) and "dns-domains" (NSD; the cname-loop, spf-loop and
// spf-include50 zones of tests/data/zones/domains/).
//
// Deadlines, with T the step timeout passed as --timeout (1 s here):
// - SMTP: every step of SmtpProbe (connect, TLS handshake, each reply) ends
//   within T of its start, and bytes that trickle in do not restart the
//   clock. A behaviour that makes the engine wait through `waits` steps
//   (a counter-probe in the other TLS mode included) may take waits x T;
//   the row's deadline is waits x T + Startup, where Startup (1 s) covers
//   starting the process and the steps that need no waiting. Always well
//   under SmtpCheck's own deadline of 11 x T + 1 s.
// - Host lookups: ResolveCheck's deadline, 2 x T, + Startup.
// - Sender-domain lookups: DomainCheck's deadline, 20 s + 2 x T (RFC 7208
//   section 4.6.4 gives an SPF evaluation 20 s), + Startup.
class TestHostile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void behaviour_data();
    void behaviour();

private:
    QString expand(const QString &argument) const;

    QMap<QString, PeerInfo> m_peers;
};

namespace {

const int StepTimeoutMs = 1000;
const int StartupMs = 1000;
const long MaxRssKb = 100 * 1024; // 100 MiB; a well-behaved run peaks near 21 MiB
const int HardLimitMs = 60000;    // a hang: killed, and the row fails
const char *const PasswordVariable = "SMTP_DOCTOR_HOSTILE_PASSWORD";
const QByteArray Password = "hostile-suite-password"; // made up: no account has it

int smtpDeadline(int waits)
{
    return waits * StepTimeoutMs + StartupMs;
}

int resolveDeadline()
{
    return 2 * StepTimeoutMs + StartupMs;
}

int domainDeadline()
{
    return 20000 + 2 * StepTimeoutMs + StartupMs;
}

// One run of the CLI, as the kernel saw it.
struct MeasuredRun
{
    bool started = false;
    bool killed = false;  // still running at HardLimitMs
    int exitCode = -1;    // when it exited
    int signal = 0;       // when a signal ended it
    qint64 elapsedMs = 0; // wall time, spawn to reap
    long maxRssKb = 0;    // ru_maxrss of this child alone
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QStringList findingIds() const
    {
        QStringList ids;
        for (const QJsonValue &finding : json().value(QStringLiteral("findings")).toArray())
            ids.append(finding.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }
};

// posix_spawn and wait4 rather than QProcess: wait4 gives this child's own
// peak RSS, and its stdout goes to a file so that a flood cannot block it.
MeasuredRun runMeasured(const QString &program, const QStringList &arguments)
{
    MeasuredRun run;
    QTemporaryDir directory;
    const QByteArray outPath = QFile::encodeName(directory.filePath(QStringLiteral("out")));
    const QByteArray errPath = QFile::encodeName(directory.filePath(QStringLiteral("err")));
    std::vector<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(
        &actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(
        &actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = 0;
    QElapsedTimer clock;
    clock.start();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    run.started = true;

    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t reaped = wait4(pid, &status, WNOHANG, &usage);
        if (reaped == pid)
            break;
        if (reaped < 0 && errno != EINTR)
            return run;
        if (clock.elapsed() > HardLimitMs && !run.killed) {
            run.killed = true;
            ::kill(pid, SIGKILL); // our own child, by its pid
        }
        QThread::msleep(5);
    }
    run.elapsedMs = clock.elapsed();
    run.maxRssKb = usage.ru_maxrss;
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        run.signal = WTERMSIG(status);
    QFile out(QFile::decodeName(outPath));
    if (out.open(QIODevice::ReadOnly))
        run.out = out.readAll();
    QFile err(QFile::decodeName(errPath));
    if (err.open(QIODevice::ReadOnly))
        run.err = err.readAll();
    return run;
}

QStringList signIn(const QString &mechanism = QString())
{
    QStringList arguments{"--user",
                          "someone@hostile.doctor.test",
                          "--password-env",
                          PasswordVariable,
                          "--allow-cleartext-auth"};
    if (!mechanism.isEmpty())
        arguments << "--auth-mechanism" << mechanism;
    return arguments;
}

QStringList sendMail()
{
    return {"--from", "sender@hostile.doctor.test", "--to", "rcpt@hostile.doctor.test"};
}

} // namespace

void TestHostile::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("SMTP_DOCTOR_CLI"),
             "SMTP_DOCTOR_CLI is not set: run through ctest");
    REQUIRE_PEER(smtp, "hostile-smtp");
    REQUIRE_PEER(dns, "hostile-dns");
    REQUIRE_PEER(domains, "dns-domains");
    m_peers.insert(QStringLiteral("hostile-smtp"), smtp);
    m_peers.insert(QStringLiteral("hostile-dns"), dns);
    m_peers.insert(QStringLiteral("dns-domains"), domains);
    qputenv(PasswordVariable, Password);
}

QString TestHostile::expand(const QString &argument) const
{
    // "{PEER.KEY}" becomes that peer's port, as with peerctl.py run-isolated.
    static const QRegularExpression token(QStringLiteral("\\{([a-z-]+)\\.([a-z0-9-]+)\\}"));
    QString expanded = argument;
    for (;;) {
        const QRegularExpressionMatch match = token.match(expanded);
        if (!match.hasMatch())
            return expanded;
        const quint16 port = m_peers.value(match.captured(1)).port(match.captured(2));
        expanded.replace(match.capturedStart(), match.capturedLength(), QString::number(port));
    }
}

void TestHostile::behaviour_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port"); // a hostile-smtp behaviour
    QTest::addColumn<QString>("security");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("expected"); // all of them
    QTest::addColumn<QStringList>("absent");   // none of them: wrong explanations
    QTest::addColumn<int>("deadlineMs");

    const QString local = QStringLiteral("127.0.0.1");
    const QStringList none;
    auto smtp = [&](const char *name,
                    const char *security,
                    const QStringList &extra,
                    const QStringList &expected,
                    int waits,
                    const QStringList &absent = {}) {
        QTest::newRow(name) << local << QString::fromLatin1(name) << QString::fromLatin1(security)
                            << extra << expected << absent << smtpDeadline(waits);
    };

    // The reference: the same peer, polite, signs in and takes the message.
    smtp("polite",
         "none",
         signIn() + sendMail(),
         {"smtp.greeting_ok", "auth.ok", "send.accepted"},
         0);

    // Slow: the step deadline holds however the bytes trickle in.
    smtp("drip-greeting", "none", none, {"smtp.no_greeting"}, 2); // + TLS counter-probe
    smtp("drip-ehlo", "none", none, {"smtp.greeting_ok", "smtp.no_reply"}, 1);
    smtp("drip-multiline", "none", none, {"smtp.greeting_ok", "smtp.no_reply"}, 1);
    smtp("accept-silent", "none", none, {"smtp.no_greeting"}, 2); // + TLS counter-probe
    smtp("never-read", "none", none, {"smtp.greeting_ok", "smtp.no_reply"}, 1);

    // Floods: bounded by 64 KiB a line, 1000 lines and 1 MiB a reply.
    smtp("endless-multiline", "none", none, {"smtp.greeting_ok", "smtp.bad_reply"}, 0);
    smtp("fat-multiline", "none", none, {"smtp.greeting_ok", "smtp.bad_reply"}, 0);
    smtp("long-line-greeting", "none", none, {"smtp.bad_reply"}, 0);
    smtp("long-line-ehlo", "none", none, {"smtp.greeting_ok", "smtp.bad_reply"}, 0);
    smtp("ehlo-10000", "none", none, {"smtp.greeting_ok", "smtp.bad_reply"}, 0);
    smtp("auth-challenge-1mb",
         "none",
         signIn("LOGIN"),
         {"smtp.greeting_ok", "smtp.bad_reply"},
         0,
         {"auth.ok"});

    // A server that challenges for ever: ended after 8 rounds, not at the deadline.
    smtp("auth-endless-334",
         "none",
         signIn("LOGIN"),
         {"smtp.greeting_ok", "smtp.bad_reply"},
         0,
         {"auth.ok"});

    // Bytes that are not text: read, shown, never a crash.
    smtp("nul-utf8", "none", sendMail(), {"smtp.greeting_ok", "send.accepted"}, 0);
    smtp("binary-greeting", "none", none, {"smtp.not_smtp"}, 0);

    // Connections that end badly.
    smtp("close-mid-greeting", "none", none, {"smtp.no_greeting"}, 0);
    smtp("close-mid-reply", "none", none, {"smtp.greeting_ok", "smtp.no_reply"}, 0);
    smtp("rst-after-ehlo", "none", none, {"smtp.greeting_ok", "smtp.no_reply"}, 0);

    // TLS that never comes.
    smtp("starttls-garbage", "starttls", none, {"tls.handshake_failed"}, 0, {"tls.ok"});
    smtp("starttls-garbage-late", "starttls", none, {"tls.handshake_failed"}, 0, {"tls.ok"});
    smtp("starttls-stall", "starttls", none, {"tls.handshake_failed"}, 1, {"tls.ok"});
    smtp("tls-stall", "tls", none, {"tls.handshake_failed"}, 2); // + plaintext counter-probe

    // 421 at every step (RFC 5321 section 3.8): a temporary closing, never
    // blamed on the sender, the recipient or the password.
    const QStringList notTheUsersFault{
        "auth.failed", "send.sender_rejected", "send.recipient_rejected", "send.refused"};
    smtp("421-greeting", "none", none, {"smtp.rejected_greeting"}, 0);
    smtp("421-ehlo", "none", none, {"smtp.hello_refused"}, 0, {"smtp.no_reply"});
    smtp("421-starttls", "starttls", none, {"tls.handshake_failed"}, 0, {"tls.ok"});
    smtp("421-auth", "none", signIn(), {"smtp.service_unavailable"}, 0, notTheUsersFault);
    smtp("421-mail", "none", sendMail(), {"smtp.service_unavailable"}, 0, notTheUsersFault);
    smtp("421-rcpt", "none", sendMail(), {"smtp.service_unavailable"}, 0, notTheUsersFault);
    smtp("421-data", "none", sendMail(), {"smtp.service_unavailable"}, 0, notTheUsersFault);
    smtp("421-dot", "none", sendMail(), {"smtp.service_unavailable"}, 0, notTheUsersFault);

    // Reply codes outside RFC 5321's 2xx-5xx, x0-x5 (section 4.2).
    smtp("code-999-greeting", "none", none, {"smtp.not_smtp"}, 0);
    smtp("code-099-greeting", "none", none, {"smtp.not_smtp"}, 0);
    smtp("code-600-ehlo", "none", none, {"smtp.greeting_ok", "smtp.bad_reply"}, 0);
    smtp("code-2500-ehlo", "none", none, {"smtp.greeting_ok", "smtp.bad_reply"}, 0);
    smtp("code-changes-ehlo", "none", none, {"smtp.greeting_ok", "smtp.bad_reply"}, 0);
    smtp("code-190-mail", "none", sendMail(), {"smtp.bad_reply"}, 0, {"send.accepted"});

    // DNS. The SMTP side is the polite peer; the name or the domain goes
    // to the hostile resolver.
    auto dns = [&](const char *name,
                   const QString &host,
                   const QString &resolver,
                   const QStringList &extra,
                   const QStringList &expected,
                   int deadline,
                   const QStringList &absent = {}) {
        QTest::newRow(name) << host << QStringLiteral("polite") << QStringLiteral("none")
                            << (QStringList{"--resolver", resolver} + extra) << expected
                            << (QStringList{"domain.spf_ok"} + absent) << deadline;
    };
    // A lookup that failed proves nothing missing.
    const QStringList notMissing{
        "domain.dkim_missing", "domain.dmarc_missing", "domain.mx_missing"};
    const QString nsd = QStringLiteral("127.0.0.1@{dns-domains.dns}");
    auto hostile = [](const char *behaviour) {
        return QStringLiteral("127.0.0.1@{hostile-dns.%1}").arg(QLatin1String(behaviour));
    };
    dns("dns cname loop, host", "a.cname-loop.test", nsd, none, {"dns.failure"}, resolveDeadline());
    dns("dns cname loop, domain",
        local,
        nsd,
        {"--domain", "cname-loop.test", "--dkim-selector", "loop"},
        {"domain.lookup_failed"},
        domainDeadline());
    dns("dns spf include loop",
        local,
        nsd,
        {"--domain", "spf-loop.test"},
        {"domain.spf_too_many_lookups"},
        domainDeadline());
    dns("dns spf 50-include tree",
        local,
        nsd,
        {"--domain", "spf-include50.test"},
        {"domain.spf_too_many_lookups"},
        domainDeadline());
    // Read whole over TCP and evaluated: 127.0.0.1 is not in it, and -all.
    dns("dns 64 KB TXT",
        local,
        hostile("big"),
        {"--domain", "hostile.test"},
        {"domain.spf_not_authorized"},
        domainDeadline());
    dns("dns truncated, host",
        "mail.hostile.test",
        hostile("truncated"),
        none,
        {"dns.failure"},
        resolveDeadline());
    dns("dns truncated, domain",
        local,
        hostile("truncated"),
        {"--domain", "hostile.test"},
        {"domain.lookup_failed"},
        domainDeadline(),
        notMissing);
    dns("dns servfail, host",
        "mail.hostile.test",
        hostile("servfail"),
        none,
        {"dns.failure"},
        resolveDeadline());
    dns("dns servfail, domain",
        local,
        hostile("servfail"),
        {"--domain", "hostile.test"},
        {"domain.lookup_failed"},
        domainDeadline(),
        notMissing);
    dns("dns late, host",
        "mail.hostile.test",
        hostile("late"),
        none,
        {"dns.failure"},
        resolveDeadline());
    dns("dns late, domain",
        local,
        hostile("late"),
        {"--domain", "hostile.test"},
        {"domain.lookup_failed"},
        domainDeadline(),
        notMissing);
}

void TestHostile::behaviour()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, security);
    QFETCH(QStringList, extra);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    QFETCH(int, deadlineMs);

    const QString smtpPort = QString::number(m_peers.value("hostile-smtp").port(port));
    QVERIFY2(smtpPort != QLatin1String("0"), qPrintable("no hostile-smtp port for " + port));
    QStringList arguments{"diagnose",
                          "--host",
                          host,
                          "--port",
                          smtpPort,
                          "--ports",
                          smtpPort,
                          "--security",
                          security,
                          "--control-host",
                          "none",
                          "--timeout",
                          QString::number(StepTimeoutMs / 1000.0),
                          "--format",
                          "json"};
    for (const QString &argument : std::as_const(extra))
        arguments.append(expand(argument));

    const MeasuredRun run = runMeasured(qEnvironmentVariable("SMTP_DOCTOR_CLI"), arguments);
    const QStringList ids = run.findingIds();
    const QString summary = QStringLiteral("%1 ms (deadline %2 ms, limit %3 ms), peak RSS %4 KiB, "
                                           "exit %5, signal %6, findings [%7]; stderr: %8")
                                .arg(run.elapsedMs)
                                .arg(deadlineMs)
                                .arg(deadlineMs * 11 / 10)
                                .arg(run.maxRssKb)
                                .arg(run.exitCode)
                                .arg(run.signal)
                                .arg(ids.join(QStringLiteral(", ")),
                                     QString::fromUtf8(run.err.trimmed().right(400)));
    qInfo("%s: %s", QTest::currentDataTag(), qPrintable(summary));

    QVERIFY2(run.started, "the CLI did not start");
    QVERIFY2(!run.killed, qPrintable("hung, killed after 60 s: " + summary));
    QVERIFY2(run.signal == 0, qPrintable("ended by a signal: " + summary));
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(summary));
    QCOMPARE(run.json().value("schema").toString(), QStringLiteral("smtp-doctor-report/1"));
    for (const QString &id : std::as_const(expected))
        QVERIFY2(ids.contains(id), qPrintable(id + " missing: " + summary));
    for (const QString &id : std::as_const(absent))
        QVERIFY2(!ids.contains(id), qPrintable(id + " reported: " + summary));
    // However the exchange broke off, the password stays out of the report.
    for (const QByteArray &secret : {Password, Password.toBase64()})
        QVERIFY2(!run.out.contains(secret) && !run.err.contains(secret), "the password leaked");
    QVERIFY2(run.elapsedMs <= deadlineMs * 11 / 10, qPrintable("too slow: " + summary));
    QVERIFY2(run.maxRssKb <= MaxRssKb, qPrintable("too much memory: " + summary));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
