// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ConnectOutcome.h"

#include <QTest>

#include <cerrno>

using Kind = ConnectOutcome::Kind;

class TestConnectOutcome : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void errorNames();
};

void TestConnectOutcome::classify_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("connected") << 0 << Kind::Open;
    QTest::newRow("reset") << ECONNREFUSED << Kind::Refused;
    QTest::newRow("kernel timeout") << ETIMEDOUT << Kind::Filtered;
    QTest::newRow("icmp host unreachable") << EHOSTUNREACH << Kind::Unreachable;
    QTest::newRow("no route") << ENETUNREACH << Kind::Unreachable;
    QTest::newRow("no source address") << EADDRNOTAVAIL << Kind::Unreachable;
    QTest::newRow("local firewall") << EPERM << Kind::Unreachable;
    QTest::newRow("out of descriptors") << EMFILE << Kind::LocalError;
}

void TestConnectOutcome::classify()
{
    QFETCH(int, error);
    QFETCH(Kind, kind);
    QCOMPARE(ConnectOutcome::classify(error), kind);
}

void TestConnectOutcome::errorNames()
{
    ConnectOutcome outcome;
    outcome.error = ECONNREFUSED;
    QCOMPARE(outcome.errorName(), QStringLiteral("ECONNREFUSED"));
    outcome.error = EMFILE;
    QVERIFY(outcome.errorName().startsWith(QStringLiteral("errno ")));
}

QTEST_GUILESS_MAIN(TestConnectOutcome)
#include "tst_connectoutcome.moc"
