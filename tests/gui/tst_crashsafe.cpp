// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21, points 2, 4 and 5: the wizard's run survives what crashes and
// disks do.
//
// Killed: this executable runs itself a second time as the real wizard
// (offscreen, SMTP_DOCTOR_CRASH_CHILD set), which starts the connectivity
// step (or, for "works sometimes", goes on to the repeated attempts) and
// prints every event, finding and attempt as the step emits them. When the
// step is where the test wants it (the sweep waiting for a dropped port, the
// TLS handshake stalled by hostile-smtp's tls-stall port, or between two
// watch attempts) the child is killed with SIGKILL. Then, here, a new wizard starts: it must say
// that the last run stopped unexpectedly (through DialogProvider, answered by ScriptedDialogs) and
// offer the run, recovered from its journal with every event and finding the child had printed, and
// the history lists it as interrupted.
//
// Full and read-only: the history folder on a 64 KiB tmpfs (root; skipped
// with the reason otherwise) that fills up during the test e-mail step, and
// one mounted read-only. Either way one clear message, the diagnosis goes
// on, the report can still be copied and exported, and no partial file is
// left where a complete one was. A run file cut in half is listed as
// damaged, cannot be opened, and troubles no start.
#include "DoctorWizard.h"
#include "DoctorWizardSteps.h"
#include "FindingsModel.h"
#include "HistoryDialog.h"
#include "NetworkNamespace.h"
#include "PeerInfo.h"
#include "ReportExporter.h"
#include "ReportWindow.h"
#include "RunRecorder.h"
#include "ScriptedDialogs.h"
#include "core/Diagnosis.h"
#include "journal/JournalReplay.h"
#include "report/HistoryStore.h"
#include "report/ReportFile.h"
#include "watch/WatchRun.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/mount.h>

