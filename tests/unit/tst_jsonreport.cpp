// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "report/StepTimings.h"
#include "report/ReportVerdict.h"
#include "report/TextReport.h"
#include "findings/FindingCatalog.h"
#include "UtcDateTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

class TestJsonReport : public QObject
{
    Q_OBJECT
private slots:
    void writesTheSchema();
    void roundTrip();
    void writesTheSubject();
    void readsAReportWithoutSubject();
    void keepsTheSituation_data();
    void keepsTheSituation();
    void readsAReportWithoutSituation();
    void stoppedRunSaysWhereItStopped_data();
    void stoppedRunSaysWhereItStopped();
    void rejects_data();
    void rejects();
    void stepTimingsFromTheEvents();
    void stepTimingsOfAnOlderReport();
    void everyFormatShowsWhereTheTimeWent();

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
    report.started = utcDateTime(QDate(2026, 11, 26), QTime(12, 0));
    report.durationMs = 1234;
    report.environment = {
        "0.1.0", "Debian GNU/Linux 12", "6.4.2", "127.0.0.1@5353", {"IPv4"}, "OpenSSL 3.0.19"};
    report.findings.append(FindingCatalog::make("net.filtered",
                                                {"192.0.2.1", "465", "10000"},
                                                {"connect to 192.0.2.1 port 465: no answer"},
                                                "smtp"));
    report.findings.last().subject.host = "mail.example.com";
    report.findings.last().subject.setAddress("192.0.2.1");
    report.findings.last().subject.port = 465;
    report.findings.append(
        FindingCatalog::make("smtp.greeting_ok", {"192.0.2.2", "465", "220 hi"}, {}, "smtp"));
    report.findings.last().subject.vantage = FindingSubject::Vantage::Site;
    report.findings.last().subject.setAddress("2001:db8::25");
    report.findings.last().subject.port = 587;
    report.findings.append(FindingCatalog::make("input.host_invalid", {"x y"}, {}, "input"));
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
    QCOMPARE(root.value("environment").toObject().value("crypto").toString(),
             QStringLiteral("OpenSSL 3.0.19"));
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
    QCOMPARE(read->environment.crypto, QStringLiteral("OpenSSL 3.0.19"));
    QCOMPARE(read->findings.size(), 3);
    for (int i = 0; i < original.findings.size(); ++i)
        QCOMPARE(read->findings.at(i).subject, original.findings.at(i).subject);
    QCOMPARE(read->findings.at(1).subject.family, FindingSubject::Family::IPv6);
    QCOMPARE(read->findings.at(0).id, original.findings.at(0).id);
    QCOMPARE(read->findings.at(0).advice, original.findings.at(0).advice);
    QCOMPARE(read->findings.at(0).evidence, original.findings.at(0).evidence);
    QCOMPARE(read->checks.at(1).skipReason, QStringLiteral("no address"));
    QCOMPARE(read->events.at(0).kind, Event::Kind::Sent);
    // Writing what was read gives the same document.
    QCOMPARE(JsonReport::write(*read), JsonReport::write(original));
}

void TestJsonReport::writesTheSubject()
{
    const QJsonArray findings = QJsonDocument::fromJson(JsonReport::write(sampleReport()))
                                    .object()
                                    .value("findings")
                                    .toArray();
    QCOMPARE(findings.size(), 3);
    const QJsonObject here = findings.at(0).toObject().value("subject").toObject();
    QCOMPARE(here,
             (QJsonObject{{"vantage", "here"},
                          {"host", "mail.example.com"},
                          {"address", "192.0.2.1"},
                          {"family", "ipv4"},
                          {"port", 465}}));
    const QJsonObject site = findings.at(1).toObject().value("subject").toObject();
    QCOMPARE(
        site,
        (QJsonObject{
            {"vantage", "site"}, {"address", "2001:db8::25"}, {"family", "ipv6"}, {"port", 587}}));
    // Only the vantage when nothing else is known.
    QCOMPARE(findings.at(2).toObject().value("subject").toObject(),
             (QJsonObject{{"vantage", "here"}}));
}

void TestJsonReport::readsAReportWithoutSubject()
{
    // A report written before findings had a subject stays readable, seen from here.
    const QByteArray old = R"({"schema":"smtp-doctor-report/1","findings":[
        {"id":"net.refused","severity":"failure","title":"t","explanation":"e",
         "advice":[],"evidence":[],"check":"probe"}]})";
    QString error;
    const auto read = JsonReport::read(old, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->findings.size(), 1);
    QCOMPARE(read->findings.at(0).subject, FindingSubject());
    QCOMPARE(read->findings.at(0).subject.vantage, FindingSubject::Vantage::Here);
    QCOMPARE(read->findings.at(0).subject.port, quint16(0));
    // An unknown vantage is read as here too, not as a failure.
    const QByteArray odd = R"({"schema":"smtp-doctor-report/1","findings":[
        {"id":"net.open","severity":"pass","subject":{"vantage":"moon","port":99999}}]})";
    const auto readOdd = JsonReport::read(odd, &error);
    QVERIFY2(readOdd, qPrintable(error));
    QCOMPARE(readOdd->findings.at(0).subject.vantage, FindingSubject::Vantage::Here);
    QCOMPARE(readOdd->findings.at(0).subject.port, quint16(0));
}

