// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingIds.h"
#include "message/BulkSenderRules.h"
#include "message/FromAlignment.h"
#include "message/MessageParser.h"
#include "message/SpamHeaderTable.h"
#include "message/WebServerOrigin.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

// The readers of a message's own headers beside its authentication, as pure
// logic: the receivers' spam headers through the sourced table, the
// mailbox providers' sender rules, From against the other senders, and the
// markers of mail sent from the web server. Each id: a positive and a
// negative case. The header values are the vendors' documented examples.
class TestMessageHeaders : public QObject
{
    Q_OBJECT
private slots:
    void tablesAreSourced();
    void spamVerdict_data();
    void spamVerdict();
    void spamVerdictNeedsAVerdict();
    void spamVerdictReadsTheTopmostCopy();
    void spamVerdictInFrench();
    void bulkSenderRules_data();
    void bulkSenderRules();
    void bulkSenderDomains();
    void fromMismatch_data();
    void fromMismatch();
    void sentByWebServer_data();
    void sentByWebServer();
};

namespace {

// A delivered message: the given headers over a minimal one.
ParsedMessage message(const QByteArray &headers)
{
    return MessageParser::parse(headers
                                + "From: Shop <shop@example.com>\r\n"
                                  "Date: Mon, 07 Dec 2026 10:00:00 +0000\r\n"
                                  "Message-ID: <1@example.com>\r\n"
                                  "Subject: Order\r\n\r\nHello\r\n");
}

QStringList idsWithVariant(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &finding : findings)
        ids << finding.id + QLatin1Char('#') + finding.facts.value(FindingArg::Reason);
    return ids;
}

QJsonObject resourceJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

