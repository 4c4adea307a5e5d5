// SPDX-License-Identifier: GPL-3.0-or-later
// The run journal (RunJournal) and its reader (JournalReplay): what a run
// wrote line by line reads back into the report it would have saved, a line
// cut by a kill is dropped and counted, and a write the file system refuses
// (a file size limit: EFBIG, as a full disk gives ENOSPC) leaves the file
// at its last whole line.
#include "findings/FindingArgs.h"
#include "findings/FindingCatalog.h"
#include "journal/JournalReplay.h"
#include "journal/RunJournal.h"
#include "UtcDateTime.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

class TestRunJournal : public QObject
{
    Q_OBJECT
private slots:
    void replaysEndedAndRunningSteps();
    void aStepRunAgainReplacesItsEarlierRun();
    void aFinishedJournalIsNotStopped();
    void aResumedStepAddsToItsReport();
    void notAJournal();
    void aDamagedLineInTheMiddleIsSkipped();
    void refusedWriteLeavesTheLastWholeLine();

private:
    static Report header();
};

Report TestRunJournal::header()
{
    Report report;
    report.target.host = "mail.example.com";
    report.target.port = 587;
    report.target.security = Target::Security::StartTls;
    report.started = utcDateTime(QDate(2026, 12, 1), QTime(9, 30));
    report.environment = {"0.1.0", "Debian GNU/Linux 12", "6.4.2", "system", {"IPv4"}, "OpenSSL"};
    return report;
}

void TestRunJournal::replaysEndedAndRunningSteps()
{
    QTemporaryDir directory;
    const QString path = directory.filePath("run.jsonl");
    {
        RunJournal journal(path);
        QVERIFY(journal.open(header()));
        journal.beginStep("connectivity");
        journal.addEvent("connectivity", {3, "ports", Event::Kind::Connect, "587: open"});
        journal.addFinding(
            "connectivity",
            FindingCatalog::make("net.open", {"127.0.0.1", "587", "3"}, {}, "ports"));
        journal.endCheck("connectivity", "ports", "done");
        Report ended = header();
        ended.findings = {
            FindingCatalog::make("net.open", {"127.0.0.1", "587", "3"}, {}, "ports"),
            FindingCatalog::make("net.refused", {"127.0.0.1", "25", "1"}, {}, "ports")};
        ended.checks = {{"ports", "done", {}}};
        ended.durationMs = 40;
        journal.endStep("connectivity", ended);

        journal.beginStep("testEmail");
        journal.addEvent("testEmail", {2, "ports", Event::Kind::Connect, "587: open"});
        journal.endCheck("testEmail", "ports", "done");
        journal.addEvent("testEmail", {5, "smtp", Event::Kind::Received, "220 ready"});
        journal.addFinding("testEmail",
                           FindingCatalog::make(
                               "smtp.greeting_ok", {"127.0.0.1", "587", "220 ready"}, {}, "smtp"));
        journal.addEvent("testEmail", {7, "smtp", Event::Kind::Sent, "STARTTLS"});
        QVERIFY2(journal.error().isEmpty(), qPrintable(journal.error()));
    }
    // The kill cut the next line in the middle.
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"type\":\"event\",\"step\":\"testEmail\",\"event\":{\"t_ms\":9,\"che");
    file.close();

    QString error;
    const auto replayed = JournalReplay::readFile(path, &error);
    QVERIFY2(replayed, qPrintable(error));
    QCOMPARE(replayed->skippedLines, 1);
    QVERIFY(!replayed->finished);
    const Report &report = replayed->report;
    QCOMPARE(report.target.host, QStringLiteral("mail.example.com"));
    QCOMPARE(report.started, header().started);
    // The ended step from its report (two findings), the running one from its lines.
    QStringList ids;
    for (const Finding &finding : report.findings)
        ids.append(finding.id);
    QCOMPARE(ids, QStringList({"net.open", "net.refused", "smtp.greeting_ok"}));
    QCOMPARE(report.events.size(), 3);
    QCOMPARE(report.events.constLast().text, QStringLiteral("STARTTLS"));
    QCOMPARE(report.durationMs, 47);
    QVERIFY(report.stopped);
    QCOMPARE(report.stopped->reason, RunStop::Reason::Interrupted);
    // smtp logged last and never ended: it was the one waiting.
    QCOMPARE(report.stopped->checks, QStringList{"smtp"});
}

