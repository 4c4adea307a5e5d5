// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/Finding.h"
#include "message/BlocklistTable.h"
#include "message/ReputationAnalysis.h"
#include "message/ReverseQueryName.h"
#include "message/SenderReputationCheck.h"

#include <QTest>

// The pure parts of the sending address's checks: the query names (RFC 5782
// section 2.1 and 2.4), the blocklist table and its return codes, and the
// conclusions drawn from DNS answers, down to the findings.
class TestSenderReputation : public QObject
{
    Q_OBJECT
private slots:
    void queryNames_data();
    void queryNames();
    void zoneNames();
    void table();
    void codes_data();
    void codes();
    void tableRefusesUnsourcedRows();
    void listing_data();
    void listing();
    void ptr();
    void forward();
    void analysis();
};

namespace {

DnsAnswer answer(DnsAnswer::Status status, const QStringList &addresses = {})
{
    DnsAnswer result;
    result.status = status;
    for (const QString &address : addresses) {
        result.addresses.append(QHostAddress(address));
        result.records.append(QByteArray(4, '\0'));
    }
    return result;
}

// An uncompressed wire-format name, as libunbound hands PTR data over.
QByteArray wireName(const QString &name)
{
    QByteArray wire;
    for (const QString &label : name.split('.')) {
        wire.append(char(label.size()));
        wire.append(label.toLatin1());
    }
    wire.append('\0');
    return wire;
}

BlocklistTable::Blocklist zen()
{
    return BlocklistTable::builtIn().blocklist(QStringLiteral("zen.spamhaus.org"));
}

} // namespace

void TestSenderReputation::queryNames_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("ptr");
    QTest::addColumn<QString>("listed");
    QTest::newRow("IPv4") << "192.0.2.25"
                          << "25.2.0.192.in-addr.arpa"
                          << "25.2.0.192.zen.spamhaus.org";
    QTest::newRow("IPv4-mapped is IPv4") << "::ffff:198.51.100.7"
                                         << "7.100.51.198.in-addr.arpa"
                                         << "7.100.51.198.zen.spamhaus.org";
    QTest::newRow("IPv6 nibbles")
        << "2001:db8::1"
        << "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"
        << "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org";
    QTest::newRow("IPv6 letters in lower case")
        << "2001:DB8:ABCD::FE"
        << "e.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.d.c.b.a.8.b.d.0.1.0.0.2.ip6.arpa"
        << "e.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.d.c.b.a.8.b.d.0.1.0.0.2.zen.spamhaus.org";
}

void TestSenderReputation::queryNames()
{
    QFETCH(QString, address);
    QFETCH(QString, ptr);
    QFETCH(QString, listed);
    const QHostAddress host(address);
    QCOMPARE(ReverseQueryName::ptrName(host), ptr);
    QCOMPARE(ReverseQueryName::blocklistName(host, QStringLiteral("zen.spamhaus.org")), listed);
    // A zone typed with a final dot or in capitals asks the same name.
    QCOMPARE(ReverseQueryName::blocklistName(host, QStringLiteral("ZEN.Spamhaus.org.")), listed);
}

void TestSenderReputation::zoneNames()
{
    QVERIFY(ReverseQueryName::isZoneName("zen.spamhaus.org"));
    QVERIFY(ReverseQueryName::isZoneName("bl.spamcop.net."));
    QVERIFY(!ReverseQueryName::isZoneName("localhost"));
    QVERIFY(!ReverseQueryName::isZoneName("zen spamhaus.org"));
    QVERIFY(!ReverseQueryName::isZoneName("192.0.2.1"));
    QVERIFY(!ReverseQueryName::isZoneName(""));
}

void TestSenderReputation::table()
{
    const BlocklistTable &table = BlocklistTable::builtIn();
    QCOMPARE(table.defaultZones(),
             (QStringList{"zen.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org"}));
    for (const QString &zone : table.defaultZones()) {
        const BlocklistTable::Blocklist list = table.blocklist(zone);
        QVERIFY2(list.source.startsWith("https://"), qPrintable(zone));
        QVERIFY2(!list.checked.isEmpty(), qPrintable(zone));
        QVERIFY2(list.lookupUrl.startsWith("https://"), qPrintable(zone));
        QVERIFY2(!list.codes.isEmpty(), qPrintable(zone));
    }
    QVERIFY(zen().ipv6);
    QVERIFY(!table.blocklist("bl.spamcop.net").ipv6);
    // A zone the table does not know is still asked, by its own name.
    const BlocklistTable::Blocklist other = table.blocklist("DNSBL.Example.net");
    QCOMPARE(other.zone, QStringLiteral("dnsbl.example.net"));
    QCOMPARE(other.name, QStringLiteral("dnsbl.example.net"));
    QVERIFY(other.codes.isEmpty());
}