void TestMessageHeaders::tablesAreSourced()
{
    // Both tables compiled in, each row with a source and the day it was checked.
    const QJsonObject spam = resourceJson(QStringLiteral(":/message/spam-headers.json"));
    QCOMPARE(spam.value("checked").toString(), QStringLiteral("2026-12-07"));
    QVERIFY(spam.value("headers").toArray().size() >= 6);
    for (const QJsonValue &header : spam.value("headers").toArray()) {
        const QJsonObject object = header.toObject();
        QVERIFY2(object.value("source").toString().startsWith("https://"),
                 qPrintable(object.value("header").toString()));
        for (const QJsonValue &field : object.value("fields").toArray()) {
            const QJsonObject values = field.toObject().value("values").toObject();
            for (auto it = values.begin(); it != values.end(); ++it) {
                QVERIFY2(!it.value().toObject().value("meaning").toString().isEmpty(),
                         qPrintable(it.key()));
                QVERIFY2(!it.value().toObject().value("meaning_fr").toString().isEmpty(),
                         qPrintable(it.key()));
                QVERIFY(SpamVerdict::rank(it.value().toObject().value("verdict").toString()) >= 0);
            }
        }
    }
    QCOMPARE(SpamHeaderTable::builtIn().checked(), QStringLiteral("2026-12-07"));
    QVERIFY(SpamHeaderTable::builtIn().headerNames().contains("X-Forefront-Antispam-Report"));
    QCOMPARE(BulkSenderRules::builtIn().checked(), QStringLiteral("2026-12-07"));
    QCOMPARE(BulkSenderRules::builtIn().providers().size(), 3);
    for (const BulkSenderRules::Provider &provider : BulkSenderRules::builtIn().providers())
        QVERIFY2(provider.source.startsWith("https://") && !provider.rules.isEmpty(),
                 qPrintable(provider.name));

    QString error;
    QVERIFY(!SpamHeaderTable::fromJson("{\"headers\": [{\"header\": \"X-Spam\"}]}", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!BulkSenderRules::fromJson("not json", &error));
}

void TestMessageHeaders::spamVerdict_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("codes");
    QTest::addColumn<QString>("meaning");

    QTest::newRow("microsoft spam")
        << QByteArray("X-Forefront-Antispam-Report: CIP:203.0.113.25;CTRY:FR;LANG:fr;SCL:5;"
                      "SRV:;IPV:NLI;SFV:SPM;H:web12.hoster.example;PTR:;CAT:SPM;SFS:(13230031);"
                      "DIR:INB;\r\n")
        << "message.spam_verdict"
        << "spam"
        << "SFV:SPM, SCL:5, CAT:SPM"
        << "Spam filtering marked the message as spam.";
    QTest::newRow("microsoft high confidence phish")
        << QByteArray("X-Forefront-Antispam-Report: CIP:192.0.2.1;SCL:9;SFV:SPM;CAT:HPHSH;\r\n")
        << "message.spam_verdict"
        << "phish"
        << "SFV:SPM, SCL:9, CAT:HPHSH"
        << "high confidence phishing";
    QTest::newRow("microsoft not spam")
        << QByteArray("X-Forefront-Antispam-Report: CIP:192.0.2.1;CTRY:;LANG:en;SCL:1;SRV:;"
                      "IPV:NLI;SFV:NSPM;H:mail.example.com;PTR:;CAT:NONE;SFS:;DIR:INB;\r\n"
                      "X-Microsoft-Antispam: BCL:0;\r\n")
        << "message.spam_verdict"
        << "not_spam"
        << "SFV:NSPM, SCL:1, CAT:NONE, BCL:0"
        << "not from a bulk sender";
    QTest::newRow("microsoft allowed sender")
        << QByteArray("X-Forefront-Antispam-Report: CIP:192.0.2.1;SCL:-1;SFV:SKA;\r\n")
        << "message.spam_verdict"
        << "skipped"
        << "SFV:SKA, SCL:-1"
        << "allowed list";
    QTest::newRow("microsoft bulk")
        << QByteArray("X-Forefront-Antispam-Report: CIP:192.0.2.1;SCL:1;SRV:BULK;SFV:NSPM;"
                      "CAT:BULK;\r\nX-Microsoft-Antispam: BCL:8;\r\n")
        << "message.spam_verdict"
        << "bulk"
        << "SFV:NSPM, SCL:1, CAT:BULK, SRV:BULK, BCL:8"
        << "many complaints";
    QTest::newRow("spamassassin yes")
        << QByteArray("X-Spam-Flag: YES\r\nX-Spam-Status: Yes, score=6.1 required=5.0 "
                      "tests=HTML_MESSAGE,\r\n\tMISSING_MID,RDNS_NONE autolearn=no\r\n\t"
                      "autolearn_force=no version=4.0.0\r\n")
        << "message.spam_verdict"
        << "spam"
        << "Yes, score=6.1, required=5.0, YES"
        << "Rules that matched: HTML_MESSAGE, MISSING_MID, RDNS_NONE.";
    QTest::newRow("spamassassin no")
        << QByteArray("X-Spam-Status: No, score=-0.1 required=5.0 tests=DKIM_SIGNED,\r\n\t"
                      "DKIM_VALID autolearn=ham version=4.0.0\r\n")
        << "message.spam_verdict"
        << "not_spam"
        << "No, score=-0.1, required=5.0"
        << "stayed below the required score";
    QTest::newRow("rspamd") << QByteArray(
        "X-Spamd-Result: default: True [16.20 / 15.00]; BAYES_SPAM(5.10)[99.9%];"
        " MIME_GOOD(-0.10)[text/plain]; RBL_SPAMHAUS_SBL(4.00)[192.0.2.1:from]\r\n"
        "X-Rspamd-Score: 16.20\r\n")
                            << "message.spam_verdict"
                            << "spam"
                            << "True, score=16.20, required=15.00, score=16.20"
                            << "Rules that matched: BAYES_SPAM, RBL_SPAMHAUS_SBL.";
}

void TestMessageHeaders::spamVerdict()
{
    QFETCH(QByteArray, headers);
    QFETCH(QString, id);
    QFETCH(QString, verdict);
    QFETCH(QString, codes);
    QFETCH(QString, meaning);
    const QList<Finding> findings = SpamHeaderTable::builtIn().findings(message(headers));
    QCOMPARE(findings.size(), 1);
    const Finding &finding = findings.constFirst();
    QCOMPARE(finding.id, id);
    QCOMPARE(finding.facts.value(FindingArg::Reason), verdict);
    QVERIFY2(finding.title.contains(codes), qPrintable(finding.title));
    QVERIFY2(finding.explanation.contains(meaning), qPrintable(finding.explanation));
    const bool bad = verdict == QLatin1String("spam") || verdict == QLatin1String("phish")
                     || verdict == QLatin1String("bulk");
    QCOMPARE(finding.severity, bad ? Finding::Severity::Warning : Finding::Severity::Info);
    // The header as found and the vendor's page, for whoever reads the evidence.
    QVERIFY(finding.evidence.join('\n').contains("https://"));
}