void TestRunJournal::aStepRunAgainReplacesItsEarlierRun()
{
    QTemporaryDir directory;
    const QString path = directory.filePath("run.jsonl");
    RunJournal journal(path);
    QVERIFY(journal.open(header()));
    journal.beginStep("connectivity");
    journal.addFinding(
        "connectivity",
        FindingCatalog::make("net.filtered", {"127.0.0.1", "587", "9"}, {}, "ports"));
    journal.beginStep("connectivity");
    journal.addFinding("connectivity",
                       FindingCatalog::make("net.open", {"127.0.0.1", "587", "2"}, {}, "ports"));
    const auto replayed = JournalReplay::readFile(path, nullptr);
    QVERIFY(replayed);
    QCOMPARE(replayed->report.findings.size(), 1);
    QCOMPARE(replayed->report.findings.constFirst().id, QStringLiteral("net.open"));
}

void TestRunJournal::aFinishedJournalIsNotStopped()
{
    QTemporaryDir directory;
    const QString path = directory.filePath("run.jsonl");
    RunJournal journal(path);
    QVERIFY(journal.open(header()));
    journal.beginStep("domain");
    Report ended = header();
    ended.findings = {
        FindingCatalog::make("domain.mx_ok", {"example.com", "mx.example.com"}, {}, "domain")};
    journal.endStep("domain", ended);
    const auto replayed = JournalReplay::readFile(path, nullptr);
    QVERIFY(replayed);
    QVERIFY(replayed->finished);
    QCOMPARE(replayed->skippedLines, 0);
    QVERIFY(!replayed->report.stopped);
    QCOMPARE(replayed->report.findings.size(), 1);
}

// The test e-mail step ends with the send, then goes on in the fetch-back:
// killed while it looks, the send's report holds and the fetch-back was the
// check waiting; ended again, its report replaces the lines, once.
void TestRunJournal::aResumedStepAddsToItsReport()
{
    QTemporaryDir directory;
    const QString path = directory.filePath("run.jsonl");
    RunJournal journal(path);
    QVERIFY(journal.open(header()));
    journal.beginStep("testEmail");
    Report sent = header();
    sent.findings = {
        FindingCatalog::make("smtp.greeting_ok", {"127.0.0.1", "587", "220 ready"}, {}, "smtp")};
    sent.checks = {{"smtp", "done", {}}};
    // A check that logs without a summary of its own ended with the send too.
    sent.events = {{1, "diagnosis", Event::Kind::Note, "started"},
                   {5, "smtp", Event::Kind::Received, "220 ready"}};
    sent.durationMs = 100;
    journal.endStep("testEmail", sent);
    journal.resumeStep("testEmail");
    journal.addEvent("testEmail", {130, "fetch-back", Event::Kind::Sent, "a002 SELECT INBOX"});

    auto replayed = JournalReplay::readFile(path, nullptr);
    QVERIFY(replayed);
    QVERIFY(!replayed->finished);
    QCOMPARE(replayed->report.findings.size(), 1);
    QCOMPARE(replayed->report.checks.size(), 1);
    QCOMPARE(replayed->report.events.size(), 3);
    QCOMPARE(replayed->report.events.constLast().text, QStringLiteral("a002 SELECT INBOX"));
    QCOMPARE(replayed->report.durationMs, 130);
    QVERIFY(replayed->report.stopped);
    QCOMPARE(replayed->report.stopped->reason, RunStop::Reason::Interrupted);
    QCOMPARE(replayed->report.stopped->checks, QStringList{"fetch-back"});

    const Finding landed = FindingCatalog::make(
        "message.delivered_inbox",
        FindingArgs{{FindingArg::Mailbox, "INBOX"}, {FindingArg::SecondsToArrival, "1"}},
        {},
        "fetch-back");
    journal.addFinding("testEmail", landed);
    journal.endCheck("testEmail", "fetch-back", "done");
    Report whole = sent;
    whole.findings.append(landed);
    whole.checks.append({"fetch-back", "done", {}});
    whole.events.append({130, "fetch-back", Event::Kind::Sent, "a002 SELECT INBOX"});
    whole.durationMs = 140;
    journal.endStep("testEmail", whole);
    replayed = JournalReplay::readFile(path, nullptr);
    QVERIFY(replayed);
    QVERIFY(replayed->finished);
    QVERIFY(!replayed->report.stopped);
    QStringList ids;
    for (const Finding &finding : replayed->report.findings)
        ids.append(finding.id);
    QCOMPARE(ids, QStringList({"smtp.greeting_ok", "message.delivered_inbox"}));
    QCOMPARE(replayed->report.events.size(), 3);
    QCOMPARE(replayed->report.durationMs, 140);
}

