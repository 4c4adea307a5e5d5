// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Diagnosis.h"
#include "PeerInfo.h"
#include "profile/ProfileRun.h"

#include <QAbstractEventDispatcher>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

// Cancellation at any point of every check (issue 8): each scenario runs
// once to the end, recording its cancel points (every check start, every
// SmtpProbe state change, every DNS answer, connection and TLS event), then
// once per point, cancelled the moment that point is logged. After each run:
// finished() came once and promptly, no check is pending, no TCP socket is
// left open, no timer of the run is active or registered, nothing more is
// logged, and deleting the run closes every socket it opened (libunbound's
// included). The ctest entry tst_cancel.valgrind runs the direct rows under
// valgrind: a definite leak or any memory error fails it.
//
// Two ways to cancel: "direct" from inside the slot that saw the point (the
// engine is on the call stack of that very log line), "queued" from the
// event loop right after it, as a Cancel button would.
class TestCancel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cancelAtEveryPoint_data();
    void cancelAtEveryPoint();
    void detectorsSeeWhatIsLeft();

private:
    struct Scenario
    {
        Target main;
        std::optional<Target> backup;
        SaslClient::Credentials credentials;
    };
    Scenario scenario(const QString &name) const;

    QMap<QString, PeerInfo> m_peers;
    QTemporaryDir m_hosts;
};

namespace {

const QByteArray Password = "s3cret-Passw0rd"; // the test peers' made-up password
const int BaselineLimitMs = 60000;
const int QuietMs = 100; // after finished(), nothing may happen for this long

// The "valgrind" ctest entry: everything runs about 20 times slower there,
// and only the direct rows run (the queued ones run natively), for time.
bool underValgrind()
{
    return qEnvironmentVariableIsSet("SMTP_DOCTOR_CANCEL_UNDER_VALGRIND");
}

int promptLimitMs()
{
    return underValgrind() ? 20000 : 2000;
}

QSet<QString> socketInodes()
{
    QSet<QString> inodes;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString link = QFile::symLinkTarget(fds.filePath(fd));
        if (link.contains(QLatin1String("socket:[")))
            inodes.insert(link.section(QLatin1Char('['), 1).chopped(1));
    }
    return inodes;
}

// TCP sockets among `inodes`, as "local -> remote (state)" from /proc/net/tcp{,6}.
QStringList tcpSockets(const QSet<QString> &inodes)
{
    QStringList found;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // the header
        while (!file.atEnd()) {
            const QStringList fields = QString::fromLatin1(file.readLine())
                                           .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (fields.size() > 9 && inodes.contains(fields.at(9)))
                found.append(QStringLiteral("%1 -> %2 (state %3)")
                                 .arg(fields.at(1), fields.at(2), fields.at(3)));
        }
    }
    return found;
}

void settle()
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

// Timers of `root` and its descendants that are still running or registered.
QStringList liveTimers(QObject *root)
{
    QStringList live;
    QList<QObject *> objects = root->findChildren<QObject *>();
    objects.prepend(root);
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    for (QObject *object : std::as_const(objects)) {
        const auto *timer = qobject_cast<QTimer *>(object);
        if (timer && timer->isActive()) {
            live.append(
                QStringLiteral("active QTimer (%1 ms) in %2")
                    .arg(timer->interval())
                    .arg(QLatin1String(timer->parent() ? timer->parent()->metaObject()->className()
                                                       : "no parent")));
        } else if (!dispatcher->registeredTimers(object).isEmpty()) {
            live.append(QStringLiteral("registered timer on %1")
                            .arg(QLatin1String(object->metaObject()->className())));
        }
    }
    return live;
}

// What one run did, cancelled at `cancelAt` or not at all.
struct RunOutcome
{
    QStringList points; // every cancel point seen, in order
    bool reached = false;
    int finishedCount = 0;
    qint64 cancelToFinishMs = -1;
    QStringList lateEvents;  // logged after finished()
    QStringList openTcp;     // TCP sockets open after finished()
    QStringList timers;      // live timers after finished()
    QStringList leftSockets; // sockets still open after deleting the run
    QStringList statuses;    // "check: Status" of every check
};