void TestMessageHeaders::spamVerdictNeedsAVerdict()
{
    // No spam header at all, or a bare score: nothing is concluded.
    QVERIFY(SpamHeaderTable::builtIn().findings(message("")).isEmpty());
    QVERIFY(SpamHeaderTable::builtIn().findings(message("X-Rspamd-Score: 3.5\r\n")).isEmpty());
    QVERIFY(SpamHeaderTable::builtIn().findings(message("X-Spam-Status: garbage\r\n")).isEmpty());
}

void TestMessageHeaders::spamVerdictReadsTheTopmostCopy()
{
    // The sender's own filter said No; the receiver, above it, said Yes.
    const QList<Finding> findings = SpamHeaderTable::builtIn().findings(
        message("X-Spam-Status: Yes, score=7.0 required=5.0 tests=RDNS_NONE\r\n"
                "Received: from a by b; Mon, 07 Dec 2026 09:59:00 +0000\r\n"
                "X-Spam-Status: No, score=0.0 required=5.0 tests=NONE\r\n"));
    QCOMPARE(idsWithVariant(findings), QStringList{"message.spam_verdict#spam"});
}

void TestMessageHeaders::spamVerdictInFrench()
{
    // The table's French column, chosen by the translation of "meaning"
    // (translations/smtp-doctor_fr.ts gives "meaning_fr").
    class FrenchKey : public QTranslator
    {
    public:
        bool isEmpty() const override { return false; }
        QString translate(const char *context, const char *source, const char *, int) const override
        {
            return qstrcmp(context, "SpamHeaderTable") == 0 && qstrcmp(source, "meaning") == 0
                       ? QStringLiteral("meaning_fr")
                       : QString();
        }
    } french;
    QCoreApplication::installTranslator(&french);
    const QList<Finding> findings = SpamHeaderTable::builtIn().findings(
        message("X-Forefront-Antispam-Report: SCL:5;SFV:SPM;CAT:SPM;\r\n"));
    QCoreApplication::removeTranslator(&french);
    QCOMPARE(findings.size(), 1);
    QVERIFY2(findings.constFirst().explanation.contains(
                 QStringLiteral("Le filtre antispam a classé le message comme spam.")),
             qPrintable(findings.constFirst().explanation));
}

void TestMessageHeaders::bulkSenderRules_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("detail");

    const QByteArray gmailPassed = "Delivered-To: alice@gmail.com\r\n"
                                   "Authentication-Results: mx.google.com; dkim=pass "
                                   "header.i=@example.com header.s=s1; spf=pass "
                                   "smtp.mailfrom=bounce@example.com; dmarc=pass (p=NONE) "
                                   "header.from=example.com\r\n";
    const QByteArray signedUnsubscribe
        = "DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; "
          "h=from:to:subject:list-unsubscribe:list-unsubscribe-post; bh=x; b=y\r\n"
          "List-Unsubscribe: <https://example.com/u/1>, <mailto:u@example.com>\r\n"
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
    QTest::newRow("gmail, everything")
        << gmailPassed + signedUnsubscribe << QStringList{"message.bulk_sender_rules#met"}
        << "one-click unsubscribe";
    QTest::newRow("gmail, no unsubscribe")
        << gmailPassed << QStringList{"message.bulk_sender_rules#missing"}
        << "one-click unsubscribe for marketing mail";
    QTest::newRow("gmail, unsubscribe not signed")
        << gmailPassed
               + "DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from:to; bh=x; "
                 "b=y\r\nList-Unsubscribe: <https://example.com/u/1>\r\n"
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
        << QStringList{"message.bulk_sender_rules#missing"} << "signed by DKIM";
    QTest::newRow("yahoo.fr, no DMARC, not aligned")
        << QByteArray("To: bob@yahoo.fr\r\nAuthentication-Results: mta1.yahoo.com; "
                      "dkim=pass header.i=@esp.example.net; spf=pass "
                      "smtp.mailfrom=esp.example.net; dmarc=none header.from=example.com\r\n")
        << QStringList{"message.bulk_sender_rules#missing"} << "a DMARC record for example.com";
    QTest::newRow("outlook.com: no unsubscribe rule")
        << QByteArray("To: carol@hotmail.fr\r\n") + gmailPassed.mid(gmailPassed.indexOf("Auth"))
        << QStringList{"message.bulk_sender_rules#met"} << "DMARC";
    QTest::newRow("another domain")
        << QByteArray("To: team@example.net\r\n") + signedUnsubscribe << QStringList{} << "";
    QTest::newRow("a look-alike domain")
        << QByteArray("Delivered-To: alice@gmail.example\r\n") << QStringList{} << "";
}