namespace {

constexpr char kChildVariable[] = "SMTP_DOCTOR_CRASH_CHILD";

// One line a fact, tabs and line breaks escaped: what the child saw.
QString eventLine(const Event &event)
{
    QString text = event.text;
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"))
        .replace(QLatin1Char('\t'), QLatin1String("\\t"));
    return QStringLiteral("EVENT\t%1\t%2\t%3").arg(Event::kindName(event.kind), event.check, text);
}

struct ServerSettings
{
    QString host;
    quint16 port = 0;
    QString ports;
    Target::Security security = Target::Security::None;
    int timeoutSeconds = 30;
};

void fillServerPage(DoctorWizard &wizard, const ServerSettings &server)
{
    wizard.next();
    QTest::keyClicks(wizard.findChild<QLineEdit *>("hostEdit"), server.host);
    wizard.findChild<QComboBox *>("securityCombo")->setCurrentIndex(int(server.security));
    wizard.findChild<QSpinBox *>("portSpin")->setValue(server.port);
    wizard.findChild<QSpinBox *>("timeoutSpin")->setValue(server.timeoutSeconds);
    auto *ports = wizard.findChild<QLineEdit *>("portsEdit");
    ports->clear();
    QTest::keyClicks(ports, server.ports.isEmpty() ? QString::number(server.port) : server.ports);
    wizard.findChild<QLineEdit *>("controlHostEdit")->clear();
}

void printJournal(DoctorWizard &wizard)
{
    std::printf("JOURNAL\t%s\n", wizard.runRecorder()->journalPath().toUtf8().constData());
    std::fflush(stdout);
}

// The child on the repeated attempts page: 50 attempts half a second apart.
int runWatchChild(DoctorWizard &wizard)
{
    QElapsedTimer clock;
    clock.start();
    while (!wizard.currentPage()->isComplete() && clock.elapsed() < 20000)
        QTest::qWait(20);
    while (wizard.currentId() != DoctorWizard::WatchPageId && clock.elapsed() < 20000) {
        wizard.next();
        QTest::qWait(20);
    }
    if (wizard.currentId() != DoctorWizard::WatchPageId) {
        std::puts("ERROR\tthe repeated attempts page was not reached");
        return 3;
    }
    wizard.findChild<QSpinBox *>("watchCount")->setValue(50);
    wizard.findChild<QDoubleSpinBox *>("watchInterval")->setValue(0.5);
    QTest::mouseClick(wizard.findChild<QPushButton *>("watchStartButton"), Qt::LeftButton);
    auto *run = wizard.currentPage()->findChild<WatchRun *>();
    if (!run || !run->isRunning()) {
        std::puts("ERROR\tthe repeated attempts did not start");
        return 3;
    }
    // Connected after the recorder's journal: what is printed is journaled.
    QObject::connect(run->eventLog(), &EventLog::eventAdded, [](const Event &event) {
        std::puts(eventLine(event).toUtf8().constData());
        std::fflush(stdout);
    });
    QObject::connect(run, &WatchRun::attemptFinished, [](const WatchAttempt &attempt) {
        std::printf("ATTEMPT\t%d\n", attempt.index);
        std::fflush(stdout);
    });
    printJournal(wizard);
    return QApplication::exec();
}

// The child: the real wizard, until it is killed.
int runChild()
{
    std::unique_ptr<NetworkNamespace> lab;
    const QString ns = qEnvironmentVariable("SMTP_DOCTOR_CRASH_NETNS");
    if (!ns.isEmpty()) {
        lab = std::make_unique<NetworkNamespace>(ns);
        if (!lab->isEntered()) {
            std::puts("ERROR\tcannot enter the network namespace");
            return 3;
        }
    }
    ServerSettings server;
    server.host = qEnvironmentVariable("SMTP_DOCTOR_CRASH_HOST");
    server.port = quint16(qEnvironmentVariableIntValue("SMTP_DOCTOR_CRASH_PORT"));
    server.ports = qEnvironmentVariable("SMTP_DOCTOR_CRASH_PORTS");
    server.security = Target::Security(qEnvironmentVariableIntValue("SMTP_DOCTOR_CRASH_SECURITY"));
    const bool watch = qEnvironmentVariableIsSet("SMTP_DOCTOR_CRASH_WATCH");

    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    if (watch) // "works sometimes": the repeated attempts follow the test e-mail step
        wizard.findChild<QAbstractButton *>("symptom4")->click();
    fillServerPage(wizard, server);
    wizard.next(); // the connectivity step starts (its work from the event loop)
    if (watch)
        return runWatchChild(wizard);
    auto *diagnosis = wizard.page(DoctorWizard::ConnectivityPageId)->findChild<Diagnosis *>();
    if (!diagnosis) {
        std::puts("ERROR\tthe connectivity step did not start");
        return 3;
    }
    // Connected after the recorder's journal: a fact printed is journaled.
    QObject::connect(diagnosis->eventLog(), &EventLog::eventAdded, [](const Event &event) {
        std::puts(eventLine(event).toUtf8().constData());
        std::fflush(stdout);
    });
    QObject::connect(diagnosis, &Diagnosis::findingAdded, [](const Finding &finding) {
        std::printf("FINDING\t%s\n", finding.id.toUtf8().constData());
        std::fflush(stdout);
    });
    printJournal(wizard);
    return QApplication::exec();
}

} // namespace

class TestCrashSafe : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void killedDuringTheSweep();
    void killedDuringTls();
    void killedBetweenWatchAttempts();
    void historyFolderFillsUp();
    void readOnlyHistoryFolder();
    void runFileCutInHalf();

private:
    struct Seen
    {
        QStringList events;
        QStringList findings;
        QStringList attempts;
        QString journal;
    };
    // Runs the child until `ready` says so, then SIGKILL.
    Seen killChild(const QProcessEnvironment &environment,
                   const std::function<bool(const Seen &)> &ready);
    // `recovered`: the run reopened, for the caller's own checks.
    void verifyRecovered(const Seen &seen,
                         const QString &waitingCheck,
                         const QString &stepTitle,
                         Report *recovered = nullptr);
    bool mountTmpfs(const QString &options, QString *why);

    ScriptedDialogs m_dialogs;
    QString m_mounted;
};

void TestCrashSafe::initTestCase()
{
    // Settings and history in ~/.qttest, never the user's own (the child too).
    QStandardPaths::setTestModeEnabled(true);
    DialogProvider::setInstance(&m_dialogs);
}

void TestCrashSafe::init()
{
    QSettings().clear();
    QDir(HistoryStore().directory()).removeRecursively();
    m_dialogs = ScriptedDialogs();
}

void TestCrashSafe::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<ReportWindow *>(widget) || qobject_cast<HistoryDialog *>(widget))
            delete widget;
    }
    if (!m_mounted.isEmpty()) {
        ::umount2(QFile::encodeName(m_mounted).constData(), MNT_DETACH);
        m_mounted.clear();
    }
}

