// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/DnsResolver.h"
#include "PeerInfo.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(DnsAnswer)

// DNSSEC validation by the libunbound resolver, with a trust anchor file,
// against NSD serving signed zones on loopback (the "dns-signed" peer):
// secure.test is signed correctly, bogus.test is signed and then one record
// (mail.bogus.test A) was changed after signing, unsigned.test is not
// signed. The trust anchor file holds the DS records of secure.test and
// bogus.test, made by peerctl when it signed them.
class TestDnssec : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void secure_data();
    void secure();
    void secureNonexistence();
    void bogus();
    void insecureOnSameServer();
    void insecureOnOtherServer();
    void noAnchorNoValidation();
    void wrongAnchorMakesSignedZoneBogus();
    void unreadableAnchorIsAnError();

private:
    static DnsAnswer lookup(DnsResolver &resolver, const QString &name, int type);
    static QStringList addressesOf(const DnsAnswer &answer);
    DnsResolver::Config signedConfig() const;

    quint16 m_signedPort = 0;
    quint16 m_plainPort = 0;
    QString m_trustAnchor;
};

void TestDnssec::initTestCase()
{
    REQUIRE_PEER(signedPeer, "dns-signed");
    REQUIRE_PEER(plain, "dns");
    m_signedPort = signedPeer.port("dns");
    m_plainPort = plain.port("dns");
    m_trustAnchor = signedPeer.value("trust_anchor");
    QVERIFY2(QFile::exists(m_trustAnchor), qPrintable(m_trustAnchor));
}

DnsResolver::Config TestDnssec::signedConfig() const
{
    DnsResolver::Config config;
    config.server = ResolverAddress{QStringLiteral("127.0.0.1"), m_signedPort};
    config.timeoutMs = 5000;
    config.trustAnchorFile = m_trustAnchor;
    return config;
}

DnsAnswer TestDnssec::lookup(DnsResolver &resolver, const QString &name, int type)
{
    DnsQuery *query = resolver.lookup(name, type);
    QSignalSpy finished(query, &DnsQuery::finished);
    if (!finished.wait(10000))
        return {};
    return finished.at(0).at(0).value<DnsAnswer>();
}

QStringList TestDnssec::addressesOf(const DnsAnswer &answer)
{
    QStringList found;
    for (const QHostAddress &address : answer.addresses)
        found.append(address.toString());
    return found;
}

void TestDnssec::secure_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("records");
    QTest::addColumn<QStringList>("addresses");

    QTest::newRow("apex A") << "secure.test" << int(DnsResolver::A) << 1
                            << QStringList{"127.0.0.1"};
    QTest::newRow("A") << "mail.secure.test" << int(DnsResolver::A) << 1
                       << QStringList{"127.0.0.1"};
    QTest::newRow("AAAA") << "mail.secure.test" << int(DnsResolver::Aaaa) << 1
                          << QStringList{"::1"};
    QTest::newRow("MX") << "secure.test" << int(DnsResolver::Mx) << 1 << QStringList{};
    QTest::newRow("TXT") << "secure.test" << int(DnsResolver::Txt) << 1 << QStringList{};
    QTest::newRow("DMARC TXT") << "_dmarc.secure.test" << int(DnsResolver::Txt) << 1
                               << QStringList{};
    QTest::newRow("no data") << "mail.secure.test" << int(DnsResolver::Txt) << 0 << QStringList{};
    // The tampering in bogus.test touched one record only.
    QTest::newRow("untouched name in bogus.test")
        << "intact.bogus.test" << int(DnsResolver::A) << 1 << QStringList{"127.0.0.1"};
}

void TestDnssec::secure()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(int, records);
    QFETCH(QStringList, addresses);

    DnsResolver resolver(signedConfig());
    QVERIFY2(resolver.setupError().isEmpty(), qPrintable(resolver.setupError()));
    const DnsAnswer answer = lookup(resolver, name, type);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.status, DnsAnswer::Status::NoError);
    QCOMPARE(answer.records.size(), records);
    QCOMPARE(addressesOf(answer), addresses);
    QVERIFY2(answer.secure, qPrintable(answer.summary()));
    QVERIFY2(!answer.bogus, qPrintable(answer.whyBogus));
}

void TestDnssec::secureNonexistence()
{
    // NXDOMAIN proven by a signed NSEC record is secure too.
    DnsResolver resolver(signedConfig());
    const DnsAnswer answer = lookup(resolver, "missing.secure.test", DnsResolver::A);
    QCOMPARE(answer.status, DnsAnswer::Status::NxDomain);
    QVERIFY(answer.secure);
    QVERIFY(!answer.bogus);
}