class PointTracker
{
public:
    // "main smtp: 127.0.0.1 port 25: Greeting -> Ehlo", "main start smtp",
    // "main domain Dns #3": stable from one run to the next.
    QString keyFor(const QString &profile, const Event &event)
    {
        static const QRegularExpression transition(QStringLiteral("^.+: \\w+ -> \\w+$"));
        if (event.kind == Event::Kind::Note && transition.match(event.text).hasMatch())
            return profile + QLatin1Char(' ') + event.check + QStringLiteral(": ") + event.text;
        if (event.kind != Event::Kind::Dns && event.kind != Event::Kind::Connect
            && event.kind != Event::Kind::Tls)
            return {};
        const QString kind = Event::kindName(event.kind);
        const QString counter = profile + QLatin1Char(' ') + event.check + QLatin1Char(' ') + kind;
        return counter + QStringLiteral(" #") + QString::number(++m_ordinals[counter]);
    }

private:
    QHash<QString, int> m_ordinals;
};

} // namespace

void TestCancel::initTestCase()
{
    REQUIRE_PEER(exim, "exim");
    REQUIRE_PEER(scripted, "smtp-scripted");
    REQUIRE_PEER(hostile, "hostile-smtp");
    REQUIRE_PEER(domains, "dns-domains");
    m_peers.insert(QStringLiteral("exim"), exim);
    m_peers.insert(QStringLiteral("smtp-scripted"), scripted);
    m_peers.insert(QStringLiteral("hostile-smtp"), hostile);
    m_peers.insert(QStringLiteral("dns-domains"), domains);
    // The system resolver, which ResolveCheck compares with the chosen one,
    // finds these names in a hosts file (as the zones have them) instead of
    // waiting a step timeout on SMTP_DOCTOR_RESOLV_CONF's address of nobody.
    QFile hosts(m_hosts.filePath(QStringLiteral("hosts")));
    QVERIFY(hosts.open(QIODevice::WriteOnly));
    hosts.write("127.0.0.1 mail.mx-ok.test mail.dkim.test\n::1 mail.mx-ok.test\n");
    hosts.close();
    qputenv("SMTP_DOCTOR_HOSTS", QFile::encodeName(hosts.fileName()));
}

TestCancel::Scenario TestCancel::scenario(const QString &name) const
{
    Scenario result;
    Target &target = result.main;
    target.host = QStringLiteral("127.0.0.1");
    target.extraPorts.clear(); // the chosen port only: every point belongs to the scenario
    if (name == QLatin1String("exim-send+backup")) {
        // A full authenticated STARTTLS send, and the TLS port as the backup.
        const PeerInfo &exim = m_peers.value(QStringLiteral("exim"));
        target.port = exim.port(QStringLiteral("smtp"));
        target.security = Target::Security::StartTls;
        target.caFile = exim.value(QStringLiteral("ca_file"));
        target.user = exim.value(QStringLiteral("user"));
        target.mailFrom = QStringLiteral("doctor@exim.doctor.test");
        target.rcptTo = QStringLiteral("someone@exim.doctor.test");
        Target backup = target;
        backup.port = exim.port(QStringLiteral("smtps"));
        backup.security = Target::Security::Tls;
        result.backup = backup;
        result.credentials = {target.user, QString::fromLatin1(Password), {}};
    } else if (name.startsWith(QLatin1String("scripted-send"))) {
        const PeerInfo &scripted = m_peers.value(QStringLiteral("smtp-scripted"));
        if (name.endsWith(QLatin1String("by name, control host"))) {
            // The host and the control host by name (A 127.0.0.1, AAAA ::1
            // in the dns-domains peer): DNS, the TLSA lookup and the
            // control sweep (same port and 443) join in.
            const quint16 dns = m_peers.value(QStringLiteral("dns-domains"))
                                    .port(QStringLiteral("dns"));
            target.host = QStringLiteral("mail.mx-ok.test");
            target.resolver = ResolverAddress{QStringLiteral("127.0.0.1"), dns};
            target.controlHost = QStringLiteral("mail.mx-ok.test");
        }
        target.port = scripted.port(QStringLiteral("smtp"));
        target.security = Target::Security::None;
        target.user = scripted.value(QStringLiteral("user"));
        target.allowCleartextAuth = true;
        target.mailFrom = QStringLiteral("ok@doctor.test");
        target.rcptTo = QStringLiteral("friend@doctor.test");
        result.credentials = {target.user, QString::fromLatin1(Password), {}};
    } else if (name.startsWith(QLatin1String("hostile "))) {
        // The stalls: each ends at a step timeout, then maybe a counter-probe.
        const QString behaviour = name.section(QLatin1Char(' '), 1);
        target.port = m_peers.value(QStringLiteral("hostile-smtp")).port(behaviour);
        target.stepTimeoutMs = 1000;
        target.security = behaviour == QLatin1String("tls-stall")
                              ? Target::Security::Tls
                              : (behaviour == QLatin1String("starttls-stall")
                                     ? Target::Security::StartTls
                                     : Target::Security::None);
        target.user = QStringLiteral("someone@hostile.doctor.test");
        target.allowCleartextAuth = true;
        target.mailFrom = QStringLiteral("sender@hostile.doctor.test");
        target.rcptTo = QStringLiteral("rcpt@hostile.doctor.test");
        result.credentials = {target.user, QStringLiteral("hostile-suite-password"), {}};
    } else if (name.startsWith(QLatin1String("domain "))) {
        // The sender-domain checks alone, against NSD: every DNS answer is a point.
        const QString domain = name.section(QLatin1Char(' '), 1);
        target.host = QStringLiteral("mail.") + domain;
        target.domain = domain;
        target.checkServer = false;
        target.stepTimeoutMs = 2000;
        target.resolver = ResolverAddress{
            QStringLiteral("127.0.0.1"),
            m_peers.value(QStringLiteral("dns-domains")).port(QStringLiteral("dns"))};
    }
    return result;
}

