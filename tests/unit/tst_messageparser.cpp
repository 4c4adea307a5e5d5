// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/AuthenticationResults.h"
#include "MessageSamples.h"
#include "message/MessageParser.h"
#include "message/ReceivedParser.h"

#include <QFile>
#include <QTest>

// The reading of a message that arrived: Received lines as the common MTAs
// write them, Authentication-Results and ARC (RFC 8601, RFC 8617), delivery
// reports (RFC 3464), headers-only pastes and input that is no message.
class TestMessageParser : public QObject
{
    Q_OBJECT
private slots:
    void received_data();
    void received();
    void receivedDate();
    void authenticationResults();
    void authenticationResultsMicrosoft();
    void authenticationResultsBroken_data();
    void authenticationResultsBroken();
    void arcResults();
    void wholeMessage();
    void headersOnlyPaste();
    void deliveryReport();
    void notAMessage_data();
    void notAMessage();
};

void TestMessageParser::received_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("reverseName");
    QTest::addColumn<QString>("helo");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("with");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("forAddress");

    QTest::newRow("postfix") << "from client.example (mail.example.com [192.0.2.1]) by "
                                "mx.example.net (Postfix) with ESMTPS id 4F1A2B for "
                                "<bob@example.net>; Tue, 5 Dec 2023 10:00:00 +0100"
                             << "client.example"
                             << "mail.example.com"
                             << ""
                             << "192.0.2.1"
                             << "mx.example.net"
                             << "ESMTPS"
                             << "4F1A2B"
                             << "bob@example.net";
    QTest::newRow("postfix unknown")
        << "from helo.example (unknown [198.51.100.9]) by mx.example.net "
           "(Postfix) with ESMTP id 1; Tue, 5 Dec 2023 10:00:00 +0100"
        << "helo.example"
        << "unknown"
        << ""
        << "198.51.100.9"
        << "mx.example.net"
        << "ESMTP"
        << "1"
        << "";
    QTest::newRow("exim") << "from mail.example.com ([192.0.2.44] helo=client.example.com) by "
                             "relay.example.org with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384 "
                             "(Exim 4.96) (envelope-from <news@example.com>) id 1rAbCd-000123-Xy "
                             "for team@example.net; Wed, 06 Dec 2023 07:52:01 +0000"
                          << "mail.example.com"
                          << ""
                          << "client.example.com"
                          << "192.0.2.44"
                          << "relay.example.org"
                          << "esmtpsa"
                          << "1rAbCd-000123-Xy"
                          << "team@example.net";
    QTest::newRow("exim no name") << "from [203.0.113.5] (helo=pc) by mx.example.org with esmtp "
                                     "id 1x; Wed, 06 Dec 2023 07:52:01 +0000"
                                  << ""
                                  << ""
                                  << "pc"
                                  << "203.0.113.5"
                                  << "mx.example.org"
                                  << "esmtp"
                                  << "1x"
                                  << "";
    QTest::newRow("gmail")
        << "from web12.hoster.example (web12.hoster.example. [203.0.113.25]) by "
           "mx.google.com with ESMTPS id a1.45 for <alice@gmail.example> "
           "(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); Tue, 05 "
           "Dec 2023 10:42:16 -0800 (PST)"
        << "web12.hoster.example"
        << "web12.hoster.example"
        << ""
        << "203.0.113.25"
        << "mx.google.com"
        << "ESMTPS"
        << "a1.45"
        << "alice@gmail.example";
    QTest::newRow("microsoft ipv6")
        << "from AM0PR01MB1234.prod.example.net (2603:10a6:208:12::34) by "
           "DB9PR01MB5678.prod.example.net with HTTPS; Wed, 6 Dec 2023 "
           "08:00:09 +0000"
        << "am0pr01mb1234.prod.example.net"
        << ""
        << ""
        << "2603:10a6:208:12::34"
        << "db9pr01mb5678.prod.example.net"
        << "HTTPS"
        << ""
        << "";
    QTest::newRow("ipv6 literal") << "from mail.example.com (mail.example.com [IPv6:2001:db8::25]) "
                                     "by mx.example.net with ESMTP; Tue, 5 Dec 2023 10:00:00 +0000"
                                  << "mail.example.com"
                                  << "mail.example.com"
                                  << ""
                                  << "2001:db8::25"
                                  << "mx.example.net"
                                  << "ESMTP"
                                  << ""
                                  << "";
    QTest::newRow("qmail") << "from unknown (HELO shop.example) (192.0.2.77) by mail.example.net "
                              "with SMTP; 5 Dec 2023 10:00:00 -0000"
                           << "unknown"
                           << ""
                           << "shop.example"
                           << "192.0.2.77"
                           << "mail.example.net"
                           << "SMTP"
                           << ""
                           << "";
    QTest::newRow("local, no from") << "by web12.hoster.example (Postfix, from userid 33) id 4SlD; "
                                       "Tue,  5 Dec 2023 19:31:02 +0100 (CET)"
                                    << ""
                                    << ""
                                    << ""
                                    << ""
                                    << "web12.hoster.example"
                                    << ""
                                    << "4SlD"
                                    << "";
    QTest::newRow("semicolon in comment")
        << "from a.example (a.example [192.0.2.3]) (using TLSv1.3; "
           "cipher x) by b.example with ESMTPS; Tue, 5 Dec 2023 "
           "10:00:00 +0000"
        << "a.example"
        << "a.example"
        << ""
        << "192.0.2.3"
        << "b.example"
        << "ESMTPS"
        << ""
        << "";
}

