// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingIds.h"
#include "MessageSamples.h"
#include "message/MessageAnalysis.h"
#include "message/MessageParser.h"

#include <QFile>
#include <QTest>

// What a message that arrived says by itself: one case per finding, from the
// sample messages in tests/data/messages and small variations of them.
class TestMessageAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void quarantinedByGmail();
    void headersOnlyAllPass();
    void bounceClassified();
    void notAMessage();
    void noSlowHopUnderFiveMinutes();
    void rejectPolicy();
};

namespace {

QStringList idsOf(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &finding : findings)
        ids.append(finding.id);
    return ids;
}

const Finding *find(const QList<Finding> &findings, const char *id)
{
    for (const Finding &finding : findings) {
        if (finding.id == QLatin1String(id))
            return &finding;
    }
    return nullptr;
}

} // namespace

void TestMessageAnalysis::quarantinedByGmail()
{
    const QList<Finding> findings = MessageAnalysis::analyse(
        MessageParser::parse(messageSample("quarantined.eml")));
    QCOMPARE(idsOf(findings),
             QStringList({"message.receiver_results",
                          "message.dmarc_fail",
                          "message.dkim_missing",
                          "message.received_chain",
                          "message.slow_hop"}));
    // A variant ("#failed") keeps its id; its severity and words differ.
    const Finding *verdicts = find(findings, FindingId::MessageReceiverResults);
    QCOMPARE(verdicts->severity, Finding::Severity::Warning);
    QVERIFY2(verdicts->explanation.contains(QLatin1String(
                 "spf=softfail (www-data@shop.example.com), dmarc=fail (example.com)")),
             qPrintable(verdicts->explanation));
    const Finding *dmarc = find(findings, FindingId::MessageDmarcFail);
    QCOMPARE(dmarc->severity, Finding::Severity::Failure);
    QVERIFY(dmarc->explanation.contains(QLatin1String("mx.google.com")));
    QVERIFY(dmarc->explanation.contains(QLatin1String("(quarantine)")));
    QVERIFY(dmarc->title.contains(QLatin1String("spam folder")));
    const Finding *chain = find(findings, FindingId::MessageReceivedChain);
    QCOMPARE(chain->title, QStringLiteral("The message passed through 3 servers"));
    QCOMPARE(chain->evidence.size(), 3);
    QVERIFY2(chain->evidence.at(1).startsWith(
                 QLatin1String("2. from web12.hoster.example [203.0.113.25] by mx.google.com")),
             qPrintable(chain->evidence.at(1)));
    QVERIFY(chain->evidence.at(1).endsWith(QLatin1String("(+674 s)")));
    const Finding *slow = find(findings, FindingId::MessageSlowHop);
    QCOMPARE(slow->title, QStringLiteral("The message waited 11 minutes at one step"));
    QCOMPARE(slow->subject.host, QStringLiteral("mx.google.com"));
    QVERIFY(slow->explanation.contains(QLatin1String("after web12.hoster.example had")));
    for (const Finding &finding : findings)
        QCOMPARE(finding.check, QStringLiteral("message"));
}

void TestMessageAnalysis::headersOnlyAllPass()
{
    const QList<Finding> findings = MessageAnalysis::analyse(
        MessageParser::parse(messageSample("headers-only.txt")));
    QCOMPARE(
        idsOf(findings),
        QStringList({"message.receiver_results", "message.received_chain", "message.slow_hop"}));
    QCOMPARE(find(findings, FindingId::MessageReceiverResults)->severity, Finding::Severity::Pass);
    // Exim's hop 07:52:01, then Microsoft's 08:00:05: 8 minutes at the list server.
    const Finding *slow = find(findings, FindingId::MessageSlowHop);
    QCOMPARE(slow->title, QStringLiteral("The message waited 8 minutes at one step"));
    QCOMPARE(slow->subject.host, QStringLiteral("am0pr01mb1234.eurprd01.prod.example.net"));
}

void TestMessageAnalysis::bounceClassified()
{
    const QList<Finding> findings = MessageAnalysis::analyse(
        MessageParser::parse(messageSample("bounce.eml")));
    QCOMPARE(idsOf(findings),
             QStringList({"message.bounce",
                          "send.recipient_rejected",
                          "message.bounce",
                          "message.received_chain"}));
    const Finding *bounce = find(findings, FindingId::MessageBounce);
    QCOMPARE(bounce->severity, Finding::Severity::Failure);
    QCOMPARE(bounce->title, QStringLiteral("The message to bob@example.org was not delivered"));
    QCOMPARE(bounce->subject.host, QStringLiteral("mx1.example.org"));
    QVERIFY(bounce->evidence.contains(QStringLiteral("Status: 5.1.1")));
    // The classifier's finding carries its own advice for the same reply.
    const Finding *rejected = find(findings, FindingId::SendRecipientRejected);
    QVERIFY(!rejected->advice.isEmpty());
    QCOMPARE(rejected->check, QStringLiteral("message"));
    const Finding &delayed = findings.at(2);
    QCOMPARE(delayed.severity, Finding::Severity::Warning);
    QCOMPARE(delayed.title, QStringLiteral("The message to carol@example.org is delayed"));
    QVERIFY(delayed.explanation.contains(QLatin1String("4.4.1")));
}

void TestMessageAnalysis::notAMessage()
{
    const QList<Finding> findings = MessageAnalysis::analyse(
        MessageParser::parse(messageSample("not-a-message.txt")));
    QCOMPARE(idsOf(findings), QStringList({"message.unreadable"}));
    QCOMPARE(findings.at(0).severity, Finding::Severity::Warning);
    QVERIFY(!findings.at(0).advice.isEmpty());
}

void TestMessageAnalysis::noSlowHopUnderFiveMinutes()
{
    const QByteArray message
        = "Received: from b.example (b.example [192.0.2.2]) by c.example with ESMTPS id 2;\n"
          " Tue, 5 Dec 2023 10:04:59 +0000\n"
          "Received: from a.example (a.example [192.0.2.1]) by b.example with ESMTPS id 1;\n"
          " Tue, 5 Dec 2023 10:00:00 +0000\n"
          "DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s; h=from; bh=x; b=y\n"
          "From: a@example.com\n\n";
    const QStringList ids = idsOf(MessageAnalysis::analyse(MessageParser::parse(message)));
    QCOMPARE(ids, QStringList({"message.received_chain"}));
}

void TestMessageAnalysis::rejectPolicy()
{
    // Microsoft writes the policy it applied as action=.
    const QByteArray message
        = "Authentication-Results: spf=fail (sender IP is 192.0.2.9) smtp.mailfrom=example.com;\n"
          " dkim=none (message not signed) header.d=none;dmarc=fail action=oreject\n"
          " header.from=example.com;compauth=fail reason=000\n"
          "From: a@example.com\n\n";
    const QList<Finding> findings = MessageAnalysis::analyse(MessageParser::parse(message));
    const Finding *dmarc = find(findings, FindingId::MessageDmarcFail);
    QVERIFY(dmarc);
    QVERIFY(dmarc->title.startsWith(QLatin1String("Messages like this one are refused")));
    QVERIFY(dmarc->explanation.contains(QLatin1String("(oreject)")));
    QCOMPARE(find(findings, FindingId::MessageReceiverResults)->severity,
             Finding::Severity::Warning);
    QVERIFY(find(findings, FindingId::MessageDkimMissing));
}

QTEST_GUILESS_MAIN(TestMessageAnalysis)
#include "tst_messageanalysis.moc"