namespace {

RunOutcome runOnce(const Target &main,
                   const std::optional<Target> &backup,
                   const SaslClient::Credentials &credentials,
                   const QString &cancelAt,
                   bool direct)
{
    RunOutcome outcome;
    const QSet<QString> socketsBefore = socketInodes();
    auto *run = new ProfileRun(main, backup);
    run->setCredentials(credentials);
    PointTracker tracker;
    QElapsedTimer sinceCancel;
    bool finished = false;

    auto onPoint = [&](const QString &point) {
        if (point.isEmpty())
            return;
        outcome.points.append(point);
        if (outcome.reached || point != cancelAt)
            return;
        outcome.reached = true;
        sinceCancel.start();
        if (direct)
            run->cancel();
        else
            QTimer::singleShot(0, run, [run] { run->cancel(); });
    };
    for (Diagnosis *diagnosis : {run->main(), run->backup()}) {
        if (!diagnosis)
            continue;
        const QString profile = diagnosis == run->main() ? QStringLiteral("main")
                                                         : QStringLiteral("backup");
        QObject::connect(
            diagnosis->eventLog(), &EventLog::eventAdded, [&, profile](const Event &e) {
                if (finished)
                    outcome.lateEvents.append(e.check + QStringLiteral(": ") + e.text.left(120));
                onPoint(tracker.keyFor(profile, e));
            });
        QObject::connect(diagnosis, &Diagnosis::checkStarted, [&, profile](const QString &check) {
            onPoint(profile + QStringLiteral(" start ") + check);
        });
    }
    QObject::connect(run, &ProfileRun::finished, [&] {
        ++outcome.finishedCount;
        if (finished)
            return;
        finished = true;
        if (outcome.reached)
            outcome.cancelToFinishMs = sinceCancel.elapsed();
    });

    run->start();
    // The first point: before the event loop has run a single check.
    onPoint(QStringLiteral("start() returned"));
    QElapsedTimer clock;
    clock.start();
    while (!finished && clock.elapsed() < BaselineLimitMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!finished) {
        delete run;
        return outcome;
    }
    // Nothing may happen after finished(): no timer fires, no socket speaks.
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < QuietMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    settle();
    for (Diagnosis *diagnosis : {run->main(), run->backup()}) {
        if (!diagnosis)
            continue;
        for (const Check *check : diagnosis->checks())
            outcome.statuses.append(check->name() + QStringLiteral(": ")
                                    + QLatin1String(QMetaEnum::fromType<Check::Status>().valueToKey(
                                        int(check->status()))));
    }
    outcome.openTcp = tcpSockets(socketInodes() - socketsBefore);
    outcome.timers = liveTimers(run);

    delete run;
    settle();
    for (const QString &inode : socketInodes() - socketsBefore)
        outcome.leftSockets.append(QStringLiteral("socket:[%1]").arg(inode));
    return outcome;
}

} // namespace

void TestCancel::cancelAtEveryPoint_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("direct");
    const QStringList scenarios{QStringLiteral("exim-send+backup"),
                                QStringLiteral("scripted-send"),
                                QStringLiteral("scripted-send by name, control host"),
                                QStringLiteral("hostile drip-greeting"),
                                QStringLiteral("hostile never-read"),
                                QStringLiteral("hostile starttls-stall"),
                                QStringLiteral("hostile tls-stall"),
                                QStringLiteral("domain mx-ok.test"),
                                QStringLiteral("domain dkim.test")};
    for (const QString &name : scenarios) {
        QTest::addRow("%s, direct", qPrintable(name)) << name << true;
        if (!underValgrind())
            QTest::addRow("%s, queued", qPrintable(name)) << name << false;
    }
}

