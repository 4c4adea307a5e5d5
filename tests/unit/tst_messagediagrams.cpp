// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingIds.h"
#include "MessageSamples.h"
#include "message/AlignmentSummary.h"
#include "message/HopTimeline.h"
#include "message/MessageDiagnosis.h"
#include "message/MessageParser.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MessageDiagrams.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

// The message step's engine side: the timeline and the alignment summary
// made from the sample messages, kept in message.received_chain's facts
// through a JSON report, drawn by MessageDiagrams into the HTML report; and
// MessageDiagnosis, the one entry of the CLI and the wizard.
class TestMessageDiagrams : public QObject
{
    Q_OBJECT
private slots:
    void timelineOfQuarantined();
    void alignmentOfQuarantined();
    void alignmentWithAnotherSigner();
    void noResultsMeansDomainsOnly();
    void factsSurviveJson();
    void hostileFactsAreIgnored();
    void htmlReportShowsBoth();
    void diagnosisIsAsynchronous();
    void inputProblems();
};

namespace {

Report reportOf(const QByteArray &source)
{
    MessageDiagnosis diagnosis(source);
    QSignalSpy finished(&diagnosis, &MessageDiagnosis::finished);
    diagnosis.start();
    if (!finished.wait(5000))
        qFatal("MessageDiagnosis did not finish");
    return diagnosis.report();
}

// Signed by the sending service's domain, not the From domain: the DKIM
// pass does not count for DMARC.
const QByteArray otherSigner = "Authentication-Results: mx.example.net;\r\n"
                               " spf=pass smtp.mailfrom=bounces@mail.sender.example;\r\n"
                               " dkim=pass header.d=sender.example header.s=s1;\r\n"
                               " dkim=pass header.d=news.example.com header.s=s2;\r\n"
                               " dmarc=pass header.from=example.com\r\n"
                               "Received: from out.sender.example ([198.51.100.7])\r\n"
                               " by mx.example.net with ESMTPS; Wed, 06 Dec 2023 08:00:05 +0000\r\n"
                               "From: News <news@example.com>\r\n"
                               "Date: Wed, 06 Dec 2023 08:00:01 +0000\r\n"
                               "Message-ID: <1@example.com>\r\n\r\nbody\r\n";

} // namespace

void TestMessageDiagrams::timelineOfQuarantined()
{
    const HopTimeline timeline = HopTimeline::fromMessage(
        MessageParser::parse(messageSample("quarantined.eml")));
    QCOMPARE(timeline.hops.size(), 3);
    const HopTimeline::Hop &first = timeline.hops.at(0);
    QCOMPARE(first.by, QStringLiteral("web12.hoster.example"));
    QVERIFY(!first.delaySeconds);
    QVERIFY(!first.slow);
    const HopTimeline::Hop &second = timeline.hops.at(1);
    QCOMPARE(second.from, QStringLiteral("web12.hoster.example [203.0.113.25]"));
    QCOMPARE(second.by, QStringLiteral("mx.google.com"));
    // 19:31:02 +0100 to 10:42:16 -0800: 11 min 14 s in the web host's queue.
    QCOMPARE(second.delaySeconds, std::optional<qint64>(674));
    QVERIFY(second.slow);
    QCOMPARE(timeline.hops.at(2).delaySeconds, std::optional<qint64>(1));
    QVERIFY(!timeline.hops.at(2).slow);

    const MessageDiagrams diagrams(QList<Finding>{});
    QVERIFY(diagrams.isEmpty());
    QCOMPARE(MessageDiagrams::delayText(674), QStringLiteral("11 min 14 s"));
    QCOMPARE(MessageDiagrams::delayText(7260), QStringLiteral("2 h 1 min"));
    QVERIFY(MessageDiagrams::delayText(-3).contains(QStringLiteral("clocks differ")));
}