TestCrashSafe::Seen TestCrashSafe::killChild(const QProcessEnvironment &environment,
                                             const std::function<bool(const Seen &)> &ready)
{
    QProcessEnvironment childEnvironment = environment;
    childEnvironment.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
    QProcess child;
    child.setProcessEnvironment(childEnvironment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    Seen seen;
    if (!child.waitForStarted(10000))
        return seen;
    QElapsedTimer clock;
    clock.start();
    QByteArray buffer;
    bool killed = false;
    while (!killed && clock.elapsed() < 25000 && child.state() == QProcess::Running) {
        child.waitForReadyRead(100);
        buffer += child.readAllStandardOutput();
        while (buffer.contains('\n')) {
            const QString line = QString::fromUtf8(buffer.left(buffer.indexOf('\n')));
            buffer.remove(0, buffer.indexOf('\n') + 1);
            if (line.startsWith(QLatin1String("EVENT\t")))
                seen.events.append(line.mid(6));
            else if (line.startsWith(QLatin1String("FINDING\t")))
                seen.findings.append(line.mid(8));
            else if (line.startsWith(QLatin1String("ATTEMPT\t")))
                seen.attempts.append(line.mid(8));
            else if (line.startsWith(QLatin1String("JOURNAL\t")))
                seen.journal = line.mid(8);
            else if (line.startsWith(QLatin1String("ERROR\t")))
                qWarning("child: %s", qPrintable(line));
        }
        if (ready(seen)) {
            // As a crash or a power cut would: no handler, no flush.
            ::kill(pid_t(child.processId()), SIGKILL);
            killed = true;
        }
    }
    if (!killed)
        child.kill();
    child.waitForFinished(5000);
    if (!killed)
        seen.events.clear(); // not where the test wanted it
    return seen;
}

// A new start: the wizard says the last run stopped unexpectedly and offers
// it; the run reopened holds every fact the child had printed.
void TestCrashSafe::verifyRecovered(const Seen &seen,
                                    const QString &waitingCheck,
                                    const QString &stepTitle,
                                    Report *recovered)
{
    QVERIFY2(!seen.journal.isEmpty(), "the child had no journal");
    QVERIFY(QFile::exists(seen.journal));
    QCOMPARE(HistoryStore().interruptedJournals(), QStringList{seen.journal});

    m_dialogs.answers = {true}; // "Open what it found"
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    QTRY_COMPARE(m_dialogs.questions.size(), 1);
    QVERIFY2(m_dialogs.questions.constFirst().contains("stopped unexpectedly"),
             qPrintable(m_dialogs.questions.constFirst()));
    QVERIFY2(m_dialogs.questions.constFirst().contains(stepTitle),
             qPrintable(m_dialogs.questions.constFirst()));
    ReportWindow *window = nullptr;
    QTRY_VERIFY((window = [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *report = qobject_cast<ReportWindow *>(widget))
                return report;
        }
        return static_cast<ReportWindow *>(nullptr);
    }()));
    QVERIFY(window->isVisible());
    QVERIFY(m_dialogs.errors.isEmpty());

    // Recovered into the history once, as interrupted; the journal is gone.
    QVERIFY(!QFile::exists(seen.journal));
    const QList<HistoryEntry> history = HistoryStore().entries();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.constFirst().state, HistoryEntry::State::Interrupted);
    QString error;
    const auto report = ReportFile::load(history.constFirst().path, &error);
    QVERIFY2(report, qPrintable(error));
    QVERIFY(report->stopped);
    QCOMPARE(report->stopped->reason, RunStop::Reason::Interrupted);
    QCOMPARE(report->stopped->step, ReportStep::Step::Connectivity);
    QVERIFY2(report->stopped->checks.contains(waitingCheck),
             qPrintable(report->stopped->checks.join(' ')));

    // Nothing measured missing: every event and finding, in order (after
    // those of the steps before, which the child did not print).
    QStringList events;
    for (const Event &event : report->events)
        events.append(eventLine(event).mid(6));
    // Where the child's first printed event is, among the same texts
    // (an address resolved in both steps reads alike).
    qsizetype from = 0;
    while (from >= 0 && events.mid(from, seen.events.size()) != seen.events)
        from = events.indexOf(seen.events.value(0), from + 1);
    QVERIFY2(from >= 0,
             qPrintable(QStringLiteral("the %1 events seen are not all saved, in order:\n%2")
                            .arg(seen.events.size())
                            .arg(events.join('\n'))));
    QStringList ids;
    for (const Finding &finding : report->findings)
        ids.append(finding.id);
    QCOMPARE(ids.mid(0, seen.findings.size()), seen.findings);
    if (recovered)
        *recovered = *report;

    // The history window says so too.
    HistoryDialog dialog(QString(), nullptr);
    auto *list = dialog.findChild<QTreeWidget *>();
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY2(list->topLevelItem(0)->text(3).startsWith("Interrupted"),
             qPrintable(list->topLevelItem(0)->text(3)));
    wizard.close();
    // A normal close leaves no journal and nothing to recover.
    QVERIFY(HistoryStore().interruptedJournals().isEmpty());
}