void TestMessageParser::received()
{
    QFETCH(QString, value);
    const ReceivedHop hop = ReceivedParser::parse(value);
    QTEST(hop.fromName, "fromName");
    QTEST(hop.reverseName, "reverseName");
    QTEST(hop.heloName, "helo");
    QTEST(hop.address.isNull() ? QString() : hop.address.toString(), "address");
    QTEST(hop.by, "by");
    QTEST(hop.with, "with");
    QTEST(hop.id, "id");
    QTEST(hop.forAddress, "forAddress");
    QVERIFY2(hop.time.isValid(), qPrintable(value));
}

void TestMessageParser::receivedDate()
{
    const ReceivedHop hop = ReceivedParser::parse(
        QStringLiteral("from a by b with ESMTPSA id 1; Tue, 05 Dec 2023 10:42:16 -0800 (PST)"));
    QCOMPARE(hop.time.toUTC(), QDateTime(QDate(2023, 12, 5), QTime(18, 42, 16), Qt::UTC));
    QCOMPARE(hop.time.offsetFromUtc(), -8 * 3600);
    QVERIFY(hop.isAuthenticated());
    QVERIFY(hop.usedTls());
    QVERIFY(!ReceivedParser::parse(QStringLiteral("from a by b; not a date")).time.isValid());
    QVERIFY(!ReceivedParser::parse(QStringLiteral("from a by b")).time.isValid());
}

void TestMessageParser::authenticationResults()
{
    const auto results = AuthenticationResults::parse(QStringLiteral(
        "mx.google.com;\r\n       dkim=pass header.i=@example.com header.s=sel1 "
        "header.b=Ab12;\r\n       spf=softfail (google.com: domain of transitioning "
        "www-data@shop.example.com does not designate 203.0.113.25 as permitted sender) "
        "smtp.mailfrom=www-data@shop.example.com;\r\n       dmarc=fail (p=QUARANTINE "
        "sp=QUARANTINE dis=QUARANTINE) header.from=example.com"));
    QVERIFY(results);
    QCOMPARE(results->authservId, QStringLiteral("mx.google.com"));
    QCOMPARE(results->results.size(), 3);
    const auto dkim = results->results.at(0);
    QCOMPARE(dkim.method, QStringLiteral("dkim"));
    QCOMPARE(dkim.result, QStringLiteral("pass"));
    QCOMPARE(dkim.property("header", "i"), QStringLiteral("@example.com"));
    QCOMPARE(dkim.property("header", "s"), QStringLiteral("sel1"));
    const auto spf = results->resultsOf("spf").constFirst();
    QCOMPARE(spf.result, QStringLiteral("softfail"));
    QVERIFY(spf.comment.startsWith(QLatin1String("google.com: domain of transitioning")));
    QCOMPARE(spf.property("smtp", "mailfrom"), QStringLiteral("www-data@shop.example.com"));
    const auto dmarc = results->resultsOf("dmarc").constFirst();
    QCOMPARE(dmarc.result, QStringLiteral("fail"));
    QCOMPARE(dmarc.comment, QStringLiteral("p=QUARANTINE sp=QUARANTINE dis=QUARANTINE"));
    QCOMPARE(dmarc.property("header", "from"), QStringLiteral("example.com"));

    // RFC 8601 section 2.2: a version after the id, a reason, "none", comments anywhere.
    const auto versioned = AuthenticationResults::parse(
        QStringLiteral("example.org 1; auth=pass (cram-md5) smtp.auth=sender@example.net; "
                       "dkim/1=fail reason=\"bad signature\" header.d=example.com"));
    QVERIFY(versioned);
    QCOMPARE(versioned->authservId, QStringLiteral("example.org"));
    QCOMPARE(versioned->results.size(), 2);
    QCOMPARE(versioned->results.at(0).property("smtp", "auth"),
             QStringLiteral("sender@example.net"));
    QCOMPARE(versioned->results.at(1).method, QStringLiteral("dkim"));
    QCOMPARE(versioned->results.at(1).version, QStringLiteral("1"));
    QCOMPARE(versioned->results.at(1).reason, QStringLiteral("bad signature"));
    const auto none = AuthenticationResults::parse(QStringLiteral("example.com; none"));
    QVERIFY(none);
    QVERIFY(none->results.isEmpty());
}

