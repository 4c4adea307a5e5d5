// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/DnsResolver.h"
#include "PeerInfo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

Q_DECLARE_METATYPE(DnsAnswer)

// The libunbound resolver against a real DNS server (NSD) on loopback.
class TestResolver : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void answers_data();
    void answers();
    void cnameIsFollowed();
    void mxRecordsAreRaw();
    void silentServerTimesOut();
    void workerSetUpAtConstructionSendsNothing();
    void sourceInterface();
    void sourceForgetsDeadContext();

private:
    DnsAnswer lookup(DnsResolver &resolver, const QString &name, int type);
    // A resolver that asks only `socket` (on loopback), and waits 300 ms.
    static DnsResolver::Config askingOnly(const QUdpSocket &socket);
    DnsResolver::Config m_config;
};

void TestResolver::initTestCase()
{
    REQUIRE_PEER(dns, "dns");
    m_config.server = ResolverAddress{QStringLiteral("127.0.0.1"), dns.port("dns")};
    m_config.timeoutMs = 5000;
}

DnsAnswer TestResolver::lookup(DnsResolver &resolver, const QString &name, int type)
{
    DnsQuery *query = resolver.lookup(name, type);
    QSignalSpy finished(query, &DnsQuery::finished);
    if (!finished.wait(10000))
        return {};
    return finished.at(0).at(0).value<DnsAnswer>();
}

void TestResolver::answers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<DnsAnswer::Status>("status");
    QTest::addColumn<QStringList>("addresses");

    QTest::newRow("A") << "mail.doctor.test" << int(DnsResolver::A) << DnsAnswer::Status::NoError
                       << QStringList{"127.0.0.1"};
    QTest::newRow("AAAA") << "mail.doctor.test" << int(DnsResolver::Aaaa)
                          << DnsAnswer::Status::NoError << QStringList{"::1"};
    QTest::newRow("no AAAA") << "v4only.doctor.test" << int(DnsResolver::Aaaa)
                             << DnsAnswer::Status::NoError << QStringList{};
    QTest::newRow("NXDOMAIN") << "missing.doctor.test" << int(DnsResolver::A)
                              << DnsAnswer::Status::NxDomain << QStringList{};
    QTest::newRow("trailing dot") << "mail.doctor.test." << int(DnsResolver::A)
                                  << DnsAnswer::Status::NoError << QStringList{"127.0.0.1"};
}

void TestResolver::answers()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(DnsAnswer::Status, status);
    QFETCH(QStringList, addresses);

    DnsResolver resolver(m_config);
    QVERIFY2(resolver.setupError().isEmpty(), qPrintable(resolver.setupError()));
    const DnsAnswer answer = lookup(resolver, name, type);
    QCOMPARE(answer.status, status);
    QStringList found;
    for (const QHostAddress &address : answer.addresses)
        found.append(address.toString());
    QCOMPARE(found, addresses);
    // An unsigned test zone through a forwarder without trust anchor.
    QVERIFY(!answer.secure);
    QVERIFY(!answer.bogus);
}

void TestResolver::cnameIsFollowed()
{
    DnsResolver resolver(m_config);
    const DnsAnswer answer = lookup(resolver, "alias.doctor.test", DnsResolver::A);
    QCOMPARE(answer.status, DnsAnswer::Status::NoError);
    QCOMPARE(answer.addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.1"))});
    QCOMPARE(answer.canonicalName, QStringLiteral("mail.doctor.test."));
}

void TestResolver::mxRecordsAreRaw()
{
    DnsResolver resolver(m_config);
    const DnsAnswer answer = lookup(resolver, "doctor.test", DnsResolver::Mx);
    QCOMPARE(answer.status, DnsAnswer::Status::NoError);
    QCOMPARE(answer.records.size(), 1);
    // Preference 10, then mail.doctor.test in wire format.
    QCOMPARE(answer.records.at(0),
             QByteArray("\x00\x0a\x04mail\x06"
                        "doctor\x04test\x00",
                        20));
}

DnsResolver::Config TestResolver::askingOnly(const QUdpSocket &socket)
{
    DnsResolver::Config config;
    config.server = ResolverAddress{QStringLiteral("127.0.0.1"), socket.localPort()};
    config.timeoutMs = 300;
    return config;
}

void TestResolver::silentServerTimesOut()
{
    // A DNS "server" that reads every query and never answers.
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    DnsResolver resolver(askingOnly(silent));
    QElapsedTimer clock;
    clock.start();
    const DnsAnswer answer = lookup(resolver, "mail.doctor.test", DnsResolver::A);
    QCOMPARE(answer.status, DnsAnswer::Status::Timeout);
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(silent.hasPendingDatagrams()); // the query really went there
}

// The threads of this process, from /proc (Linux).
static int threadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task"))
                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                   .size());
}

void TestResolver::workerSetUpAtConstructionSendsNothing()
{
    // libunbound sets its worker up on a context's first lookup (most of a
    // fast SPF evaluation's CPU); the resolver does it when it is made, with
    // a lookup its own local zone answers. The worker is a thread, there
    // from the constructor on, and the forwarder has been sent nothing.
    QUdpSocket forwarder;
    QVERIFY(forwarder.bind(QHostAddress::LocalHost, 0));
    const int before = threadCount();
    {
        DnsResolver resolver(askingOnly(forwarder));
        QVERIFY2(resolver.setupError().isEmpty(), qPrintable(resolver.setupError()));
        QCOMPARE(threadCount(), before + 1);
        QTest::qWait(200); // the warm-up's answer comes back through the event loop
        QVERIFY(!forwarder.hasPendingDatagrams());
    }
    QTRY_COMPARE(threadCount(), before);
}

void TestResolver::sourceInterface()
{
    DnsResolver resolver(m_config);
    DnsSource &source = resolver;
    QObject context;
    int calls = 0;
    DnsAnswer seen;
    source.lookup("mail.doctor.test", DnsResolver::A, &context, [&](const DnsAnswer &answer) {
        ++calls;
        seen = answer;
    });
    QCOMPARE(calls, 0); // never from inside lookup()
    QTRY_COMPARE(calls, 1);
    QCOMPARE(seen.addresses.size(), 1);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void TestResolver::sourceForgetsDeadContext()
{
    DnsResolver resolver(m_config);
    int calls = 0;
    {
        QObject context;
        resolver.lookup(
            "mail.doctor.test", DnsResolver::A, &context, [&](const DnsAnswer &) { ++calls; });
    }
    QTest::qWait(500);
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