void TestCrashSafe::killedDuringTheSweep()
{
    const PeerInfo lab = PeerInfo::load(QStringLiteral("netlab"));
    if (!lab.isValid())
        QSKIP("the firewall lab is not running: run this test through ctest, which starts it");
    if (!lab.value("skipped").isEmpty())
        QSKIP(qPrintable("firewall lab unavailable: " + lab.value("skipped")));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // This client's firewall drops outgoing 587; 465 and 2525 answer.
    environment.insert("SMTP_DOCTOR_CRASH_NETNS",
                       lab.json.value("namespaces").toObject().value("client_blocked").toString());
    environment.insert("SMTP_DOCTOR_CRASH_HOST",
                       lab.json.value("addresses")
                           .toObject()
                           .value("control")
                           .toObject()
                           .value("ipv4")
                           .toString());
    environment.insert("SMTP_DOCTOR_CRASH_PORT", "587");
    environment.insert("SMTP_DOCTOR_CRASH_PORTS", "587, 465, 2525");
    const Seen seen = killChild(environment, [](const Seen &seen) {
        // The grid shows 465 and 2525 open; 587 still waits.
        int open = 0;
        for (const QString &line : seen.events) {
            open += line.startsWith(QLatin1String("connect\tports\t"))
                    && (line.contains(QLatin1String(" port 465: open"))
                        || line.contains(QLatin1String(" port 2525: open")));
        }
        return open == 2;
    });
    QVERIFY2(!seen.events.isEmpty(), "the sweep never showed its two open ports");
    verifyRecovered(seen, QStringLiteral("ports"), QStringLiteral("Connectivity"));
}

void TestCrashSafe::killedDuringTls()
{
    REQUIRE_PEER(hostile, "hostile-smtp");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("SMTP_DOCTOR_CRASH_HOST", "127.0.0.1");
    environment.insert("SMTP_DOCTOR_CRASH_PORT", QString::number(hostile.port("tls-stall")));
    environment.insert("SMTP_DOCTOR_CRASH_SECURITY", QString::number(int(Target::Security::Tls)));
    const Seen seen = killChild(environment, [](const Seen &seen) {
        // The SMTP check has sent its ClientHello; no answer will come.
        return std::any_of(seen.events.cbegin(), seen.events.cend(), [](const QString &line) {
            return line.startsWith(QLatin1String("tls\tsmtp\t"));
        });
    });
    QVERIFY2(!seen.events.isEmpty(), "the TLS handshake never began");
    verifyRecovered(seen, QStringLiteral("smtp"), QStringLiteral("Connectivity"));
}

void TestCrashSafe::killedBetweenWatchAttempts()
{
    REQUIRE_PEER(smtp, "smtp");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("SMTP_DOCTOR_CRASH_WATCH", "1");
    environment.insert("SMTP_DOCTOR_CRASH_HOST", "127.0.0.1");
    environment.insert("SMTP_DOCTOR_CRASH_PORT", QString::number(smtp.port("smtp")));
    // Attempts take milliseconds on loopback, half a second apart: the third
    // printed, the child is between it and the fourth.
    const Seen seen = killChild(environment,
                                [](const Seen &seen) { return seen.attempts.size() >= 3; });
    QVERIFY2(!seen.events.isEmpty(), "the repeated attempts never reached their third");
    // The notice names the page the user was on.
    Report recovered;
    verifyRecovered(seen, QStringLiteral("watch"), QStringLiteral("Repeated attempts"), &recovered);
    if (QTest::currentTestFailed())
        return;
    // Every attempt printed is in the run, as it was measured.
    QVERIFY(recovered.watch);
    QVERIFY2(recovered.watch->attempts.size() >= seen.attempts.size(),
             qPrintable(QString::number(recovered.watch->attempts.size())));
    for (int i = 0; i < seen.attempts.size(); ++i) {
        QCOMPARE(QString::number(recovered.watch->attempts.at(i).index), seen.attempts.at(i));
        QVERIFY(recovered.watch->attempts.at(i).succeeded());
    }
    QCOMPARE(recovered.watch->plannedAttempts, 50);
    // And the connectivity step that had ended before, whole.
    QStringList ids;
    for (const Finding &finding : recovered.findings)
        ids.append(finding.id);
    QVERIFY2(ids.contains("smtp.greeting_ok"), qPrintable(ids.join(' ')));
}

