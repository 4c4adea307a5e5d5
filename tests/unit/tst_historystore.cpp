// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingCatalog.h"
#include "journal/RunJournal.h"
#include "report/HistoryStore.h"
#include "report/ReportFile.h"
#include "report/JsonReport.h"
#include "UtcDateTime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestHistoryStore : public QObject
{
    Q_OBJECT
private slots:
    void defaultsToTheAppDataFolder();
    void sameRunReplacedNewestFirst();
    void keepsTheLastFifty();
    void damagedFilesAreListedAndSkipped();
    void killedRunRecoveredFromItsJournal();
    void liveJournalIsNotInterrupted();
};

namespace {

Report reportAt(const QDateTime &started, const QString &host)
{
    Report report;
    report.target.host = host;
    report.target.port = 587;
    report.started = started;
    report.findings.append(
        FindingCatalog::make("net.open", {"127.0.0.1", "587", "1"}, {}, "ports"));
    return report;
}

} // namespace

void TestHistoryStore::defaultsToTheAppDataFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    const HistoryStore store;
    QCOMPARE(store.directory(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/history");
    QVERIFY(store.directory().contains(".qttest"));
}

void TestHistoryStore::sameRunReplacedNewestFirst()
{
    QTemporaryDir directory;
    HistoryStore store(directory.path());
    const QDateTime first = utcDateTime(QDate(2026, 11, 1), QTime(10, 0));
    Report run = reportAt(first, "a.example");
    const QString path = store.save(run);
    QVERIFY(QFile::exists(path));
    // The same run, one step further: the same file, now with both findings.
    run.findings.append(
        FindingCatalog::make("domain.dmarc_missing", {"example.com"}, {}, "domain"));
    QCOMPARE(store.save(run), path);
    store.save(reportAt(first.addSecs(60), "b.example"));

    const QList<HistoryEntry> entries = store.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).host, QStringLiteral("b.example"));
    QCOMPARE(entries.at(1).host, QStringLiteral("a.example"));
    QCOMPARE(entries.at(1).worst, Finding::Severity::Warning);
    QCOMPARE(entries.at(1).started, first);
    QVERIFY(entries.at(1).verdict.startsWith("Most likely cause: "));
    QFile file(entries.at(1).path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto reread = JsonReport::read(file.readAll(), nullptr);
    QVERIFY(reread);
    QCOMPARE(reread->findings.size(), 2);
}

void TestHistoryStore::keepsTheLastFifty()
{
    QTemporaryDir directory;
    HistoryStore store(directory.path());
    const QDateTime start = utcDateTime(QDate(2026, 11, 1), QTime(0, 0));
    for (int i = 0; i < HistoryStore::capacity + 5; ++i)
        QVERIFY(!store.save(reportAt(start.addSecs(i), QStringLiteral("host%1").arg(i))).isEmpty());
    QCOMPARE(QDir(directory.path()).entryList(QDir::Files).size(), HistoryStore::capacity);
    const QList<HistoryEntry> entries = store.entries();
    QCOMPARE(entries.size(), HistoryStore::capacity);
    QCOMPARE(entries.constFirst().host, QStringLiteral("host54"));
    QCOMPARE(entries.constLast().host, QStringLiteral("host5"));
}