void TestMessageDiagrams::alignmentOfQuarantined()
{
    const AlignmentSummary summary = AlignmentSummary::fromMessage(
        MessageParser::parse(messageSample("quarantined.eml")));
    QCOMPARE(summary.fromDomain, QStringLiteral("example.com"));
    QCOMPARE(summary.checks.size(), 2);
    const AlignmentSummary::Check &spf = summary.checks.at(0);
    QCOMPARE(spf.method, QStringLiteral("spf"));
    QCOMPARE(spf.domain, QStringLiteral("shop.example.com"));
    QCOMPARE(spf.result, QStringLiteral("softfail"));
    QVERIFY(spf.aligned);        // relaxed: the same organizational domain
    QVERIFY(!spf.strictAligned); // strict: another name
    const AlignmentSummary::Check &dmarc = summary.checks.at(1);
    QCOMPARE(dmarc.method, QStringLiteral("dmarc"));
    QCOMPARE(dmarc.domain, QStringLiteral("example.com"));
    QCOMPARE(dmarc.result, QStringLiteral("fail"));
    QVERIFY(dmarc.strictAligned);
}

void TestMessageDiagrams::alignmentWithAnotherSigner()
{
    const AlignmentSummary summary = AlignmentSummary::fromMessage(
        MessageParser::parse(otherSigner));
    QCOMPARE(summary.checks.size(), 4);
    QCOMPARE(summary.checks.at(0).domain, QStringLiteral("mail.sender.example"));
    QVERIFY(!summary.checks.at(0).aligned);
    QCOMPARE(summary.checks.at(1).domain, QStringLiteral("sender.example"));
    QVERIFY(!summary.checks.at(1).aligned);
    QCOMPARE(summary.checks.at(2).domain, QStringLiteral("news.example.com"));
    QVERIFY(summary.checks.at(2).aligned);

    const Report report = reportOf(otherSigner);
    const QStringList lines = MessageDiagrams(report).alignmentLines();
    QCOMPARE(lines.first(), QStringLiteral("From domain: example.com"));
    QVERIFY2(lines.contains(QStringLiteral("DKIM: sender.example, pass, not aligned")),
             qPrintable(lines.join('\n')));
    QVERIFY2(lines.constLast().endsWith(QStringLiteral(": DKIM does.")),
             qPrintable(lines.constLast()));
}

void TestMessageDiagrams::noResultsMeansDomainsOnly()
{
    // No Authentication-Results: the envelope sender and the signature's
    // domain, not checked.
    QByteArray source = otherSigner.mid(otherSigner.indexOf("Received:"));
    source.prepend("Return-Path: <bounces@mail.sender.example>\r\n"
                   "DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=sel1; h=from; "
                   "bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdA==\r\n");
    const AlignmentSummary summary = AlignmentSummary::fromMessage(MessageParser::parse(source));
    QCOMPARE(summary.checks.size(), 2);
    QCOMPARE(summary.checks.at(0).method, QStringLiteral("spf"));
    QCOMPARE(summary.checks.at(0).domain, QStringLiteral("mail.sender.example"));
    QVERIFY(summary.checks.at(0).result.isEmpty());
    QCOMPARE(summary.checks.at(1).method, QStringLiteral("dkim"));
    QCOMPARE(summary.checks.at(1).domain, QStringLiteral("example.com"));
    QVERIFY(summary.checks.at(1).strictAligned);
}

void TestMessageDiagrams::factsSurviveJson()
{
    const Report report = reportOf(messageSample("quarantined.eml"));
    QString error;
    const auto reopened = JsonReport::read(JsonReport::write(report), &error);
    QVERIFY2(reopened, qPrintable(error));
    const MessageDiagrams before(report);
    const MessageDiagrams after(*reopened);
    QVERIFY(!after.isEmpty());
    QCOMPARE(after.timeline()->hops, before.timeline()->hops);
    QCOMPARE(after.alignment()->checks, before.alignment()->checks);
    QCOMPARE(after.timelineLines(), before.timelineLines());
    QCOMPARE(after.timelineLines().size(), 3);
    QVERIFY2(after.timelineLines().at(1).startsWith(
                 QStringLiteral("2. web12.hoster.example [203.0.113.25] → mx.google.com, "
                                "2023-12-05 18:42:16 UTC, 11 min 14 s after the previous hop "
                                "(slow")),
             qPrintable(after.timelineLines().at(1)));
}

