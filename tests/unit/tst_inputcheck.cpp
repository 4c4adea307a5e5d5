// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/ProviderCatalog.h"
#include "input/InputCheck.h"

#include <QSignalSpy>
#include <QTest>

// What the input check reports as evidence: the host as typed for a host
// issue, the port and mode for a port issue.
class TestInputCheck : public QObject
{
    Q_OBJECT
private slots:
    void evidence_data();
    void evidence();
};

void TestInputCheck::evidence_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<Target::Security>("security");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("evidence");

    // Issue 14: the mismatch's evidence repeated the typed host.
    QTest::newRow("465 with starttls")
        << "http://smtp.gmail.com/" << 465 << Target::Security::StartTls
        << "input.port_security_mismatch" << QStringList{"port 465, security starttls"};
    QTest::newRow("587 with tls") << "smtp.example.com" << 587 << Target::Security::Tls
                                  << "input.port_security_mismatch"
                                  << QStringList{"port 587, security tls"};
    QTest::newRow("port 25") << "smtp.example.com" << 25 << Target::Security::StartTls
                             << "input.port_25_submission"
                             << QStringList{"port 25, security starttls"};
    QTest::newRow("scheme") << "http://smtp.gmail.com/" << 465 << Target::Security::StartTls
                            << "input.host_scheme"
                            << QStringList{"typed: \"http://smtp.gmail.com/\"",
                                           "diagnosing smtp.gmail.com instead"};
}

void TestInputCheck::evidence()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(Target::Security, security);
    QFETCH(QString, id);
    QFETCH(QStringList, evidence);
    Target typed;
    typed.host = host;
    typed.port = quint16(port);
    typed.security = security;
    EventLog log;
    InputCheck check(
        typed, HostInput::analyze(host, port, security, ProviderCatalog::instance()), &log);
    QSignalSpy finished(&check, &Check::finished);
    check.start();
    QVERIFY(finished.wait(2000));
    const auto finding = std::find_if(check.findings().cbegin(),
                                      check.findings().cend(),
                                      [&id](const Finding &finding) { return finding.id == id; });
    QVERIFY(finding != check.findings().cend());
    QCOMPARE(finding->evidence, evidence);
}

QTEST_GUILESS_MAIN(TestInputCheck)
#include "tst_inputcheck.moc"
