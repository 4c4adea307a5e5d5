// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "PeerInfo.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

// `smtp-doctor-cli message` on the sending address's reverse DNS and the DNS
// blocklists, against the reputation lab (tests/peers/reputationlab.py, the
// reputation-lab peer): NSD serves the reverse zones of a few sending
// addresses and zones named exactly zen.spamhaus.org, bl.spamcop.net and
// b.barracudacentral.org with test entries. The resolver is pointed at that
// NSD only, so no query leaves the machine. A silent UDP socket of this test
// is the resolver that never answers, and counts what reaches it.
class TestMessageReputation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cases_data();
    void cases();
    void factsInJson();
    void silentResolverCouldNotCheck();
    void offlineAsksNothing();

private:
    QString messageFrom(const QString &address, const QString &name);
    CliRun check(const QString &address, const QStringList &extra, quint16 port = 0);

    QTemporaryDir m_dir;
    quint16 m_dnsPort = 0;
    int m_files = 0;
};

namespace {

QJsonObject senderChecks(const QJsonObject &finding)
{
    const QString text = finding.value("facts")
                             .toObject()
                             .value(QStringLiteral("sender-checks"))
                             .toString();
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject listNamed(const QJsonObject &checks, const QString &zone)
{
    for (const QJsonValue &value : checks.value("blocklists").toArray()) {
        if (value.toObject().value("zone").toString() == zone)
            return value.toObject();
    }
    return {};
}

QStringList messageIds(const CliRun &run, const QString &prefix)
{
    QStringList ids;
    for (const QJsonValue &value : run.json().value("findings").toArray()) {
        const QString id = value.toObject().value("id").toString();
        if (id.startsWith(prefix))
            ids.append(id);
    }
    return ids;
}

} // namespace

void TestMessageReputation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    REQUIRE_PEER(lab, "reputation-lab");
    m_dnsPort = lab.port("dns");
    QVERIFY(m_dnsPort != 0);
}

