// SPDX-License-Identifier: GPL-3.0-or-later
#include "dmarc/DmarcEvaluator.h"
#include "message/MessageParser.h"
#include "message/SendingHop.h"
#include "message/VerificationAnalysis.h"

#include <QTest>

// The pure parts of the checks done again: which hop handed the message to
// the receiver (SendingHop), libopendmarc's alignment and policy
// (DmarcEvaluator) and the findings made from verdicts (VerificationAnalysis).
// tst_messageverify runs the whole against NSD and python3-dkim's corpus.
class TestMessageVerification : public QObject
{
    Q_OBJECT
private slots:
    void sendingHopSkipsTheReceiversRelays();
    void sendingHopNeedsAnAddress();
    void dmarcAlignment_data();
    void dmarcAlignment();
    void dmarcSubdomainPolicy();
    void dmarcNeedsARecord();
    void headersOnlyAreNotABodyChange();
};

namespace {

ParsedMessage parse(const QByteArray &headers)
{
    return MessageParser::parse(headers + "\r\nHello\r\n");
}

DkimVerdict verdict(const QString &domain, DkimVerdict::Outcome outcome)
{
    DkimVerdict verdict;
    verdict.domain = domain;
    verdict.selector = QStringLiteral("s1");
    verdict.outcome = outcome;
    return verdict;
}

SpfResult spf(SpfResult::Code code)
{
    SpfResult result;
    result.code = code;
    return result;
}

QStringList idsOf(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &finding : findings)
        ids.append(finding.id);
    return ids;
}

} // namespace

void TestMessageVerification::sendingHopSkipsTheReceiversRelays()
{
    // Gmail-like: the receiver's own relays (private address, google.com
    // names) on top of the hop from the sender.
    const ParsedMessage message = parse(
        "Return-Path: <bounce@service.example>\r\n"
        "Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=service.example\r\n"
        "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\r\n"
        "\tby mx.google.com with SMTPS id a1; Mon, 07 Dec 2026 07:00:09 +0000\r\n"
        "Received: from relay.internal (relay.internal [10.1.2.3])\r\n"
        "\tby mail-sor-f41.google.com with ESMTP id b2; Mon, 07 Dec 2026 07:00:08 +0000\r\n"
        "Received: from out.service.example (out.service.example [192.0.2.25])\r\n"
        "\tby relay.internal with ESMTPS id c3; Mon, 07 Dec 2026 07:00:07 +0000\r\n"
        "From: alice@dkim.test\r\nTo: bob@gmail.com\r\nSubject: x\r\n"
        "Date: Mon, 07 Dec 2026 07:00:00 +0000\r\nMessage-ID: <a@dkim.test>\r\n");
    const auto hop = SendingHop::find(message);
    QVERIFY(hop);
    QCOMPARE(hop->address.toString(), QStringLiteral("192.0.2.25"));
    QCOMPARE(hop->helo, QStringLiteral("out.service.example"));
    QCOMPARE(hop->mailFrom, QStringLiteral("bounce@service.example"));
}

void TestMessageVerification::sendingHopNeedsAnAddress()
{
    const ParsedMessage message = parse(
        "Received: from localhost by mx.receiver.test with LMTP; Mon, 07 Dec 2026 07:00:09 "
        "+0000\r\n"
        "From: alice@dkim.test\r\nDate: Mon, 07 Dec 2026 07:00:00 +0000\r\n");
    QVERIFY(!SendingHop::find(message));
}

void TestMessageVerification::dmarcAlignment_data()
{
    using Outcome = DkimVerdict::Outcome;
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("signer");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("toApply");

    const QString relaxed = QStringLiteral("v=DMARC1; p=quarantine");
    const QString strict = QStringLiteral("v=DMARC1; p=reject; adkim=s");
    QTest::newRow("same domain") << relaxed << "example.test" << int(Outcome::Pass) << "pass"
                                 << "none";
    QTest::newRow("parent, relaxed")
        << relaxed << "mail.example.test" << int(Outcome::Pass) << "pass"
        << "none";
    QTest::newRow("parent, strict") << strict << "mail.example.test" << int(Outcome::Pass) << "fail"
                                    << "reject";
    QTest::newRow("another domain") << relaxed << "service.example" << int(Outcome::Pass) << "fail"
                                    << "quarantine";
    QTest::newRow("failed signature")
        << relaxed << "example.test" << int(Outcome::BodyChanged) << "fail"
        << "quarantine";
}