void TestMessageDiagrams::hostileFactsAreIgnored()
{
    QVERIFY(!HopTimeline::fromFact(QStringLiteral("not json")));
    QVERIFY(!HopTimeline::fromFact(QStringLiteral("[1, 2]")));
    QVERIFY(!HopTimeline::fromFact(QStringLiteral("{}")));
    QVERIFY(!AlignmentSummary::fromFact(QStringLiteral("[]")));
    QVERIFY(!AlignmentSummary::fromFact(QStringLiteral("{\"checks\":[{}]}")));
    Finding finding;
    finding.id = QString::fromLatin1(FindingId::MessageReceivedChain);
    finding.facts.set(FindingArg::Hops, QStringLiteral("<script>"));
    QVERIFY(MessageDiagrams(QList<Finding>{finding}).isEmpty());
}

void TestMessageDiagrams::htmlReportShowsBoth()
{
    const Report report = reportOf(messageSample("quarantined.eml"));
    const QString html = HtmlReport::write(report);
    QVERIFY(html.contains(MessageDiagrams::timelineTitle().toHtmlEscaped()));
    QVERIFY(html.contains(MessageDiagrams::alignmentTitle().toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("<tr class=\"slow\"")));
    QVERIFY(html.contains(QStringLiteral("<b>11 min 14 s</b> (slow: the time went here)")));
    QVERIFY(html.contains(QStringLiteral("<td>shop.example.com</td><td>softfail</td>")));
    QVERIFY(html.contains(QStringLiteral("aligned (same organization; not in strict mode)")));
    QVERIFY(html.contains(QStringLiteral("neither does here")));
    // One timeline: the chain's three hops, each a row.
    QCOMPARE(html.count(QStringLiteral("<td>\u2192</td>")), 3);
}

void TestMessageDiagrams::diagnosisIsAsynchronous()
{
    MessageDiagnosis diagnosis(messageSample("bounce.eml"));
    QSignalSpy finished(&diagnosis, &MessageDiagnosis::finished);
    diagnosis.start();
    QVERIFY(diagnosis.isRunning());
    QCOMPARE(finished.count(), 0); // never from start() itself
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!diagnosis.isRunning());
    QVERIFY(!diagnosis.report().findings.isEmpty());
    QCOMPARE(diagnosis.report().checks.size(), 1);
    QCOMPARE(diagnosis.report().checks.first().status, QStringLiteral("done"));

    MessageDiagnosis cancelled(messageSample("bounce.eml"));
    QSignalSpy cancelledFinished(&cancelled, &MessageDiagnosis::finished);
    cancelled.start();
    cancelled.cancel();
    QCOMPARE(cancelledFinished.count(), 1);
    QVERIFY(cancelled.wasCancelled());
    QTest::qWait(20); // the deferred work must not finish it again
    QCOMPARE(cancelledFinished.count(), 1);
    QCOMPARE(cancelled.report().checks.first().status, QStringLiteral("cancelled"));
}

void TestMessageDiagrams::inputProblems()
{
    QVERIFY(MessageDiagnosis::inputProblem("  \n").startsWith(QStringLiteral("Paste")));
    QVERIFY(MessageDiagnosis::inputProblem(messageSample("not-a-message.txt"))
                .startsWith(QStringLiteral("This does not look like")));
    QVERIFY(MessageDiagnosis::inputProblem(messageSample("headers-only.txt")).isEmpty());
    QVERIFY(MessageDiagnosis::inputProblem(messageSample("quarantined.eml")).isEmpty());
}

QTEST_GUILESS_MAIN(TestMessageDiagrams)
#include "tst_messagediagrams.moc"