void TestCancel::cancelAtEveryPoint()
{
    QFETCH(QString, scenario);
    QFETCH(bool, direct);
    const Scenario setup = this->scenario(scenario);
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(setup.main.port != 0 || !setup.main.checkServer, "the peer has no such port");

    // The whole run, uncancelled: it too must end clean.
    const RunOutcome baseline = runOnce(
        setup.main, setup.backup, setup.credentials, QString(), direct);
    QCOMPARE(baseline.finishedCount, 1);
    QVERIFY2(baseline.openTcp.isEmpty(), qPrintable(baseline.openTcp.join(", ")));
    QVERIFY2(baseline.timers.isEmpty(), qPrintable(baseline.timers.join(", ")));
    QVERIFY2(baseline.leftSockets.isEmpty(), qPrintable(baseline.leftSockets.join(", ")));
    QVERIFY2(baseline.points.size() > 3, qPrintable(baseline.points.join('\n')));

    if (qEnvironmentVariableIsSet("SMTP_DOCTOR_CANCEL_LIST_POINTS")) // to see what is covered
        qInfo("%s", qPrintable(baseline.points.join(QLatin1Char('\n'))));
    QStringList problems;
    int cancelled = 0;
    int states = 0;
    for (const QString &point : baseline.points) {
        states += point.contains(QLatin1String(" -> "));
        const RunOutcome run = runOnce(setup.main, setup.backup, setup.credentials, point, direct);
        auto problem = [&](const QString &what) {
            problems.append(point + QStringLiteral(": ") + what);
        };
        if (!run.reached) {
            problem(QStringLiteral("not reached in this run"));
            continue;
        }
        ++cancelled;
        if (run.finishedCount != 1)
            problem(QStringLiteral("finished() emitted %1 times").arg(run.finishedCount));
        else if (run.cancelToFinishMs > promptLimitMs())
            problem(QStringLiteral("finished %1 ms after cancel").arg(run.cancelToFinishMs));
        if (!run.lateEvents.isEmpty())
            problem(QStringLiteral("logged after finished(): ")
                    + run.lateEvents.join(QStringLiteral(" | ")));
        for (const QString &status : run.statuses) {
            if (status.endsWith(QLatin1String("Waiting"))
                || status.endsWith(QLatin1String("Running")))
                problem(QStringLiteral("check still pending: ") + status);
        }
        if (!run.openTcp.isEmpty())
            problem(QStringLiteral("TCP left open: ") + run.openTcp.join(QStringLiteral(", ")));
        if (!run.timers.isEmpty())
            problem(QStringLiteral("timers left: ") + run.timers.join(QStringLiteral(", ")));
        if (!run.leftSockets.isEmpty())
            problem(QStringLiteral("sockets left after delete: ")
                    + run.leftSockets.join(QStringLiteral(", ")));
    }
    qInfo("%s: %d cancel points (%d SMTP state changes), %d cancelled, %d problems, %lld ms",
          qPrintable(scenario),
          int(baseline.points.size()),
          states,
          cancelled,
          int(problems.size()),
          clock.elapsed());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// The instruments themselves: a timer and a connection left behind inside
// a run are seen, and gone once the run is deleted.
void TestCancel::detectorsSeeWhatIsLeft()
{
    const PeerInfo &exim = m_peers.value(QStringLiteral("exim"));
    const QSet<QString> before = socketInodes();
    auto *run = new ProfileRun(scenario(QStringLiteral("exim-send+backup")).main, std::nullopt);
    auto *timer = new QTimer(run->main());
    timer->start(60000);
    auto *socket = new QTcpSocket(run->main());
    socket->connectToHost(QHostAddress::LocalHost, exim.port(QStringLiteral("smtp")));
    QVERIFY(socket->waitForConnected(5000));
    QCOMPARE(tcpSockets(socketInodes() - before).size(), 1);
    QCOMPARE(liveTimers(run).size(), 1);
    delete run;
    settle();
    QVERIFY(tcpSockets(socketInodes() - before).isEmpty());
    QVERIFY(socketInodes() - before == QSet<QString>());
}

QTEST_GUILESS_MAIN(TestCancel)
#include "tst_cancel.moc"