void TestMessageVerification::dmarcAlignment()
{
    QFETCH(QString, record);
    QFETCH(QString, signer);
    QFETCH(int, outcome);
    QFETCH(QString, result);
    QFETCH(QString, toApply);
    DmarcEvaluator::Input input;
    input.fromDomain = QStringLiteral("example.test");
    input.organizationalDomain = input.fromDomain;
    input.recordStatus = DmarcEvaluator::Input::Record::Found;
    input.record = record;
    input.recordDomain = input.fromDomain;
    input.client = QHostAddress(QStringLiteral("192.0.2.25"));
    input.dkim = {verdict(signer, DkimVerdict::Outcome(outcome))};
    // SPF passes, for another domain: it must not count.
    input.spf = spf(SpfResult::Code::Pass);
    input.spfDomain = QStringLiteral("service.example");
    const DmarcVerdict dmarc = DmarcEvaluator::evaluate(input);
    QCOMPARE(DmarcVerdict::resultName(dmarc.result), result);
    QCOMPARE(DmarcRecord::policyName(dmarc.toApply), toApply);
    QVERIFY(!dmarc.spfAligned);
    QCOMPARE(dmarc.strictDkim, record.contains(QLatin1String("adkim=s")));
}

void TestMessageVerification::dmarcSubdomainPolicy()
{
    // RFC 7489 section 6.6.3: no record at news.example.test, the
    // organizational domain's applies, with its sp=.
    DmarcEvaluator::Input input;
    input.fromDomain = QStringLiteral("news.example.test");
    input.organizationalDomain = QStringLiteral("example.test");
    input.recordStatus = DmarcEvaluator::Input::Record::Found;
    input.record = QStringLiteral("v=DMARC1; p=reject; sp=quarantine");
    input.recordDomain = QStringLiteral("example.test");
    input.client = QHostAddress(QStringLiteral("192.0.2.25"));
    input.spf = spf(SpfResult::Code::Fail);
    input.spfDomain = QStringLiteral("news.example.test");
    const DmarcVerdict dmarc = DmarcEvaluator::evaluate(input);
    QCOMPARE(dmarc.result, DmarcVerdict::Result::Fail);
    QCOMPARE(dmarc.requested, DmarcVerdict::Policy::Quarantine);
    QCOMPARE(dmarc.toApply, DmarcVerdict::Policy::Quarantine);
}

void TestMessageVerification::dmarcNeedsARecord()
{
    DmarcEvaluator::Input input;
    input.fromDomain = QStringLiteral("example.test");
    input.recordStatus = DmarcEvaluator::Input::Record::Missing;
    QCOMPARE(DmarcEvaluator::evaluate(input).result, DmarcVerdict::Result::NoPolicy);
    input.recordStatus = DmarcEvaluator::Input::Record::LookupFailed;
    QCOMPARE(DmarcEvaluator::evaluate(input).result, DmarcVerdict::Result::TempError);
    input.recordStatus = DmarcEvaluator::Input::Record::Found;
    input.record = QStringLiteral("v=DMARC1; p=sometimes");
    input.recordDomain = input.fromDomain;
    QCOMPARE(DmarcEvaluator::evaluate(input).result, DmarcVerdict::Result::PermError);
}

void TestMessageVerification::headersOnlyAreNotABodyChange()
{
    // Pasted headers alone: libopendkim sees an empty body, whose hash
    // differs; that is no change of the body, and DMARC is left unsaid.
    const ParsedMessage message = MessageParser::parse(
        "From: alice@example.test\r\nDate: Mon, 07 Dec 2026 07:00:00 +0000\r\n");
    MessageVerification verification;
    verification.bodyMissing = true;
    verification.dkim = {
        verdict(QStringLiteral("example.test"), DkimVerdict::Outcome::BodyChanged)};
    verification.dmarc.result = DmarcVerdict::Result::Fail;
    verification.dmarc.fromDomain = QStringLiteral("example.test");
    QCOMPARE(idsOf(VerificationAnalysis::analyse(message, verification)), QStringList());

    verification.bodyMissing = false;
    QCOMPARE(idsOf(VerificationAnalysis::analyse(message, verification)),
             QStringList({"message.dkim_body_changed", "message.dmarc_fail"}));
}

QTEST_GUILESS_MAIN(TestMessageVerification)
#include "tst_messageverification.moc"
