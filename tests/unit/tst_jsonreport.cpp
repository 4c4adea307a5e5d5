#include "report/JsonReport.h"
#include "findings/FindingCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestJsonReport : public QObject
{
    Q_OBJECT
private slots:
    void writesTheSchema();
    void roundTrip();
    void rejects_data();
    void rejects();

private:
    static Report sampleReport();
};

Report TestJsonReport::sampleReport()
{
    Report report;
    report.target.host = "mail.example.com";
    report.target.port = 465;
    report.target.security = Target::Security::Tls;
    report.target.resolver = ResolverAddress::parse("127.0.0.1@5353");
    report.started = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    report.durationMs = 1234;
    report.environment = {"0.1.0", "Debian GNU/Linux 12", "6.4.2", "127.0.0.1@5353", {"IPv4"}};
    report.findings.append(FindingCatalog::make("net.filtered",
                                                {"192.0.2.1", "465", "10000"},
                                                {"connect to 192.0.2.1 port 465: no answer"},
                                                "smtp"));
    report.findings.append(
        FindingCatalog::make("smtp.greeting_ok", {"192.0.2.2", "465", "220 hi"}, {}, "smtp"));
    report.checks.append({"resolve", "done", {}});
    report.checks.append({"smtp", "skipped", "no address"});
    report.events.append({12, "smtp", Event::Kind::Sent, "EHLO [192.0.2.9]"});
    return report;
}

void TestJsonReport::writesTheSchema()
{
    const QJsonObject root = QJsonDocument::fromJson(JsonReport::write(sampleReport())).object();
    QCOMPARE(root.value("schema").toString(), QStringLiteral("smtp-doctor-report/1"));
    QCOMPARE(root.value("target").toObject().value("security").toString(), QStringLiteral("tls"));
    const QJsonObject finding = root.value("findings").toArray().at(0).toObject();
    for (const char *key :
         {"id", "severity", "title", "explanation", "advice", "evidence", "check"})
        QVERIFY2(finding.contains(key), key);
    QCOMPARE(finding.value("id").toString(), QStringLiteral("net.filtered"));
    QCOMPARE(finding.value("severity").toString(), QStringLiteral("failure"));
    const QJsonObject event = root.value("events").toArray().at(0).toObject();
    QCOMPARE(event.value("t_ms").toInt(), 12);
    QCOMPARE(event.value("kind").toString(), QStringLiteral("sent"));
}

void TestJsonReport::roundTrip()
{
    const Report original = sampleReport();
    QString error;
    const auto read = JsonReport::read(JsonReport::write(original), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->target.host, original.target.host);
    QCOMPARE(read->target.port, original.target.port);
    QCOMPARE(read->target.resolver->toString(), QStringLiteral("127.0.0.1@5353"));
    QCOMPARE(read->started, original.started);
    QCOMPARE(read->findings.size(), 2);
    QCOMPARE(read->findings.at(0).id, original.findings.at(0).id);
    QCOMPARE(read->findings.at(0).advice, original.findings.at(0).advice);
    QCOMPARE(read->findings.at(0).evidence, original.findings.at(0).evidence);
    QCOMPARE(read->checks.at(1).skipReason, QStringLiteral("no address"));
    QCOMPARE(read->events.at(0).kind, Event::Kind::Sent);
    // Writing what was read gives the same document.
    QCOMPARE(JsonReport::write(*read), JsonReport::write(original));
}

void TestJsonReport::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("<html>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("foreign schema") << QByteArray(R"({"schema":"other/1"})");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("finding without id")
        << QByteArray(R"({"schema":"smtp-doctor-report/1","findings":[{"severity":"pass"}]})");
    QTest::newRow("bad severity") << QByteArray(
        R"({"schema":"smtp-doctor-report/1","findings":[{"id":"a","severity":"fatal"}]})");
}

void TestJsonReport::rejects()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!JsonReport::read(json, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonReport)
#include "tst_jsonreport.moc"