void TestJsonReport::keepsTheSituation_data()
{
    QTest::addColumn<Situation::Symptom>("symptom");
    QTest::addColumn<Situation::SentFrom>("sentFrom");
    QTest::addColumn<QString>("symptomName");
    QTest::addColumn<QString>("sentFromName");
    QTest::newRow("website") << Situation::Symptom::CannotConnect << Situation::SentFrom::Website
                             << "cannot_connect"
                             << "website";
    QTest::newRow("server") << Situation::Symptom::TimesOut << Situation::SentFrom::Server
                            << "times_out"
                            << "server";
    QTest::newRow("this computer") << Situation::Symptom::WorksSometimes
                                   << Situation::SentFrom::ThisComputer << "works_sometimes"
                                   << "this_computer";
    QTest::newRow("password") << Situation::Symptom::AuthenticationFails
                              << Situation::SentFrom::Website << "authentication_fails"
                              << "website";
    QTest::newRow("not received") << Situation::Symptom::NotReceived << Situation::SentFrom::Server
                                  << "not_received"
                                  << "server";
}

// The symptom and where the mail is sent from, as stable names in the JSON
// and back.
void TestJsonReport::keepsTheSituation()
{
    QFETCH(Situation::Symptom, symptom);
    QFETCH(Situation::SentFrom, sentFrom);
    QFETCH(QString, symptomName);
    QFETCH(QString, sentFromName);
    Report report = sampleReport();
    report.situation = Situation{symptom, sentFrom};
    const QByteArray json = JsonReport::write(report);
    const QJsonObject situation = QJsonDocument::fromJson(json)
                                      .object()
                                      .value("situation")
                                      .toObject();
    QCOMPARE(situation.value("symptom").toString(), symptomName);
    QCOMPARE(situation.value("sent_from").toString(), sentFromName);
    QString error;
    const auto read = JsonReport::read(json, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->situation);
    QCOMPARE(read->situation->symptom, symptom);
    QCOMPARE(read->situation->sentFrom, sentFrom);
}

