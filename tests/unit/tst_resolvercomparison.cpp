// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/ResolverComparison.h"

#include <QTest>

namespace {

DnsAnswer answer(int type, DnsAnswer::Status status, const QStringList &addresses = {})
{
    DnsAnswer result;
    result.name = QStringLiteral("mail.example.com");
    result.type = type;
    result.status = status;
    for (const QString &address : addresses)
        result.addresses.append(QHostAddress(address));
    return result;
}

const DnsAnswer::Status ok = DnsAnswer::Status::NoError;
const DnsAnswer::Status nx = DnsAnswer::Status::NxDomain;

} // namespace

class TestResolverComparison : public QObject
{
    Q_OBJECT
private slots:
    void same();
    void overlappingPools();
    void disjointAddresses();
    void existsForOneOnly();
    void aFailureProvesNothing();
};

void TestResolverComparison::same()
{
    const QList<DnsAnswer> both{answer(1, ok, {"192.0.2.1"}), answer(28, ok)};
    QVERIFY(!ResolverComparison::compare(both, both));
}

void TestResolverComparison::overlappingPools()
{
    // Round-robin pools seen at different moments share addresses.
    QVERIFY(!ResolverComparison::compare({answer(1, ok, {"192.0.2.1", "192.0.2.2"})},
                                         {answer(1, ok, {"192.0.2.2", "192.0.2.3"})}));
}

void TestResolverComparison::disjointAddresses()
{
    const auto disagreement = ResolverComparison::compare(
        {answer(1, ok, {"10.0.0.5"}), answer(28, ok)},
        {answer(1, ok, {"192.0.2.1"}), answer(28, ok, {"2001:db8::1"})});
    QVERIFY(disagreement);
    QCOMPARE(disagreement->systemView, QStringLiteral("10.0.0.5"));
    QCOMPARE(disagreement->chosenView, QStringLiteral("192.0.2.1, 2001:db8::1"));
    QCOMPARE(disagreement->evidence.size(), 4);
}

void TestResolverComparison::existsForOneOnly()
{
    const auto disagreement = ResolverComparison::compare({answer(1, nx), answer(28, nx)},
                                                          {answer(1, ok, {"192.0.2.1"})});
    QVERIFY(disagreement);
    QCOMPARE(disagreement->systemView, QStringLiteral("NXDOMAIN"));
}

void TestResolverComparison::aFailureProvesNothing()
{
    QVERIFY(!ResolverComparison::compare({answer(1, DnsAnswer::Status::Timeout)},
                                         {answer(1, ok, {"192.0.2.1"})}));
    QVERIFY(!ResolverComparison::compare({}, {answer(1, ok, {"192.0.2.1"})}));
}

QTEST_GUILESS_MAIN(TestResolverComparison)
#include "tst_resolvercomparison.moc"