void TestSenderReputation::codes_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<BlocklistTable::Kind>("kind");
    QTest::addColumn<QString>("list");
    using Kind = BlocklistTable::Kind;
    QTest::newRow("ZEN SBL") << "zen.spamhaus.org"
                             << "127.0.0.2" << Kind::Spam << "SBL";
    QTest::newRow("ZEN CSS") << "zen.spamhaus.org"
                             << "127.0.0.3" << Kind::Spam << "CSS";
    QTest::newRow("ZEN XBL") << "zen.spamhaus.org"
                             << "127.0.0.4" << Kind::Exploited << "XBL";
    QTest::newRow("ZEN DROP") << "zen.spamhaus.org"
                              << "127.0.0.9" << Kind::Spam << "DROP";
    QTest::newRow("ZEN PBL ISP") << "zen.spamhaus.org"
                                 << "127.0.0.10" << Kind::Policy << "PBL";
    QTest::newRow("ZEN PBL Spamhaus") << "zen.spamhaus.org"
                                      << "127.0.0.11" << Kind::Policy << "PBL";
    QTest::newRow("ZEN typing error") << "zen.spamhaus.org"
                                      << "127.255.255.252" << Kind::Refused << "error";
    QTest::newRow("ZEN public resolver") << "zen.spamhaus.org"
                                         << "127.255.255.254" << Kind::Refused << "error";
    QTest::newRow("ZEN over the limit") << "zen.spamhaus.org"
                                        << "127.255.255.255" << Kind::Refused << "error";
    QTest::newRow("ZEN code not in the table") << "zen.spamhaus.org"
                                               << "127.0.0.77" << Kind::Listed << "";
    QTest::newRow("SpamCop") << "bl.spamcop.net"
                             << "127.0.0.2" << Kind::Spam << "SCBL";
    QTest::newRow("Barracuda") << "b.barracudacentral.org"
                               << "127.0.0.2" << Kind::Spam << "BRBL";
    QTest::newRow("unknown zone, RFC 5782") << "dnsbl.example.net"
                                            << "127.0.0.5" << Kind::Listed << "";
    QTest::newRow("outside 127/8") << "zen.spamhaus.org"
                                   << "192.0.2.80" << Kind::Unexpected << "";
}

void TestSenderReputation::codes()
{
    QFETCH(QString, zone);
    QFETCH(QString, answer);
    QFETCH(BlocklistTable::Kind, kind);
    QFETCH(QString, list);
    const BlocklistTable::Code code = BlocklistTable::classify(
        BlocklistTable::builtIn().blocklist(zone), QHostAddress(answer));
    QCOMPARE(code.kind, kind);
    QCOMPARE(code.list, list);
    QCOMPARE(code.answer, QHostAddress(answer));
}

void TestSenderReputation::tableRefusesUnsourcedRows()
{
    const auto table = [](const char *list) {
        return BlocklistTable::fromJson(QByteArray("{\"lists\":[") + list + "]}");
    };
    QVERIFY(table("{\"zone\":\"a.test\",\"name\":\"A\",\"source\":\"https://a.test\","
                  "\"checked\":\"2026-12-07\",\"codes\":[{\"answer\":\"127.0.0.2\","
                  "\"kind\":\"spam\"}]}"));
    // No source, an unknown kind, no list at all.
    QVERIFY(!table("{\"zone\":\"a.test\",\"name\":\"A\",\"checked\":\"2026-12-07\"}"));
    QVERIFY(!table("{\"zone\":\"a.test\",\"name\":\"A\",\"source\":\"https://a.test\","
                   "\"checked\":\"2026-12-07\",\"codes\":[{\"answer\":\"127.0.0.2\","
                   "\"kind\":\"bad\"}]}"));
    QVERIFY(!table(""));
}

void TestSenderReputation::listing_data()
{
    QTest::addColumn<DnsAnswer>("dns");
    QTest::addColumn<SenderReputation::Listing>("listing");
    using Listing = SenderReputation::Listing;
    using Status = DnsAnswer::Status;
    QTest::newRow("NXDOMAIN") << answer(Status::NxDomain) << Listing::NotListed;
    QTest::newRow("NODATA") << answer(Status::NoError) << Listing::NotListed;
    QTest::newRow("listed") << answer(Status::NoError, {"127.0.0.2"}) << Listing::Listed;
    QTest::newRow("refused is never not listed")
        << answer(Status::NoError, {"127.255.255.254"}) << Listing::Refused;
    QTest::newRow("a listing beside a refusal")
        << answer(Status::NoError, {"127.255.255.254", "127.0.0.4"}) << Listing::Listed;
    QTest::newRow("not a DNSBL answer")
        << answer(Status::NoError, {"192.0.2.80"}) << Listing::Unexpected;
    QTest::newRow("timeout") << answer(Status::Timeout) << Listing::Unchecked;
    QTest::newRow("SERVFAIL") << answer(Status::ServFail) << Listing::Unchecked;
    QTest::newRow("REFUSED rcode") << answer(Status::Refused) << Listing::Unchecked;
}

void TestSenderReputation::listing()
{
    QFETCH(DnsAnswer, dns);
    QFETCH(SenderReputation::Listing, listing);
    const SenderReputation::ListAnswer result = SenderReputationCheck::readListing(
        zen(), QStringLiteral("q.zen.spamhaus.org"), dns);
    QCOMPARE(result.listing, listing);
    QCOMPARE(result.codes.size(),
             dns.status == DnsAnswer::Status::NoError ? dns.addresses.size() : 0);
}

