// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Diagnosis.h"

#include <QSignalSpy>
#include <QTest>

// The job contract at the level of a whole diagnosis: finished() exactly
// once, however it ends. No network: each diagnosis here is cancelled
// before any check runs.
class TestDiagnosisLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void cancelBeforeStartFinishesOnce();
    void cancelTwiceFinishesOnce();
};

namespace {

Target loopbackTarget()
{
    Target target;
    target.host = QStringLiteral("127.0.0.1");
    target.extraPorts.clear();
    return target;
}

} // namespace

void TestDiagnosisLifecycle::cancelBeforeStartFinishesOnce()
{
    Diagnosis diagnosis(loopbackTarget());
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.cancel();
    // Never from inside cancel(): a caller connects and cancels in any order.
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE(finished.count(), 1);
    for (const Check *check : diagnosis.checks())
        QCOMPARE(check->status(), Check::Status::Skipped);
    // A start() after the end does nothing: no second finished().
    diagnosis.start();
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!diagnosis.isRunning());
}

void TestDiagnosisLifecycle::cancelTwiceFinishesOnce()
{
    Diagnosis diagnosis(loopbackTarget());
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.cancel();
    diagnosis.cancel();
    QTRY_COMPARE(finished.count(), 1);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestDiagnosisLifecycle)
#include "tst_diagnosislifecycle.moc"