void TestMessageHeaders::bulkSenderRules()
{
    QFETCH(QByteArray, headers);
    QFETCH(QStringList, ids);
    QFETCH(QString, detail);
    const QList<Finding> findings = BulkSenderRules::builtIn().findings(message(headers), nullptr);
    QCOMPARE(idsWithVariant(findings), ids);
    if (findings.isEmpty())
        return;
    QVERIFY2(findings.constFirst().explanation.contains(detail),
             qPrintable(findings.constFirst().explanation));
    if (findings.constFirst().severity == Finding::Severity::Warning)
        QVERIFY(findings.constFirst().explanation.contains("if you send in bulk"));
    QVERIFY(findings.constFirst().evidence.constFirst().contains("https://"));
}

void TestMessageHeaders::bulkSenderDomains()
{
    const BulkSenderRules &rules = BulkSenderRules::builtIn();
    QVERIFY(rules.providerFor("googlemail.com"));
    QCOMPARE(rules.providerFor("yahoo.co.uk"), rules.providerFor("aol.com"));
    QVERIFY(rules.providerFor("yahoo.co.uk"));
    QVERIFY(!rules.providerFor("yahoo.example"));
    QVERIFY(!rules.providerFor("mail.yahoo.com.example"));
    QVERIFY(!rules.providerFor("example.com"));
    // This copy's recipient before the To header's list.
    QCOMPARE(BulkSenderRules::recipientDomains(
                 message("Delivered-To: a@gmail.com\r\nTo: b@example.org, c@yahoo.fr\r\n")),
             QStringList{"gmail.com"});
    QCOMPARE(BulkSenderRules::recipientDomains(message("To: b@example.org, C@Yahoo.FR\r\n")),
             QStringList({"example.org", "yahoo.fr"}));
}

void TestMessageHeaders::fromMismatch_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("signedIn");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("signed in as another account")
        << QByteArray("Return-Path: <me@gmail.com>\r\n") << "me@gmail.com"
        << QStringList{"message.from_mismatch#signed_in"};
    QTest::newRow("signed in as From")
        << QByteArray("Return-Path: <shop@example.com>\r\n") << "Shop@Example.com" << QStringList{};
    QTest::newRow("a user name, not an address") << QByteArray() << "apikey" << QStringList{};
    QTest::newRow("bounce address of another organization")
        << QByteArray("Return-Path: <bounces+123@em.sendgrid.example.net>\r\n") << ""
        << QStringList{"message.from_mismatch#envelope"};
    QTest::newRow("bounce address of the same organization")
        << QByteArray("Return-Path: <bounce-42@bounces.example.com>\r\n") << "" << QStringList{};
    QTest::newRow("Sender differs") << QByteArray("Sender: office@example.com\r\n") << ""
                                    << QStringList{"message.from_mismatch#envelope"};
}

void TestMessageHeaders::fromMismatch()
{
    QFETCH(QByteArray, headers);
    QFETCH(QString, signedIn);
    QFETCH(QStringList, ids);
    const QList<Finding> findings = FromAlignment::analyse(message(headers), signedIn);
    QCOMPARE(idsWithVariant(findings), ids);
    if (ids == QStringList{"message.from_mismatch#signed_in"}) {
        const Finding &finding = findings.constFirst();
        QCOMPARE(finding.severity, Finding::Severity::Warning);
        QVERIFY(finding.explanation.contains("shop@example.com"));
        QVERIFY(finding.explanation.contains("me@gmail.com"));
        QVERIFY(finding.explanation.contains("5.7.60"));
        const QString evidence = finding.evidence.join('\n');
        QVERIFY(evidence.contains("https://support.google.com/mail/answer/22370"));
        QVERIFY(evidence.contains("https://learn.microsoft.com/"));
    }
}

