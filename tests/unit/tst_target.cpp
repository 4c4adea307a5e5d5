// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Target.h"

#include <QTest>

class TestTarget : public QObject
{
    Q_OBJECT
private slots:
    void resolverAddress_data();
    void resolverAddress();
    void securityNames();
};

void TestTarget::resolverAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");

    QTest::newRow("v4") << "127.0.0.1" << true << "127.0.0.1" << 53;
    QTest::newRow("v4 with port") << "127.0.0.1@5353" << true << "127.0.0.1" << 5353;
    QTest::newRow("v6") << "::1" << true << "::1" << 53;
    QTest::newRow("v6 with @port") << "::1@5300" << true << "::1" << 5300;
    QTest::newRow("v6 bracketed") << "[::1]:5300" << true << "::1" << 5300;
    QTest::newRow("spaces") << "  127.0.0.1  " << true << "127.0.0.1" << 53;
    QTest::newRow("name") << "dns.example" << false << "" << 0;
    QTest::newRow("port zero") << "127.0.0.1@0" << false << "" << 0;
    QTest::newRow("port too big") << "127.0.0.1@70000" << false << "" << 0;
    QTest::newRow("port not a number") << "127.0.0.1@x" << false << "" << 0;
    QTest::newRow("unclosed bracket") << "[::1:53" << false << "" << 0;
    QTest::newRow("empty") << "" << false << "" << 0;
}

void TestTarget::resolverAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto parsed = ResolverAddress::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QFETCH(QString, address);
    QFETCH(int, port);
    QCOMPARE(parsed->address, address);
    QCOMPARE(int(parsed->port), port);
    QCOMPARE(ResolverAddress::parse(parsed->toString())->port, parsed->port);
}

void TestTarget::securityNames()
{
    for (auto security :
         {Target::Security::None, Target::Security::StartTls, Target::Security::Tls})
        QCOMPARE(Target::securityFromName(Target::securityName(security)), security);
    QVERIFY(!Target::securityFromName("ssl"));
}

QTEST_GUILESS_MAIN(TestTarget)
#include "tst_target.moc"