void TestMessageParser::authenticationResultsMicrosoft()
{
    // Microsoft leaves the authserv-id out and writes properties without a type.
    const auto results = AuthenticationResults::parse(QStringLiteral(
        "spf=pass (sender IP is 198.51.100.20) smtp.mailfrom=list.example.org; dkim=pass "
        "(signature was verified) header.d=example.com;dmarc=pass action=none "
        "header.from=example.com;compauth=pass reason=100"));
    QVERIFY(results);
    QCOMPARE(results->authservId, QString());
    QCOMPARE(results->results.size(), 4);
    QCOMPARE(results->results.at(2).property(QString(), "action"), QStringLiteral("none"));
    QCOMPARE(results->results.at(3).method, QStringLiteral("compauth"));
    QCOMPARE(results->results.at(3).reason, QStringLiteral("100"));
}

void TestMessageParser::authenticationResultsBroken_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << "";
    QTest::newRow("only separators") << ";;;==;";
    QTest::newRow("unclosed comment") << "mx.example; spf=pass (unclosed";
    QTest::newRow("unclosed quote") << "mx.example; dkim=fail reason=\"unclosed";
    QTest::newRow("missing result") << "mx.example; spf=; dkim";
    QTest::newRow("nested comments") << "mx.example (a (b (c))) ; spf=pass";
}

void TestMessageParser::authenticationResultsBroken()
{
    QFETCH(QString, value);
    // Any outcome but a crash: nothing or results with what could be read.
    const auto results = AuthenticationResults::parse(value);
    if (results)
        QVERIFY(results->results.size() <= 2);
}

void TestMessageParser::arcResults()
{
    const auto arc = AuthenticationResults::parseArc(
        QStringLiteral("i=2; mx.microsoft.example; spf=pass smtp.mailfrom=list.example.org"));
    QVERIFY(arc);
    QCOMPARE(arc->arcInstance, 2);
    QCOMPARE(arc->authservId, QStringLiteral("mx.microsoft.example"));
    QCOMPARE(arc->results.size(), 1);
    QVERIFY(!AuthenticationResults::parseArc(QStringLiteral("mx.example; spf=pass")));
    QVERIFY(!AuthenticationResults::parseArc(QStringLiteral("i=51; mx.example; spf=pass")));
    QVERIFY(!AuthenticationResults::parseArc(QStringLiteral("i=x; mx.example; spf=pass")));
}

void TestMessageParser::wholeMessage()
{
    const ParsedMessage message = MessageParser::parse(messageSample("quarantined.eml"));
    QVERIFY(message.looksLikeMail());
    QVERIFY(message.hasBody);
    // Encoded words decoded (RFC 2047), in the subject and the display name.
    QCOMPARE(message.subject, QStringLiteral("Votre commande n° 1042"));
    QCOMPARE(message.fromDisplay, QStringLiteral("La Boutique"));
    QCOMPARE(message.from, QStringLiteral("shop@example.com"));
    QCOMPARE(message.fromDomain, QStringLiteral("example.com"));
    QCOMPARE(message.messageId,
             QStringLiteral("20231205183102.4SlD2N3xYzz9sQ@web12.hoster.example"));
    QCOMPARE(message.date.toUTC(), QDateTime(QDate(2023, 12, 5), QTime(18, 31, 2), Qt::UTC));
    // Oldest first: the web server's own Postfix, then Gmail's MX, then Gmail inside.
    QCOMPARE(message.hops.size(), 3);
    QCOMPARE(message.hops.at(0).by, QStringLiteral("web12.hoster.example"));
    QCOMPARE(message.hops.at(1).address.toString(), QStringLiteral("203.0.113.25"));
    QCOMPARE(message.hops.at(1).by, QStringLiteral("mx.google.com"));
    QCOMPARE(message.hops.at(1).forAddress, QStringLiteral("alice@gmail.example"));
    QCOMPARE(message.hops.at(0).time.secsTo(message.hops.at(1).time), 11 * 60 + 14);
    QCOMPARE(message.authenticationResults.size(), 1);
    QCOMPARE(message.authenticationResults.at(0).results.size(), 2);
    QVERIFY(message.dkimSignatures.isEmpty());
    QVERIFY(message.deliveryStatus.isEmpty());
    QCOMPARE(message.header("Received-SPF").left(8), QStringLiteral("softfail"));
}

