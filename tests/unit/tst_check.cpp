// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Check.h"

#include <QSignalSpy>
#include <QTest>

// A check whose work is a timer, to test the contract every check follows.
class TimerCheck : public Check
{
public:
    TimerCheck(int workMs, EventLog *log)
        : Check(QStringLiteral("timer"), log)
        , m_workMs(workMs)
    {
        m_work.setSingleShot(true);
        connect(&m_work, &QTimer::timeout, this, [this] {
            addFinding(QStringLiteral("net.open"), {"192.0.2.1", "25", "1"}, {});
            finish();
        });
    }
    int runs = 0;
    int aborts = 0;
    int deadlines = 0;

protected:
    void run() override
    {
        ++runs;
        m_work.start(m_workMs);
    }
    void abort() override
    {
        ++aborts;
        m_work.stop();
    }
    void onDeadline() override { ++deadlines; }

private:
    QTimer m_work;
    int m_workMs;
};

// A check that logs a line, then goes on with what it logged: a cancel()
// from a slot of that line must not pull the work out from under it.
class LogThenWorkCheck : public Check
{
public:
    explicit LogThenWorkCheck(EventLog *log)
        : Check(QStringLiteral("logthenwork"), log)
    {}
    bool abortedInsideRun = false;
    int aborts = 0;

protected:
    void run() override
    {
        m_inRun = true;
        log(Event::Kind::Sent, QStringLiteral("EHLO"));
        m_inRun = false;
    }
    void abort() override
    {
        ++aborts;
        abortedInsideRun = abortedInsideRun || m_inRun;
    }

private:
    bool m_inRun = false;
};

class TestCheck : public QObject
{
    Q_OBJECT
private slots:
    void startDefersTheWork();
    void finishedOnceWithFindings();
    void cancelHasItsOwnPath();
    void cancelFromOwnLogLineWaits();
    void deadlineBoundsTheCheck();
    void skipSaysWhy();
};

void TestCheck::startDefersTheWork()
{
    EventLog log;
    TimerCheck check(0, &log);
    check.start();
    QCOMPARE(check.runs, 0);
    QCOMPARE(check.status(), Check::Status::Running);
    QTRY_COMPARE(check.runs, 1);
}

void TestCheck::finishedOnceWithFindings()
{
    EventLog log;
    TimerCheck check(10, &log);
    QSignalSpy finished(&check, &Check::finished);
    QSignalSpy found(&check, &Check::findingAdded);
    check.start();
    QVERIFY(finished.wait(2000));
    check.cancel(); // after the end: ignored
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(found.count(), 1);
    QCOMPARE(check.status(), Check::Status::Done);
    QCOMPARE(check.findings().constFirst().check, QStringLiteral("timer"));
    QVERIFY(!log.events().isEmpty());
}

void TestCheck::cancelHasItsOwnPath()
{
    EventLog log;
    TimerCheck check(10000, &log);
    QSignalSpy finished(&check, &Check::finished);
    check.start();
    QTRY_COMPARE(check.runs, 1);
    check.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(check.aborts, 1);
    QCOMPARE(check.status(), Check::Status::Cancelled);
    QVERIFY(check.findings().isEmpty());
}

void TestCheck::cancelFromOwnLogLineWaits()
{
    EventLog log;
    LogThenWorkCheck check(&log);
    QSignalSpy finished(&check, &Check::finished);
    connect(&log, &EventLog::eventAdded, &check, [&check](const Event &event) {
        if (event.text == QLatin1String("EHLO"))
            check.cancel();
    });
    check.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(check.status(), Check::Status::Cancelled);
    QCOMPARE(check.aborts, 1);
    QVERIFY(!check.abortedInsideRun); // the logging code returned first
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
}

void TestCheck::deadlineBoundsTheCheck()
{
    EventLog log;
    TimerCheck check(10000, &log);
    check.setDeadline(50);
    QSignalSpy finished(&check, &Check::finished);
    check.start();
    QVERIFY(finished.wait(2000));
    QCOMPARE(check.status(), Check::Status::TimedOut);
    QCOMPARE(check.deadlines, 1);
    QCOMPARE(check.aborts, 1);
}

void TestCheck::skipSaysWhy()
{
    EventLog log;
    TimerCheck check(0, &log);
    QSignalSpy finished(&check, &Check::finished);
    check.skip("nothing to probe");
    QCOMPARE(finished.count(), 1);
    QCOMPARE(check.status(), Check::Status::Skipped);
    QCOMPARE(check.skipReason(), QStringLiteral("nothing to probe"));
    check.start(); // a skipped check never runs
    QTest::qWait(20);
    QCOMPARE(check.runs, 0);
}

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"