bool TestCrashSafe::mountTmpfs(const QString &options, QString *why)
{
    const QString directory = HistoryStore().directory();
    QDir().mkpath(directory);
    const QByteArray target = QFile::encodeName(directory);
    if (::mount("tmpfs", target.constData(), "tmpfs", 0, options.toLatin1().constData()) != 0) {
        *why = QStringLiteral("cannot mount a tmpfs on the history folder (%1): %2")
                   .arg(options, qt_error_string(errno));
        return false;
    }
    m_mounted = directory;
    return true;
}

void TestCrashSafe::historyFolderFillsUp()
{
    REQUIRE_PEER(smtp, "smtp");
    QString why;
    if (!mountTmpfs(QStringLiteral("size=64k"), &why))
        QSKIP(qPrintable(why));
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    fillServerPage(wizard, {"127.0.0.1", smtp.port("smtp"), {}, Target::Security::None, 5});
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    const QString saved = wizard.runRecorder()->lastSavedPath();
    QVERIFY(QFile::exists(saved));
    QFile savedFile(saved);
    QVERIFY(savedFile.open(QIODevice::ReadOnly));
    const QByteArray complete = savedFile.readAll();
    savedFile.close();
    QVERIFY(m_dialogs.errors.isEmpty());

    // Now the disk fills up, as another program would fill it.
    QFile filler(HistoryStore().directory() + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(1024, 'x');
    while (filler.write(block) == block.size()) {}
    filler.close();

    // The test e-mail step: its lines and its report no longer fit.
    while (wizard.currentId() != DoctorWizard::TestEmailPageId) {
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    }
    QTest::keyClicks(wizard.findChild<QLineEdit *>("fromEdit"), "app@doctor.test");
    QTest::keyClicks(wizard.findChild<QLineEdit *>("toEdit"), "support@doctor.test");
    QTest::mouseClick(wizard.findChild<QPushButton *>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);

    // One clear message, and the diagnosis went on.
    QTRY_COMPARE(m_dialogs.errors.size(), 1);
    QVERIFY2(m_dialogs.errors.constFirst().contains("history folder")
                 && m_dialogs.errors.constFirst().contains("copy or export"),
             qPrintable(m_dialogs.errors.constFirst()));
    while (wizard.currentId() != DoctorWizard::ResultsPageId) {
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled()
                                     || wizard.currentId() == DoctorWizard::ResultsPageId,
                                 20000);
    }
    // The report can still be copied, with the test e-mail's findings.
    QGuiApplication::clipboard()->clear();
    auto *view = wizard.findChild<QTreeView *>("resultsView");
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Copy);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains("`send.accepted`"), qPrintable(copied.left(400)));
    // And exported (Ctrl+S) to a disk that has room.
    const QTemporaryDir exports;
    const QString exported = exports.filePath(QStringLiteral("report.json"));
    m_dialogs.fileAnswers = {exported};
    m_dialogs.filterAnswer = ReportExporter::fileFilters().at(int(ReportExporter::Format::Json));
    QTest::keySequence(view, QKeySequence::Save);
    QCOMPARE(m_dialogs.fileDialogsShown, 1);
    QString exportError;
    const auto exportedReport = ReportFile::load(exported, &exportError);
    QVERIFY2(exportedReport, qPrintable(exportError));
    QVERIFY(std::any_of(exportedReport->findings.cbegin(),
                        exportedReport->findings.cend(),
                        [](const Finding &f) { return f.id == QLatin1String("send.accepted"); }));
    QCOMPARE(m_dialogs.errors.size(), 1); // said once, not at every finding

    // No partial file where a complete one was: the saved run is as it was,
    // nothing half-written beside it, the journal cut at a whole line.
    QVERIFY(savedFile.open(QIODevice::ReadOnly));
    QCOMPARE(savedFile.readAll(), complete);
    savedFile.close();
    QVERIFY(ReportFile::load(saved, nullptr));
    const QString journal = HistoryStore().journalPathFor(QFileInfo(saved).fileName());
    QFile journalFile(journal);
    QVERIFY(journalFile.open(QIODevice::ReadOnly));
    const QByteArray lines = journalFile.readAll();
    QVERIFY(lines.endsWith('\n'));
    const auto replayed = JournalReplay::read(lines, nullptr);
    QVERIFY(replayed);
    QCOMPARE(replayed->skippedLines, 0);
    QStringList names = QDir(HistoryStore().directory()).entryList(QDir::Files);
    names.removeAll(QStringLiteral("filler"));
    const QString base = QFileInfo(saved).completeBaseName();
    QCOMPARE(names, QStringList({base + ".json", base + ".jsonl", base + ".lock"}));
}