void TestMessageParser::headersOnlyPaste()
{
    // Leading blank line and indentation, as pasted from a viewer; no body.
    const ParsedMessage message = MessageParser::parse(messageSample("headers-only.txt"));
    QVERIFY(message.looksLikeMail());
    QVERIFY(!message.hasBody);
    QCOMPARE(message.arcResults.size(), 2);
    QCOMPARE(message.arcResults.at(0).arcInstance, 2);
    QCOMPARE(message.arcResults.at(1).arcInstance, 1);
    QCOMPARE(message.arcResults.at(1).results.at(0).property("header", "s"),
             QStringLiteral("sel1"));
    QCOMPARE(message.hops.size(), 3);
    QCOMPARE(message.hops.at(0).heloName, QStringLiteral("client.example.com"));
    QCOMPARE(message.hops.at(0).address.toString(), QStringLiteral("192.0.2.44"));
    QVERIFY(message.hops.at(0).isAuthenticated());
    QCOMPARE(message.hops.at(1).address.toString(), QStringLiteral("198.51.100.20"));
    QCOMPARE(message.dkimSignatures.size(), 1);
    const DkimSignatureHeader &signature = message.dkimSignatures.at(0);
    QVERIFY(signature.isWellFormed);
    QCOMPARE(signature.domain, QStringLiteral("example.com"));
    QCOMPARE(signature.selector, QStringLiteral("sel1"));
    QCOMPARE(signature.algorithm, QStringLiteral("rsa-sha256"));
    QCOMPARE(signature.signedAt, QDateTime::fromSecsSinceEpoch(1701849120, Qt::UTC));
    QVERIFY(!signature.expiresAt.isValid());
}

void TestMessageParser::deliveryReport()
{
    const ParsedMessage message = MessageParser::parse(messageSample("bounce.eml"));
    const DeliveryStatus &status = message.deliveryStatus;
    QCOMPARE(status.reportingMta, QStringLiteral("mx.example.net"));
    QCOMPARE(status.recipients.size(), 2);
    const auto &bob = status.recipients.at(0);
    QCOMPARE(bob.finalRecipient, QStringLiteral("bob@example.org"));
    QCOMPARE(bob.action, QStringLiteral("failed"));
    QCOMPARE(bob.status, QStringLiteral("5.1.1"));
    QCOMPARE(bob.remoteMta, QStringLiteral("mx1.example.org"));
    QCOMPARE(bob.diagnosticType, QStringLiteral("smtp"));
    // Folded lines unfolded (RFC 5322 section 2.2.3).
    QCOMPARE(bob.diagnosticCode,
             QStringLiteral("550 5.1.1 <bob@example.org>: Recipient address rejected: User "
                            "unknown in virtual mailbox table"));
    const auto &carol = status.recipients.at(1);
    QCOMPARE(carol.action, QStringLiteral("delayed"));
    QCOMPARE(carol.status, QStringLiteral("4.4.1"));
    QCOMPARE(carol.diagnosticType, QStringLiteral("x-postfix"));
}

void TestMessageParser::notAMessage_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("prose") << messageSample("not-a-message.txt");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray("\n\n \r\n");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5);
    QTest::newRow("colon only") << QByteArray(":\n:\n");
}

void TestMessageParser::notAMessage()
{
    QFETCH(QByteArray, input);
    const ParsedMessage message = MessageParser::parse(input);
    QVERIFY(!message.looksLikeMail());
    QVERIFY(message.hops.isEmpty());
}

QTEST_GUILESS_MAIN(TestMessageParser)
#include "tst_messageparser.moc"