void TestHistoryStore::damagedFilesAreListedAndSkipped()
{
    QTemporaryDir directory;
    HistoryStore store(directory.path());
    store.save(reportAt(utcDateTime(QDate(2026, 11, 1), QTime(0, 0)), "good.example"));
    // A whole run file cut in half, as a disk that filled up would leave it.
    const QString cut = store.save(
        reportAt(utcDateTime(QDate(2026, 11, 2), QTime(0, 0)), "cut.example"));
    QFile broken(cut);
    QVERIFY(broken.open(QIODevice::ReadWrite));
    QVERIFY(broken.resize(broken.size() / 2));
    broken.close();
    // One whose bytes became zeros (a power cut on some file systems).
    const QString zeroed = store.save(
        reportAt(utcDateTime(QDate(2026, 11, 3), QTime(0, 0)), "zeroed.example"));
    QFile spoiled(zeroed);
    QVERIFY(spoiled.open(QIODevice::ReadWrite));
    const qint64 size = spoiled.size();
    QCOMPARE(spoiled.write(QByteArray(size, '\0')), size);
    spoiled.close();
    const QList<HistoryEntry> entries = store.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).state, HistoryEntry::State::Damaged);
    QCOMPARE(entries.at(0).path, zeroed);
    QVERIFY(!entries.at(0).problem.isEmpty());
    QCOMPARE(entries.at(1).state, HistoryEntry::State::Damaged);
    QCOMPARE(entries.at(1).path, cut);
    QVERIFY2(entries.at(1).problem.contains("cut short"), qPrintable(entries.at(1).problem));
    QCOMPARE(entries.at(2).state, HistoryEntry::State::Complete);
    QCOMPARE(entries.at(2).host, QStringLiteral("good.example"));
    // Nothing recovered or removed on the way: they stay as found.
    QVERIFY(QFile::exists(cut));
    QCOMPARE(QFileInfo(zeroed).size(), size);
}

void TestHistoryStore::killedRunRecoveredFromItsJournal()
{
    QTemporaryDir directory;
    HistoryStore store(directory.path());
    Report header = reportAt(utcDateTime(QDate(2026, 11, 3), QTime(0, 0)), "killed.example");
    header.findings.clear();
    const QString name = HistoryStore::fileNameFor(header);
    {
        RunJournal journal(store.journalPathFor(name));
        QVERIFY(journal.open(header));
        journal.beginStep("connectivity");
        journal.addEvent("connectivity", {5, "ports", Event::Kind::Connect, "connect to x: open"});
        journal.addFinding(
            "connectivity",
            FindingCatalog::make("net.open", {"127.0.0.1", "587", "1"}, {}, "ports"));
        journal.addEvent("connectivity", {9, "smtp", Event::Kind::Note, "waiting for greeting"});
        journal.addFinding(
            "connectivity",
            FindingCatalog::make("net.refused", {"127.0.0.1", "25", "1"}, {}, "ports"));
        QVERIFY2(journal.error().isEmpty(), qPrintable(journal.error()));
    }
    // The kill cut the last line in the middle.
    QFile file(store.journalPathFor(name));
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"type\":\"finding\",\"step\":\"connectivity\",\"finding\":{\"id\":\"net.");
    file.close();

    // Nobody holds its lock: the run was killed.
    QCOMPARE(store.interruptedJournals(), QStringList{store.journalPathFor(name)});
    QList<HistoryEntry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().state, HistoryEntry::State::Interrupted);

    QString error;
    const QStringList recovered = store.recoverInterrupted(&error);
    QCOMPARE(recovered.size(), 1);
    QVERIFY(!QFile::exists(store.journalPathFor(name)));
    const auto report = ReportFile::load(recovered.constFirst(), &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->target.host, QStringLiteral("killed.example"));
    QCOMPARE(report->findings.size(), 2);
    QCOMPARE(report->findings.at(1).id, QStringLiteral("net.refused"));
    QCOMPARE(report->events.size(), 2);
    QVERIFY(report->stopped);
    QCOMPARE(report->stopped->reason, RunStop::Reason::Interrupted);
    QCOMPARE(report->stopped->checks.constFirst(), QStringLiteral("smtp"));
    QCOMPARE(report->stopped->step, ReportStep::Step::Connectivity);
    entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().state, HistoryEntry::State::Interrupted);
    QCOMPARE(entries.constFirst().path, recovered.constFirst());
}

void TestHistoryStore::liveJournalIsNotInterrupted()
{
    QTemporaryDir directory;
    HistoryStore store(directory.path());
    const Report header = reportAt(utcDateTime(QDate(2026, 11, 4), QTime(0, 0)), "live.example");
    const QString name = HistoryStore::fileNameFor(header);
    QLockFile lock(store.lockPathFor(name));
    QVERIFY(lock.tryLock(0));
    RunJournal journal(store.journalPathFor(name));
    QVERIFY(journal.open(header));
    QVERIFY(store.interruptedJournals().isEmpty());
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
