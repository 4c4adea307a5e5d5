#include "findings/FindingCatalog.h"
#include "report/HistoryStore.h"
#include "report/JsonReport.h"
#include "UtcDateTime.h"

#include <QDir>
#include <QFile>
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
    void unreadableFilesAreLeftOut();
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

void TestHistoryStore::unreadableFilesAreLeftOut()
{
    QTemporaryDir directory;
    HistoryStore store(directory.path());
    store.save(reportAt(utcDateTime(QDate(2026, 11, 1), QTime(0, 0)), "good.example"));
    QFile broken(directory.filePath("run-20261102-000000-000.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"schema\": \"smtp-doctor-report/1\", \"findings\": [");
    broken.close();
    const QList<HistoryEntry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().host, QStringLiteral("good.example"));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