void TestRunJournal::notAJournal()
{
    QString error;
    QVERIFY(!JournalReplay::looksLikeJournal("{\"schema\":\"smtp-doctor-report/1\"}\n"));
    QVERIFY(!JournalReplay::read("{\"schema\":\"smtp-doctor-report/1\"}\n", &error));
    QVERIFY(!error.isEmpty());
    // A header cut by the kill: nothing to read back.
    QVERIFY(!JournalReplay::read("{\"type\":\"header\",\"schema\":\"smtp-doc", &error));
}

// A disk error (or a power cut on a file system that zero-fills) spoils one
// line in the middle: that line is skipped and counted, the ones after it
// still count.
void TestRunJournal::aDamagedLineInTheMiddleIsSkipped()
{
    QTemporaryDir directory;
    const QString path = directory.filePath("run.jsonl");
    {
        RunJournal journal(path);
        QVERIFY(journal.open(header()));
        journal.beginStep("connectivity");
        journal.addEvent("connectivity", {3, "ports", Event::Kind::Connect, "465: open"});
        journal.addEvent("connectivity", {4, "ports", Event::Kind::Connect, "2525: open"});
        journal.addFinding(
            "connectivity",
            FindingCatalog::make("net.open", {"127.0.0.1", "465", "3"}, {}, "ports"));
        QVERIFY2(journal.error().isEmpty(), qPrintable(journal.error()));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray data = file.readAll();
    // The second event's line: zeros from its start to its end.
    const qsizetype at = data.indexOf("2525: open");
    const qsizetype start = data.lastIndexOf('\n', at) + 1;
    const qsizetype end = data.indexOf('\n', at);
    QVERIFY(at > 0 && end > at);
    data.replace(start, end - start, QByteArray(end - start, '\0'));
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(data), data.size());
    file.close();

    QString error;
    const auto replayed = JournalReplay::readFile(path, &error);
    QVERIFY2(replayed, qPrintable(error));
    QCOMPARE(replayed->skippedLines, 1);
    QCOMPARE(replayed->report.events.size(), 1);
    QCOMPARE(replayed->report.events.constFirst().text, QStringLiteral("465: open"));
    QCOMPARE(replayed->report.findings.size(), 1);
    QCOMPARE(replayed->report.findings.constFirst().id, QStringLiteral("net.open"));
}

void TestRunJournal::refusedWriteLeavesTheLastWholeLine()
{
    QTemporaryDir directory;
    const QString path = directory.filePath("run.jsonl");
    RunJournal journal(path);
    QVERIFY(journal.open(header()));
    journal.beginStep("connectivity");
    const qint64 whole = QFileInfo(path).size();

    // The kernel refuses writes past this size (EFBIG instead of SIGXFSZ),
    // the way a full disk refuses them with ENOSPC.
    rlimit previous{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &previous), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = previous;
    limited.rlim_cur = rlim_t(whole + 300);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    int written = 0;
    for (int i = 0; i < 20 && journal.isOpen(); ++i) {
        journal.addEvent("connectivity",
                         {i, "ports", Event::Kind::Connect, QString(60, QLatin1Char('x'))});
        if (journal.isOpen())
            ++written;
    }
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &previous), 0);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!journal.isOpen());
    QVERIFY2(!journal.error().isEmpty(), "a refused write says why");
    QVERIFY(written > 0 && written < 20);
    // Later lines are not written at all, even with room again.
    journal.addEvent("connectivity", {99, "ports", Event::Kind::Note, "after"});

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.endsWith('\n'));
    QVERIFY(data.size() <= whole + 300);
    const auto replayed = JournalReplay::read(data, nullptr);
    QVERIFY(replayed);
    QCOMPARE(replayed->skippedLines, 0);
    QCOMPARE(replayed->report.events.size(), written);
}

QTEST_GUILESS_MAIN(TestRunJournal)
#include "tst_runjournal.moc"