void TestMessageHeaders::sentByWebServer_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("smtpHost");
    QTest::addColumn<QStringList>("ids");

    const QByteArray viaProvider
        = "Received: from mx.example.net by mx.receiver.example with ESMTPS; Mon, 07 Dec 2026 "
          "10:00:05 +0000\r\n"
          "Received: from www.shop.example ([203.0.113.25]) by smtp.provider.example with "
          "ESMTPSA id x; Mon, 07 Dec 2026 10:00:01 +0000\r\n";
    QTest::newRow("php header") << QByteArray("X-PHP-Originating-Script: 33:contact.php\r\n") << ""
                                << QStringList{"message.sent_by_web_server#php_header"};
    QTest::newRow("postfix pickup")
        << QByteArray("Received: by web12.hoster.example (Postfix, from userid 33) id 4SlD; "
                      "Mon, 07 Dec 2026 10:00:00 +0000\r\n")
        << "" << QStringList{"message.sent_by_web_server#local_submission"};
    QTest::newRow("exim local") << QByteArray(
        "Received: from www-data by web1.hosting.example with local (Exim 4.96)"
        "\r\n\t(envelope-from <www-data@web1.hosting.example>) id 1x; Mon, 07 Dec "
        "2026 10:00:00 +0000\r\n")
                                << "" << QStringList{"message.sent_by_web_server#local_submission"};
    QTest::newRow("never reached the smtp host")
        << QByteArray("Received: from web12.hoster.example ([203.0.113.25]) by "
                      "mx.receiver.example with ESMTPS id x; Mon, 07 Dec 2026 10:00:01 +0000\r\n")
        << "smtp.provider.example" << QStringList{"message.sent_by_web_server#other_server"};
    QTest::newRow("through the smtp host")
        << viaProvider << "smtp.provider.example" << QStringList{};
    QTest::newRow("signed in somewhere")
        << viaProvider << "smtp.elsewhere.example" << QStringList{};
    QTest::newRow("no host given, no marker") << viaProvider << "" << QStringList{};
    // Microsoft 365 takes SMTP AUTH at smtp.office365.com and writes its
    // first hop as a *.prod.outlook.com server, without ESMTPSA.
    const QByteArray viaMicrosoft
        = "Received: from AM0PR07MB1234.eurprd07.prod.outlook.com (2603:10a6:208:1::1) by "
          "AM0PR07MB5678.eurprd07.prod.outlook.com with HTTPS; Mon, 07 Dec 2026 10:00:02 +0000\r\n"
          "Received: from [192.0.2.10] (203.0.113.25) by AM0PR07MB1234.eurprd07.prod.outlook.com "
          "(2603:10a6:208:1::1) with Microsoft SMTP Server (version=TLS1_2, "
          "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7000.1; Mon, 07 Dec 2026 "
          "10:00:01 +0000\r\n";
    QTest::newRow("microsoft 365 names its hops outlook.com")
        << viaMicrosoft << "smtp.office365.com" << QStringList{};
    QTest::newRow("microsoft 365's hops are not gmail's")
        << viaMicrosoft << "smtp.gmail.com"
        << QStringList{"message.sent_by_web_server#other_server"};
    // The receiver being Microsoft's does not make the sender's first hop so.
    QTest::newRow("web host to a microsoft 365 recipient")
        << QByteArray("Received: from web12.hoster.example (203.0.113.25) by "
                      "AM0PR07MB1234.eurprd07.prod.outlook.com (2603:10a6:208:1::1) with "
                      "Microsoft SMTP Server id 15.20.7000.1; Mon, 07 Dec 2026 10:00:02 +0000\r\n"
                      "Received: from web12.hoster.example ([203.0.113.25]) by "
                      "mail.hoster.example with ESMTP id x; Mon, 07 Dec 2026 10:00:01 +0000\r\n")
        << "smtp.office365.com" << QStringList{"message.sent_by_web_server#other_server"};
    QTest::newRow("an X-Mailer alone")
        << QByteArray("X-Mailer: PHP/8.2.0\r\nReceived: from web12.hoster.example "
                      "([203.0.113.25]) by mx.receiver.example with ESMTPS id x; Mon, 07 Dec "
                      "2026 10:00:01 +0000\r\n")
        << "" << QStringList{};
}

void TestMessageHeaders::sentByWebServer()
{
    QFETCH(QByteArray, headers);
    QFETCH(QString, smtpHost);
    QFETCH(QStringList, ids);
    const QList<Finding> findings = WebServerOrigin::analyse(message(headers), smtpHost);
    QCOMPARE(idsWithVariant(findings), ids);
    for (const Finding &finding : findings) {
        QCOMPARE(finding.severity, Finding::Severity::Warning);
        QVERIFY(finding.explanation.contains("mail()"));
    }
}

QTEST_GUILESS_MAIN(TestMessageHeaders)
#include "tst_messageheaders.moc"
