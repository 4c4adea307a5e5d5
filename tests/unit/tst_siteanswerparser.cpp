// SPDX-License-Identifier: GPL-3.0-or-later
// SiteAnswerParser: the website probe's JSON answer, good and bad.

#include "site/SiteAnswerParser.h"
#include "site/VantageView.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Error = SiteAnswerParser::Error;

namespace {

QByteArray sample()
{
    QFile file(QStringLiteral(SMTP_DOCTOR_SOURCE_DIR "/tests/fuzz/corpus/site_answer/tls.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing seed %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class TestSiteAnswerParser : public QObject
{
    Q_OBJECT
private slots:
    void readsAnAnswer();
    void refuses_data();
    void refuses();
    void hostileValuesAreBounded();
    void saysWhetherItDeletedItself();
};

void TestSiteAnswerParser::readsAnAnswer()
{
    const auto result = SiteAnswerParser::parse(sample());
    QVERIFY(result.answer);
    const SiteAnswer &answer = *result.answer;
    QCOMPARE(answer.environment.phpVersion, QStringLiteral("5.6.40"));
    QCOMPARE(answer.hosts.size(), 2);
    QCOMPARE(answer.hosts.at(0).addresses,
             (QStringList{QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::1")}));
    QCOMPARE(answer.connects.size(), 2);
    const SiteAnswer::Connect &tls = answer.connects.at(0);
    QCOMPARE(tls.port, quint16(465));
    QCOMPARE(tls.outcome, SiteAnswer::Outcome::Open);
    QVERIFY(tls.tls);
    QVERIFY(!tls.tls->verified); // verification failed, the unverified handshake worked
    QVERIFY(tls.tls->handshakeOk());
    QCOMPARE(tls.tls->certificate->sha256, QStringLiteral("abcd"));
    QCOMPARE(answer.connects.at(1).outcome, SiteAnswer::Outcome::LocalError);
    QCOMPARE(answer.connects.at(1).error, 13);
    // When each session ended, from the same origin as the connects' ms.
    QCOMPARE(tls.ms, 3);
    QCOMPARE(tls.sessionMs, 41);
    QCOMPARE(answer.connects.at(1).sessionMs, -1); // no session on a port that did not open

    const VantageView view = VantageView::fromSiteAnswer(answer);
    QCOMPARE(view.host, QStringLiteral("mail.example"));
    QCOMPARE(view.controlHost, QStringLiteral("c.example"));
    QCOMPARE(view.ports.size(), 2);
    QCOMPARE(view.ports.at(0).greetingName, QStringLiteral("mx.example"));
    QCOMPARE(view.ports.at(0).tlsTrusted, std::optional<bool>(false));
    QCOMPARE(view.ports.at(0).tlsHandshake, std::optional<bool>(true));
}

void TestSiteAnswerParser::saysWhetherItDeletedItself()
{
    // Absent (not asked, or an older probe): unknown, and the client sends
    // the DELETE; only a JSON boolean is believed.
    QVERIFY(!SiteAnswerParser::parse(sample()).answer->deletedItself.has_value());
    const QJsonObject root = QJsonDocument::fromJson(sample()).object();
    const auto with = [&root](const QJsonValue &deleted) {
        QJsonObject object = root;
        object.insert(QStringLiteral("deleted"), deleted);
        return SiteAnswerParser::parse(QJsonDocument(object).toJson()).answer->deletedItself;
    };
    QCOMPARE(with(true), std::optional<bool>(true));
    QCOMPARE(with(false), std::optional<bool>(false));
    QVERIFY(!with(QStringLiteral("yes")).has_value());
    QVERIFY(!with(1).has_value());
}

void TestSiteAnswerParser::refuses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("error");
    const QByteArray good = sample();
    QTest::newRow("empty") << QByteArray() << int(Error::Empty);
    QTest::newRow("blank") << QByteArray(" \r\n") << int(Error::Empty);
    QTest::newRow("truncated") << good.left(good.size() / 2) << int(Error::NotJson);
    QTest::newRow("html login page")
        << QByteArray("<!DOCTYPE html><html><body><form>Log in</form></body></html>")
        << int(Error::NotJson);
    QTest::newRow("array") << QByteArray("[1,2]") << int(Error::NotJson);
    QTest::newRow("other schema") << QByteArray("{\"schema\":\"smtp-doctor-report/1\"}")
                                  << int(Error::WrongSchema);
    QTest::newRow("no environment")
        << QByteArray("{\"schema\":\"smtp-doctor-probe/1\"}") << int(Error::Malformed);
    QTest::newRow("connect without port")
        << QByteArray("{\"schema\":\"smtp-doctor-probe/1\",\"environment\":{},\"connects\":"
                      "[{\"address\":\"192.0.2.1\",\"outcome\":\"open\"}]}")
        << int(Error::Malformed);
    QTest::newRow("unknown outcome")
        << QByteArray("{\"schema\":\"smtp-doctor-probe/1\",\"environment\":{},\"connects\":"
                      "[{\"address\":\"192.0.2.1\",\"port\":25,\"outcome\":\"great\"}]}")
        << int(Error::Malformed);
    QByteArray many = "{\"schema\":\"smtp-doctor-probe/1\",\"environment\":{},\"connects\":[";
    for (int i = 0; i <= SiteAnswerParser::maximumConnects; ++i)
        many += QByteArray(i ? "," : "")
                + "{\"address\":\"192.0.2.1\",\"port\":25,\"outcome\":\"open\"}";
    many += "]}";
    QTest::newRow("too many connects") << many << int(Error::Malformed);
    QTest::newRow("oversized") << QByteArray(SiteAnswerParser::maximumSize + 1, ' ') + "{}"
                               << int(Error::TooLarge);
}

void TestSiteAnswerParser::refuses()
{
    QFETCH(QByteArray, body);
    const auto result = SiteAnswerParser::parse(body);
    QVERIFY(!result.answer);
    QTEST(int(result.error), "error");
}

void TestSiteAnswerParser::hostileValuesAreBounded()
{
    const QByteArray huge(100000, 'x');
    const QByteArray body
        = "{\"schema\":\"smtp-doctor-probe/1\",\"expires\":5.5e60,"
          "\"environment\":{\"php_version\":\""
          + huge
          + "\",\"max_execution_time\":-5},\"connects\":[{\"address\":\"a\","
            "\"port\":99999,\"outcome\":\"open\",\"ms\":1e300,\"session_ms\":-7,\"greeting\":\""
          + huge + "\",\"tls\":\"not an object\"}]}";
    const auto result = SiteAnswerParser::parse(body);
    QVERIFY(result.answer);
    QCOMPARE(result.answer->environment.phpVersion.size(), SiteAnswerParser::maximumTextLength);
    QCOMPARE(result.answer->environment.maxExecutionTime, 0);
    // Found by fuzz_site_answer: an expiry past qint64's range (undefined behaviour
    // when converted as it was) reads as the latest date there can be.
    QCOMPARE(result.answer->expires, qint64(253402300799));
    const SiteAnswer::Connect &connect = result.answer->connects.at(0);
    QCOMPARE(connect.port, quint16(65535));
    QCOMPARE(connect.greeting.size(), SiteAnswerParser::maximumTextLength);
    QVERIFY(!connect.tls);
    QCOMPARE(connect.ms, 1 << 30);
    QCOMPARE(connect.sessionMs, 0);
}

QTEST_GUILESS_MAIN(TestSiteAnswerParser)
#include "tst_siteanswerparser.moc"