// Headers as a receiver writes them: its Received line names the client
// (the sending address) and its Authentication-Results name the receiver.
QString TestMessageReputation::messageFrom(const QString &address, const QString &name)
{
    const QString literal = address.contains(':') ? QStringLiteral("IPv6:") + address : address;
    const QString text
        = QStringLiteral(
              "Received: from %2 (%2 [%1])\r\n"
              "\tby mx.receiver.test with ESMTPS id 4a7b; Mon, 07 Dec 2026 07:00:02 +0000\r\n"
              "Authentication-Results: mx.receiver.test; spf=none smtp.helo=%2\r\n"
              "From: Alice <alice@sender.test>\r\n"
              "To: bob@receiver.test\r\n"
              "Subject: reputation lab\r\n"
              "Date: Mon, 07 Dec 2026 07:00:00 +0000\r\n"
              "Message-ID: <%3@sender.test>\r\n\r\n")
              .arg(literal, name, QString::number(++m_files));
    const QString path = m_dir.filePath(QStringLiteral("message-%1.eml").arg(m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

CliRun TestMessageReputation::check(const QString &address, const QStringList &extra, quint16 port)
{
    return CliRun::run(QStringList{"message",
                                   "--file",
                                   messageFrom(address, QStringLiteral("client.sender.test")),
                                   "--resolver",
                                   QStringLiteral("127.0.0.1@%1").arg(port ? port : m_dnsPort),
                                   "--timeout",
                                   "2",
                                   "--format",
                                   "json"}
                       + extra);
}

void TestMessageReputation::cases_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("expected"); // every id (ptr/fcrdns/ip_*) it must give
    QTest::addColumn<QStringList>("reasons");  // the "reason" fact of each, in that order

    QTest::newRow("fcrdns ok, on no list")
        << "198.18.0.10" << QStringList{}
        << QStringList{"message.fcrdns_ok", "message.ip_not_listed"}
        << QStringList{"confirmed", "not-listed"};
    QTest::newRow("ptr missing (NXDOMAIN), SBL")
        << "198.18.0.11" << QStringList{}
        << QStringList{"message.ptr_missing", "message.ip_listed", "message.ip_not_listed"}
        << QStringList{"missing", "spam", "not-listed"};
    QTest::newRow("ptr missing (NODATA)")
        << "198.18.0.15" << QStringList{}
        << QStringList{"message.ptr_missing", "message.ip_not_listed"}
        << QStringList{"missing", "not-listed"};
    QTest::newRow("not forward-confirmed, XBL and SpamCop")
        << "198.18.0.12" << QStringList{}
        << QStringList{"message.fcrdns_mismatch",
                       "message.ip_listed",
                       "message.ip_listed",
                       "message.ip_not_listed"}
        << QStringList{"mismatch", "exploited", "spam", "not-listed"};
    QTest::newRow("PBL is a policy listing")
        << "198.18.0.13" << QStringList{}
        << QStringList{"message.fcrdns_ok", "message.ip_listed", "message.ip_not_listed"}
        << QStringList{"confirmed", "policy", "not-listed"};
    QTest::newRow("Spamhaus refused: unknown, never not listed")
        << "198.18.0.14" << QStringList{}
        << QStringList{"message.fcrdns_ok", "message.ip_list_unknown", "message.ip_not_listed"}
        << QStringList{"confirmed", "refused", "not-listed"};
    QTest::newRow("IPv6: nibbles, ZEN only")
        << "2001:2::25" << QStringList{} << QStringList{"message.fcrdns_ok", "message.ip_listed"}
        << QStringList{"confirmed", "spam"};
    QTest::newRow("--dnsbl: a zone not served cannot be checked")
        << "198.18.0.11" << QStringList{"--dnsbl", "zen.spamhaus.org,dnsbl.unserved.test"}
        << QStringList{"message.ptr_missing", "message.ip_listed", "message.ip_list_unknown"}
        << QStringList{"missing", "spam", "unchecked"};
    QTest::newRow("--no-dnsbl") << "198.18.0.11" << QStringList{"--no-dnsbl"}
                                << QStringList{"message.ptr_missing"} << QStringList{"missing"};
}

void TestMessageReputation::cases()
{
    QFETCH(QString, address);
    QFETCH(QStringList, extra);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, reasons);
    const CliRun run = check(address, extra);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    QStringList ids;
    QStringList gotReasons;
    for (const QJsonValue &value : run.json().value("findings").toArray()) {
        const QJsonObject finding = value.toObject();
        const QString id = finding.value("id").toString();
        if (!id.startsWith("message.ptr_") && !id.startsWith("message.fcrdns_")
            && !id.startsWith("message.ip_"))
            continue;
        ids.append(id);
        gotReasons.append(finding.value("facts").toObject().value("reason").toString());
        QCOMPARE(finding.value("subject").toObject().value("address").toString(), address);
        // Privacy: every such finding says which lists were asked.
        const QString evidence = finding.value("evidence").toVariant().toStringList().join('\n');
        if (extra.contains("--no-dnsbl"))
            QVERIFY2(evidence.contains("Blocklists: none asked"), qPrintable(evidence));
        else
            QVERIFY2(evidence.contains("Blocklists asked about " + address + ": zen.spamhaus.org"),
                     qPrintable(evidence));
    }
    QCOMPARE(ids, expected);
    QCOMPARE(gotReasons, reasons);
    // A listing is a failure (exit 1) unless it is only a policy listing.
    const bool failing = reasons.contains("spam") || reasons.contains("exploited");
    QCOMPARE(run.exitCode, failing ? 1 : 0);
}

void TestMessageReputation::factsInJson()
{
    const CliRun run = check("198.18.0.12", {});
    const QJsonObject checks = senderChecks(run.finding("message.fcrdns_mismatch"));
    QCOMPARE(checks.value("address").toString(), QStringLiteral("198.18.0.12"));
    const QJsonObject ptr = checks.value("ptr").toObject();
    QCOMPARE(ptr.value("query").toString(), QStringLiteral("12.0.18.198.in-addr.arpa"));
    QCOMPARE(ptr.value("names").toArray().toVariantList(), QVariantList{"other.sender.test"});
    const QJsonObject forward = checks.value("fcrdns").toObject();
    QCOMPARE(forward.value("state").toString(), QStringLiteral("mismatch"));
    QCOMPARE(forward.value("names")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("addresses")
                 .toArray()
                 .toVariantList(),
             QVariantList{"198.18.0.99"});
    const QJsonObject zen = listNamed(checks, "zen.spamhaus.org");
    QCOMPARE(zen.value("query").toString(), QStringLiteral("12.0.18.198.zen.spamhaus.org"));
    QCOMPARE(zen.value("state").toString(), QStringLiteral("listed"));
    const QJsonObject code = zen.value("answers").toArray().at(0).toObject();
    QCOMPARE(code.value("answer").toString(), QStringLiteral("127.0.0.4"));
    QCOMPARE(code.value("list").toString(), QStringLiteral("XBL"));
    QCOMPARE(listNamed(checks, "bl.spamcop.net").value("state").toString(),
             QStringLiteral("listed"));
    QCOMPARE(listNamed(checks, "b.barracudacentral.org").value("state").toString(),
             QStringLiteral("not-listed"));
    // The IPv6 address: the lists without IPv6 data are not asked, and say so.
    const CliRun v6 = check("2001:2::25", {});
    const QJsonObject v6checks = senderChecks(v6.finding("message.ip_listed"));
    QCOMPARE(listNamed(v6checks, "zen.spamhaus.org").value("query").toString(),
             QStringLiteral("5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.2.0.0.0.1.0.0.2"
                            ".zen.spamhaus.org"));
    QCOMPARE(listNamed(v6checks, "bl.spamcop.net").value("state").toString(),
             QStringLiteral("skipped"));
    QVERIFY(v6.finding("message.ip_listed")
                .value("evidence")
                .toVariant()
                .toStringList()
                .contains("bl.spamcop.net: not asked (it lists IPv4 addresses only)"));
}

void TestMessageReputation::silentResolverCouldNotCheck()
{
    // A resolver that never answers: PTR and every list "could not check".
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    QElapsedTimer timer;
    timer.start();
    const CliRun run = check("198.18.0.11", {}, silent.localPort());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(messageIds(run, "message.ptr_"), QStringList{"message.ptr_unchecked"});
    QCOMPARE(messageIds(run, "message.ip_"),
             QStringList(3, QStringLiteral("message.ip_list_unknown")));
    for (const QString &zone : {"zen.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org"})
        QCOMPARE(listNamed(senderChecks(run.finding("message.ptr_unchecked")), zone)
                     .value("status")
                     .toString(),
                 QStringLiteral("timeout"));
    QVERIFY(silent.hasPendingDatagrams()); // they were asked, all at once
    // One --timeout (2 s) for all of them, not one per list.
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
}

void TestMessageReputation::offlineAsksNothing()
{
    QUdpSocket counter;
    QVERIFY(counter.bind(QHostAddress::LocalHost, 0));
    const CliRun run = check("198.18.0.11", {"--offline"}, counter.localPort());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(messageIds(run, "message.ptr_").isEmpty());
    QVERIFY(messageIds(run, "message.ip_").isEmpty());
    QVERIFY(run.findingIds().contains("message.received_chain"));
    QVERIFY(!counter.hasPendingDatagrams());
}

QTEST_GUILESS_MAIN(TestMessageReputation)
#include "tst_messagereputation.moc"