void TestDnssec::bogus()
{
    DnsResolver resolver(signedConfig());
    const DnsAnswer answer = lookup(resolver, "mail.bogus.test", DnsResolver::A);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QVERIFY2(answer.bogus, qPrintable(answer.summary()));
    QVERIFY(!answer.secure);
    QVERIFY2(!answer.whyBogus.isEmpty(), "libunbound says why an answer is bogus");
    // libunbound hands over a bogus answer as it came: rcode NOERROR and the
    // forged data (127.0.0.2). DnsAnswer keeps those facts; whoever uses the
    // addresses must look at `bogus` first (dns.dnssec_bogus).
    QCOMPARE(answer.rcode, 0);
    QCOMPARE(answer.status, DnsAnswer::Status::NoError);
    QCOMPARE(addressesOf(answer), QStringList{"127.0.0.2"});
}

void TestDnssec::insecureOnSameServer()
{
    // No trust anchor covers unsigned.test: answers are neither secure nor bogus.
    DnsResolver resolver(signedConfig());
    const DnsAnswer answer = lookup(resolver, "mail.unsigned.test", DnsResolver::A);
    QCOMPARE(answer.status, DnsAnswer::Status::NoError);
    QCOMPARE(addressesOf(answer), QStringList{"127.0.0.1"});
    QVERIFY(!answer.secure);
    QVERIFY(!answer.bogus);
}

void TestDnssec::insecureOnOtherServer()
{
    // The same trust anchors, asking the unsigned doctor.test server ("dns").
    DnsResolver::Config config = signedConfig();
    config.server = ResolverAddress{QStringLiteral("127.0.0.1"), m_plainPort};
    DnsResolver resolver(config);
    QVERIFY2(resolver.setupError().isEmpty(), qPrintable(resolver.setupError()));
    const DnsAnswer answer = lookup(resolver, "mail.doctor.test", DnsResolver::A);
    QCOMPARE(answer.status, DnsAnswer::Status::NoError);
    QCOMPARE(addressesOf(answer), QStringList{"127.0.0.1"});
    QVERIFY(!answer.secure);
    QVERIFY(!answer.bogus);
    const DnsAnswer missing = lookup(resolver, "missing.doctor.test", DnsResolver::A);
    QCOMPARE(missing.status, DnsAnswer::Status::NxDomain);
    QVERIFY(!missing.secure);
    QVERIFY(!missing.bogus);
}

void TestDnssec::noAnchorNoValidation()
{
    // Without a trust anchor file, a chosen server gets no root anchor either
    // (it would make every .test answer bogus): nothing is validated, and the
    // tampered record comes back as it is served.
    DnsResolver::Config config = signedConfig();
    config.trustAnchorFile.clear();
    DnsResolver resolver(config);
    const DnsAnswer tampered = lookup(resolver, "mail.bogus.test", DnsResolver::A);
    QCOMPARE(tampered.status, DnsAnswer::Status::NoError);
    QCOMPARE(addressesOf(tampered), QStringList{"127.0.0.2"});
    QVERIFY(!tampered.secure);
    QVERIFY(!tampered.bogus);
    const DnsAnswer good = lookup(resolver, "mail.secure.test", DnsResolver::A);
    QCOMPARE(addressesOf(good), QStringList{"127.0.0.1"});
    QVERIFY(!good.secure);
    QVERIFY(!good.bogus);
}

void TestDnssec::wrongAnchorMakesSignedZoneBogus()
{
    // A DS record whose digest matches no key: the correctly signed zone
    // cannot be validated any more, so its answers are bogus.
    QFile original(m_trustAnchor);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray anchors;
    for (QByteArray line : original.readAll().split('\n')) {
        if (line.startsWith("secure.test.")) {
            const int last = line.size() - 1;
            line[last] = line.at(last) == '0' ? '1' : '0'; // last hex digit of the digest
        }
        anchors += line + '\n';
    }
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QFile wrong(directory.filePath("wrong.ds"));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write(anchors);
    wrong.close();

    DnsResolver::Config config = signedConfig();
    config.trustAnchorFile = wrong.fileName();
    DnsResolver resolver(config);
    const DnsAnswer answer = lookup(resolver, "mail.secure.test", DnsResolver::A);
    QVERIFY2(answer.bogus, qPrintable(answer.summary()));
    QVERIFY(!answer.secure);
}

void TestDnssec::unreadableAnchorIsAnError()
{
    // A trust anchor that cannot be read must not silently turn validation off.
    DnsResolver::Config config = signedConfig();
    config.trustAnchorFile = QStringLiteral("/nonexistent/trust-anchors.ds");
    // The resolver reads its anchors when it is made (its worker is set up
    // there), so it refuses at once, and every lookup says why. libunbound
    // is not asked again: after a failed set-up, libunbound 1.26 (Debian 13)
    // ends the process on the next lookup ("unexpected already initialised
    // modules"), so the second lookup here is the one that would.
    DnsResolver resolver(config);
    QVERIFY(!resolver.setupError().isEmpty());
    for (const char *name : {"mail.bogus.test", "mail.secure.test"}) {
        const DnsAnswer answer = lookup(resolver, QLatin1String(name), DnsResolver::A);
        QCOMPARE(answer.error, resolver.setupError());
        QVERIFY(!answer.secure);
    }
}

QTEST_GUILESS_MAIN(TestDnssec)
#include "tst_dnssec.moc"
