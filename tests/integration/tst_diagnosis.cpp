// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Diagnosis.h"
#include "PeerInfo.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// The engine in-process: findings arrive live, the transcript is logged,
// and cancel ends a run that would otherwise wait.
class TestDiagnosis : public QObject
{
    Q_OBJECT
private slots:
    void findingsArriveLive();
    void cancelEndsAWaitingRun();
    void unreadableCaFileIsASetupError();
};

void TestDiagnosis::findingsArriveLive()
{
    REQUIRE_PEER(exim, "exim");
    Target target;
    target.host = "127.0.0.1";
    target.port = exim.port("smtp");
    target.security = Target::Security::StartTls;
    target.caFile = exim.value("ca_file");
    target.extraPorts.clear();
    Diagnosis diagnosis(target);
    QVERIFY(diagnosis.setupError().isEmpty());
    QSignalSpy found(&diagnosis, &Diagnosis::findingAdded);
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.start();
    QVERIFY(finished.wait(30000));
    // net.open, smtp.greeting_ok, tls.ok, smtp.auth_mechanisms.
    QCOMPARE(found.count(), 4);
    QCOMPARE(diagnosis.findings().size(), 4);
    QStringList sent;
    for (const Event &event : diagnosis.eventLog()->events()) {
        if (event.kind == Event::Kind::Sent)
            sent.append(event.text.section(QLatin1Char(' '), 0, 0));
    }
    // EHLO, STARTTLS, EHLO again inside TLS, QUIT (RFC 3207 section 4.2).
    QCOMPARE(sent, QStringList({"EHLO", "STARTTLS", "EHLO", "QUIT"}));
    QVERIFY(!diagnosis.isRunning());
}

void TestDiagnosis::cancelEndsAWaitingRun()
{
    // Accepts connections and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    Target target;
    target.host = "127.0.0.1";
    target.port = silent.serverPort();
    target.security = Target::Security::None;
    target.stepTimeoutMs = 30000;
    target.extraPorts.clear();
    Diagnosis diagnosis(target);
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.start();
    QTRY_VERIFY(silent.hasPendingConnections());
    QTcpSocket *accepted = silent.nextPendingConnection();
    QElapsedTimer clock;
    clock.start();
    diagnosis.cancel();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(clock.elapsed() < 2000);
    // The engine closed its side of the connection.
    QTRY_COMPARE(accepted->state(), QAbstractSocket::UnconnectedState);
    for (const Check *check : diagnosis.checks()) {
        if (check->name() == QLatin1String("smtp"))
            QCOMPARE(check->status(), Check::Status::Cancelled);
    }
}

void TestDiagnosis::unreadableCaFileIsASetupError()
{
    Target target;
    target.host = "127.0.0.1";
    target.caFile = "/nonexistent/ca.pem";
    Diagnosis diagnosis(target);
    QVERIFY(!diagnosis.setupError().isEmpty());
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