void TestSenderReputation::ptr()
{
    QStringList names;
    QCOMPARE(SenderReputationCheck::readPtr(answer(DnsAnswer::Status::NxDomain), &names),
             SenderReputation::Ptr::Missing);
    QCOMPARE(SenderReputationCheck::readPtr(answer(DnsAnswer::Status::NoError), &names),
             SenderReputation::Ptr::Missing);
    QCOMPARE(SenderReputationCheck::readPtr(answer(DnsAnswer::Status::ServFail), &names),
             SenderReputation::Ptr::Unchecked);
    QCOMPARE(SenderReputationCheck::readPtr(answer(DnsAnswer::Status::Timeout), &names),
             SenderReputation::Ptr::Unchecked);
    QVERIFY(names.isEmpty());
    DnsAnswer found = answer(DnsAnswer::Status::NoError);
    found.records = {
        wireName("Mail.Example.net"), wireName("mail.example.net"), wireName("out.example.net")};
    QCOMPARE(SenderReputationCheck::readPtr(found, &names), SenderReputation::Ptr::Found);
    QCOMPARE(names, (QStringList{"mail.example.net", "out.example.net"}));
}

void TestSenderReputation::forward()
{
    using Status = DnsAnswer::Status;
    const QHostAddress address("192.0.2.25");
    QString confirmed;
    QCOMPARE(SenderReputationCheck::concludeForward(address, {}, &confirmed),
             SenderReputation::Forward::NotAsked);
    const SenderReputation::ForwardName good{"mail.example.net", {address}, Status::NoError};
    const SenderReputation::ForwardName other{
        "a.example.net", {QHostAddress("192.0.2.99")}, Status::NoError};
    const SenderReputation::ForwardName gone{"b.example.net", {}, Status::NxDomain};
    const SenderReputation::ForwardName late{"c.example.net", {}, Status::Timeout};
    QCOMPARE(SenderReputationCheck::concludeForward(address, {other, good}, &confirmed),
             SenderReputation::Forward::Confirmed);
    QCOMPARE(confirmed, QStringLiteral("mail.example.net"));
    QCOMPARE(SenderReputationCheck::concludeForward(address, {other, gone}, &confirmed),
             SenderReputation::Forward::Mismatch);
    // A failed look-up and no match: unknown, not a mismatch.
    QCOMPARE(SenderReputationCheck::concludeForward(address, {other, late}, &confirmed),
             SenderReputation::Forward::Unchecked);
    QCOMPARE(SenderReputationCheck::concludeForward(address, {late, good}, &confirmed),
             SenderReputation::Forward::Confirmed);
}

void TestSenderReputation::analysis()
{
    SenderReputation reputation;
    reputation.address = QHostAddress("192.0.2.25");
    reputation.ptrQuery = ReverseQueryName::ptrName(reputation.address);
    reputation.ptr = SenderReputation::Ptr::Found;
    reputation.ptrStatus = DnsAnswer::Status::NoError;
    reputation.ptrNames = {"mail.example.net"};
    reputation.forwardNames = {
        {"mail.example.net", {reputation.address}, DnsAnswer::Status::NoError}};
    reputation.forward = SenderReputation::Forward::Confirmed;
    reputation.confirmedName = "mail.example.net";
    const QString name = ReverseQueryName::blocklistName(reputation.address, "zen.spamhaus.org");
    reputation.lists = {
        SenderReputationCheck::readListing(
            zen(), name, answer(DnsAnswer::Status::NoError, {"127.255.255.254"})),
        SenderReputationCheck::readListing(BlocklistTable::builtIn().blocklist("bl.spamcop.net"),
                                           "25.2.0.192.bl.spamcop.net",
                                           answer(DnsAnswer::Status::NxDomain))};
    const QList<Finding> findings = ReputationAnalysis::analyse(reputation);
    QStringList ids;
    for (const Finding &finding : findings)
        ids.append(finding.id);
    QCOMPARE(
        ids,
        (QStringList{"message.fcrdns_ok", "message.ip_list_unknown", "message.ip_not_listed"}));
    // The refused list is unknown, and the pass names only the list that answered.
    QCOMPARE(findings.at(1).facts.value(FindingArg::Reason), QStringLiteral("refused"));
    QVERIFY(findings.at(2).explanation.contains("SpamCop"));
    QVERIFY(!findings.at(2).explanation.contains("Spamhaus"));
    QCOMPARE(findings.at(1).severity, Finding::Severity::Info);
    for (const Finding &finding : findings) {
        QVERIFY(finding.evidence.contains(
            "Blocklists asked about 192.0.2.25: zen.spamhaus.org, bl.spamcop.net"));
        QVERIFY(finding.facts.contains(FindingArg::SenderChecks));
    }
}

QTEST_GUILESS_MAIN(TestSenderReputation)
#include "tst_senderreputation.moc"