// A report written before the wizard asked (or by the CLI) still opens, with
// no situation; an unknown name is left out rather than guessed.
void TestJsonReport::readsAReportWithoutSituation()
{
    QByteArray json = JsonReport::write(sampleReport());
    QVERIFY(!QJsonDocument::fromJson(json).object().contains("situation"));
    QString error;
    auto read = JsonReport::read(json, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(!read->situation);

    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.insert("situation", QJsonObject{{"symptom", "on_fire"}, {"sent_from", "website"}});
    read = JsonReport::read(QJsonDocument(root).toJson(), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(!read->situation);
    QCOMPARE(read->findings.size(), sampleReport().findings.size());
}

void TestJsonReport::stoppedRunSaysWhereItStopped_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("name");
    QTest::newRow("cancel") << int(RunStop::Reason::Cancelled) << "cancelled";
    QTest::newRow("deadline") << int(RunStop::Reason::DeadlineReached) << "deadline";
    QTest::newRow("kill") << int(RunStop::Reason::Interrupted) << "interrupted";
}

// A run that stopped early says why, at which step and what still ran, in
// JSON and in words; its verdict does not vouch for what it did not reach.
void TestJsonReport::stoppedRunSaysWhereItStopped()
{
    QFETCH(int, reason);
    QFETCH(QString, name);
    Report report = sampleReport();
    report.findings = {FindingCatalog::make("net.open", {"192.0.2.1", "465", "12"}, {}, "ports")};
    const QString complete = ReportVerdict::sentence(report);
    report.stopped = RunStop::fromChecks(RunStop::Reason(reason), {"smtp", "ports"});
    QVERIFY(report.stopped);
    QCOMPARE(report.stopped->step, ReportStep::Step::Connectivity);

    const QJsonObject stopped = QJsonDocument::fromJson(JsonReport::write(report))
                                    .object()
                                    .value("stopped")
                                    .toObject();
    QCOMPARE(stopped.value("reason").toString(), name);
    QCOMPARE(stopped.value("step").toString(), QStringLiteral("connectivity"));
    QCOMPARE(stopped.value("checks").toArray(), QJsonArray({"smtp", "ports"}));

    QString error;
    const auto read = JsonReport::read(JsonReport::write(report), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->stopped);
    QCOMPARE(int(read->stopped->reason), reason);
    QCOMPARE(read->stopped->step, ReportStep::Step::Connectivity);
    QCOMPARE(read->stopped->checks, QStringList({"smtp", "ports"}));

    const QString verdict = ReportVerdict::sentence(report);
    QVERIFY2(verdict != complete, qPrintable(verdict));
    QVERIFY2(verdict.contains("stopped before its end"), qPrintable(verdict));
    const QString text = TextReport::write(report);
    QVERIFY2(text.contains(report.stopped->sentence()), qPrintable(text));
    QVERIFY2(report.stopped->sentence().contains("smtp, ports"),
             qPrintable(report.stopped->sentence()));

    // Nothing still running: it ran to its end.
    QVERIFY(!RunStop::fromChecks(RunStop::Reason(reason), {}));
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

// A run as the Diagnosis logs it: resolve, then the sweep and the domain
// records in parallel, then the SMTP session; offsets from the log's clock,
// which starts before the first check.
static QList<Event> parallelRun()
{
    const auto note = [](qint64 at, const char *check, const char *text) {
        return Event{at, QString::fromLatin1(check), Event::Kind::Note, QString::fromLatin1(text)};
    };
    return {
        note(5, "resolve", Event::checkStarted),
        {6, "resolve", Event::Kind::Dns, "resolving mail.example.com"},
        {30, "resolve", Event::Kind::Dns, "mail.example.com type 1: 192.0.2.1 (NOERROR)"},
        note(31, "resolve", Event::checkEnded),
        note(31, "domain", Event::checkStarted),
        note(31, "ports", Event::checkStarted),
        {52, "domain", Event::Kind::Dns, "example.com type 15: 1 record(s) (NOERROR)"},
        note(80, "domain", Event::checkEnded),
        {131, "ports", Event::Kind::Connect, "connect to 192.0.2.1 port 587: open"},
        note(131, "ports", Event::checkEnded),
        note(132, "smtp", Event::checkStarted),
        {250, "smtp", Event::Kind::Received, "220 hi"},
        note(900, "smtp", Event::checkEnded),
        note(900, "diagnosis", "finished in 895 ms"),
    };
}

void TestJsonReport::stepTimingsFromTheEvents()
{
    const StepTimings timings(parallelRun());
    QStringList names;
    for (const StepTimings::Step &step : timings.steps())
        names.append(step.step);
    // In the order they started; the Diagnosis' own note is not a step.
    QCOMPARE(names, (QStringList{"resolve", "domain", "ports", "smtp"}));
    const QList<StepTimings::Step> &steps = timings.steps();
    QCOMPARE(steps.at(0).startMs, 0); // counted from the first step's start
    QCOMPARE(steps.at(0).durationMs, 26);
    QCOMPARE(steps.at(1).startMs, 26);
    QCOMPARE(steps.at(1).durationMs, 49);
    QCOMPARE(steps.at(2).durationMs, 100);
    QCOMPARE(steps.at(3).startMs, 127);
    QCOMPARE(steps.at(3).durationMs, 768);
}

void TestJsonReport::stepTimingsOfAnOlderReport()
{
    // Without the start and end notes: from each step's first to last event.
    QList<Event> events;
    for (const Event &event : parallelRun()) {
        if (event.text != QLatin1String(Event::checkStarted)
            && event.text != QLatin1String(Event::checkEnded))
            events.append(event);
    }
    const StepTimings timings(events);
    QCOMPARE(timings.steps().size(), 4);
    QCOMPARE(timings.steps().at(0).step, QStringLiteral("resolve"));
    QCOMPARE(timings.steps().at(0).startMs, 0);
    QCOMPARE(timings.steps().at(0).durationMs, 24);
    QCOMPARE(timings.steps().at(3).step, QStringLiteral("smtp"));
    QCOMPARE(timings.steps().at(3).startMs, 244);
    QCOMPARE(timings.steps().at(3).durationMs, 0);
    QVERIFY(StepTimings({}).isEmpty());
}

void TestJsonReport::everyFormatShowsWhereTheTimeWent()
{
    Report report = sampleReport();
    report.events = parallelRun();
    report.durationMs = 895;

    const QJsonArray timing = QJsonDocument::fromJson(JsonReport::write(report))
                                  .object()
                                  .value("timing")
                                  .toArray();
    QCOMPARE(timing.size(), 4);
    const QJsonObject smtp = timing.at(3).toObject();
    QCOMPARE(smtp.value("step").toString(), QStringLiteral("smtp"));
    QCOMPARE(smtp.value("start_ms").toInt(), 127);
    QCOMPARE(smtp.value("duration_ms").toInt(), 768);

    const QString text = TextReport::write(report);
    QVERIFY2(text.contains(StepTimings::title()), qPrintable(text));
    QVERIFY2(
        QRegularExpression(QStringLiteral("\\nsmtp +127 ms +768 ms\\n")).match(text).hasMatch(),
        qPrintable(text));
    const QString markdown = MarkdownReport::write(report);
    QVERIFY2(markdown.contains(QStringLiteral("| smtp | 127 ms | 768 ms |")), qPrintable(markdown));
    const QString html = HtmlReport::write(report);
    QVERIFY2(html.contains(QStringLiteral("<tr><td>smtp</td><td>127 ms</td><td>768 ms</td></tr>")),
             qPrintable(html));

    // A report without events (a message checked alone) has no such section.
    report.events.clear();
    QVERIFY(!TextReport::write(report).contains(StepTimings::title()));
    QVERIFY(QJsonDocument::fromJson(JsonReport::write(report))
                .object()
                .value("timing")
                .toArray()
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonReport)
#include "tst_jsonreport.moc"