void TestCrashSafe::readOnlyHistoryFolder()
{
    REQUIRE_PEER(smtp, "smtp");
    QString why;
    if (!mountTmpfs(QStringLiteral("size=64k"), &why))
        QSKIP(qPrintable(why));
    const QByteArray target = QFile::encodeName(m_mounted);
    QVERIFY2(::mount(nullptr, target.constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0,
             qPrintable(qt_error_string(errno)));
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    fillServerPage(wizard, {"127.0.0.1", smtp.port("smtp"), {}, Target::Security::None, 5});
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    QTRY_COMPARE(m_dialogs.errors.size(), 1);
    QVERIFY2(m_dialogs.errors.constFirst().contains("history folder"),
             qPrintable(m_dialogs.errors.constFirst()));
    // The step ran to its end all the same.
    const QAbstractItemModel *list = wizard.findChild<QListView *>("connectivityFindings")->model();
    QStringList live;
    for (int row = 0; row < list->rowCount(); ++row)
        live.append(list->index(row, 0).data(FindingsModel::IdRole).toString());
    QVERIFY2(live.contains("smtp.greeting_ok"), qPrintable(live.join(' ')));
    QVERIFY(wizard.runRecorder()->lastSavedPath().isEmpty());
    QVERIFY(QDir(m_mounted).entryList(QDir::Files).isEmpty());
    wizard.next(); // and the next step too, without a second message
    QTest::qWait(200);
    QCOMPARE(m_dialogs.errors.size(), 1);
}

void TestCrashSafe::runFileCutInHalf()
{
    REQUIRE_PEER(smtp, "smtp");
    QString saved;
    {
        DoctorWizard wizard(DoctorWizardSteps::instance());
        wizard.show();
        fillServerPage(wizard, {"127.0.0.1", smtp.port("smtp"), {}, Target::Security::None, 5});
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        wizard.close();
        saved = wizard.runRecorder()->lastSavedPath();
    }
    const auto whole = ReportFile::load(saved, nullptr);
    QVERIFY(whole);
    // An earlier run, kept whole beside it.
    Report earlier = *whole;
    earlier.started = whole->started.addSecs(-3600);
    QString error;
    const QString kept = HistoryStore().save(earlier, &error);
    QVERIFY2(!kept.isEmpty(), qPrintable(error));
    // The newer one cut in half, as a disk that failed under it leaves a file.
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 half = file.size() / 2;
    QVERIFY(file.resize(half));
    file.close();

    // The next start asks nothing and says nothing: a damaged run is no crash.
    {
        DoctorWizard wizard(DoctorWizardSteps::instance());
        wizard.show();
        QTest::qWait(100); // the start-up look at the history runs from the event loop
        QVERIFY2(m_dialogs.questions.isEmpty(), qPrintable(m_dialogs.questions.join('\n')));
        QVERIFY2(m_dialogs.errors.isEmpty(), qPrintable(m_dialogs.errors.join('\n')));
    }
    // Listed as damaged, with why, and skipped: it cannot be chosen, the
    // whole one is chosen and opens.
    HistoryDialog dialog(QString(), nullptr);
    auto *list = dialog.findChild<QTreeWidget *>("historyList");
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 2);
    const QTreeWidgetItem *cut = list->topLevelItem(0);
    QVERIFY2(cut->text(3).startsWith("Damaged, skipped"), qPrintable(cut->text(3)));
    QVERIFY(!(cut->flags() & Qt::ItemIsEnabled));
    QCOMPARE(list->currentItem(), list->topLevelItem(1));
    QVERIFY(dialog.openSelected());
    QVERIFY(m_dialogs.errors.isEmpty());
    // Left as it was found: never removed, never written over.
    QCOMPARE(QFileInfo(saved).size(), half);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        QStandardPaths::setTestModeEnabled(true);
        return runChild();
    }
    TestCrashSafe test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafe.moc"
