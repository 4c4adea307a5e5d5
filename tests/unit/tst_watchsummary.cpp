// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/JsonReport.h"
#include "watch/WatchSummary.h"
#include "watch/WatchTable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

// WatchSummary: what a series of attempts says (success ratio, percentiles
// per phase, failure classes, rate limit, slow greeting), from made-up
// attempts; and the watch section's round trip through the JSON report.
class TestWatchSummary : public QObject
{
    Q_OBJECT
private slots:
    void percentile_data();
    void percentile();
    void series_data();
    void series();
    void slowGreeting_data();
    void slowGreeting();
    void jsonRoundTrip();
    void reportWithoutWatch();
    void tables();
};

namespace {

using Phase = WatchAttempt::Phase;

// "ok", "ok+sent", "fail:ID", "rate": one attempt each, 1 ms connect,
// `greetingMs` greeting where the session greeted.
QList<WatchAttempt> attemptsFrom(const QStringList &outcomes, qint64 greetingMs = 5)
{
    QList<WatchAttempt> attempts;
    for (const QString &outcome : outcomes) {
        WatchAttempt attempt;
        attempt.index = int(attempts.size()) + 1;
        attempt.offsetMs = 1000 * attempts.size();
        attempt.setMs(Phase::Connect, 1);
        if (outcome.startsWith(QLatin1String("fail:"))) {
            attempt.failureIds.append(outcome.mid(5));
            attempt.findingIds.append(outcome.mid(5));
        } else {
            attempt.setMs(Phase::Greeting, greetingMs);
            attempt.findingIds.append(QStringLiteral("smtp.greeting_ok"));
        }
        if (outcome == QLatin1String("ok+sent")) {
            attempt.messageAttempted = true;
            attempt.findingIds.append(QStringLiteral("send.accepted"));
        } else if (outcome == QLatin1String("rate")) {
            attempt.messageAttempted = true;
            attempt.findingIds.append(QStringLiteral("send.rate_limited"));
            attempt.failureIds.append(QStringLiteral("send.rate_limited"));
            attempt.failureDetail = QStringLiteral("421 4.7.0 slow down");
        }
        attempts.append(attempt);
    }
    return attempts;
}

QStringList ids(const QList<Finding> &findings)
{
    QStringList list;
    for (const Finding &finding : findings)
        list.append(finding.id);
    return list;
}

} // namespace

void TestWatchSummary::percentile_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<int>("percent");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("none") << QList<qint64>{} << 50 << qint64(-1);
    QTest::newRow("one") << QList<qint64>{7} << 90 << qint64(7);
    QTest::newRow("p50 of four: the second") << QList<qint64>{4, 1, 3, 2} << 50 << qint64(2);
    QTest::newRow("p50 of three: the middle") << QList<qint64>{30, 10, 20} << 50 << qint64(20);
    QTest::newRow("p90 of ten: the ninth")
        << QList<qint64>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 90 << qint64(9);
    QTest::newRow("p90 of three: the largest") << QList<qint64>{1, 2, 300} << 90 << qint64(300);
    QTest::newRow("p100") << QList<qint64>{5, 1} << 100 << qint64(5);
}

void TestWatchSummary::percentile()
{
    QFETCH(QList<qint64>, values);
    QFETCH(int, percent);
    QFETCH(qint64, expected);
    QCOMPARE(WatchSummary::percentile(values, percent), expected);
}

void TestWatchSummary::series_data()
{
    QTest::addColumn<QStringList>("outcomes");
    QTest::addColumn<int>("succeeded");
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<QString>("failureText");
    QTest::addColumn<int>("rateLimitedAfter"); // -1: none

    const QString noGreeting = QStringLiteral("fail:smtp.no_greeting");
    QTest::newRow("all fine") << QStringList{"ok", "ok", "ok"} << 3 << QStringList{} << QString()
                              << -1;
    QTest::newRow("one in three") << QStringList{"ok", "ok", noGreeting, "ok", "ok", noGreeting}
                                  << 4 << QStringList{"net.intermittent"}
                                  << QStringLiteral("smtp.no_greeting in 2 of 6 attempts (3, 6)")
                                  << -1;
    QTest::newRow("two classes") << QStringList{"fail:net.refused",
                                                "ok",
                                                "fail:smtp.rejected_greeting",
                                                "fail:net.refused"}
                                 << 1 << QStringList{"net.intermittent"}
                                 << QStringLiteral("net.refused in 2 of 4 attempts (1, 4); "
                                                   "smtp.rejected_greeting in 1 of 4 attempts (3)")
                                 << -1;
    // Failing every time is not intermittent: the class's own finding says it.
    QTest::newRow("always fails") << QStringList{noGreeting, noGreeting} << 0 << QStringList{}
                                  << QStringLiteral("smtp.no_greeting in 2 of 2 attempts (1, 2)")
                                  << -1;
    QTest::newRow("rate limit after two messages")
        << QStringList{"ok+sent", "ok+sent", "rate", "rate"} << 2
        << QStringList{"send.rate_limited"}
        << QStringLiteral("send.rate_limited in 2 of 4 attempts (3, 4)") << 2;
    QTest::newRow("rate limit at once")
        << QStringList{"rate", "ok"} << 1 << QStringList{"send.rate_limited"}
        << QStringLiteral("send.rate_limited in 1 of 2 attempts (1)") << 0;
    QTest::newRow("none at all") << QStringList{} << 0 << QStringList{} << QString() << -1;
}

void TestWatchSummary::series()
{
    QFETCH(QStringList, outcomes);
    QFETCH(int, succeeded);
    QFETCH(QStringList, findings);
    QFETCH(QString, failureText);
    QFETCH(int, rateLimitedAfter);

    const WatchSummary summary = WatchSummary::of(attemptsFrom(outcomes));
    QCOMPARE(summary.attempts(), outcomes.size());
    QCOMPARE(summary.succeeded(), succeeded);
    if (!outcomes.isEmpty())
        QCOMPARE(summary.successRatio(), double(succeeded) / outcomes.size());
    QCOMPARE(ids(summary.findings(QStringLiteral("mail.example"), 587)), findings);
    QCOMPARE(summary.failureText(), failureText);
    QCOMPARE(summary.rateLimit().has_value(), rateLimitedAfter >= 0);
    if (summary.rateLimit()) {
        QCOMPARE(summary.rateLimit()->afterMessages, rateLimitedAfter);
        QCOMPARE(summary.rateLimit()->reply, QStringLiteral("421 4.7.0 slow down"));
        const Finding limited = summary.findings(QStringLiteral("mail.example"), 587).constLast();
        QVERIFY2(limited.evidence.constFirst().startsWith(
                     QStringLiteral("rate limited after %1 messages").arg(rateLimitedAfter)),
                 qPrintable(limited.evidence.constFirst()));
        QCOMPARE(limited.severity, Finding::Severity::Failure);
    }
    if (findings.contains(QStringLiteral("net.intermittent"))) {
        const Finding intermittent = summary.findings(QStringLiteral("mail.example"), 587).first();
        QVERIFY2(intermittent.explanation.contains(failureText),
                 qPrintable(intermittent.explanation));
        QVERIFY(intermittent.title.contains(QStringLiteral("mail.example port 587")));
    }
}

void TestWatchSummary::slowGreeting_data()
{
    QTest::addColumn<qint64>("connectMs");
    QTest::addColumn<qint64>("greetingMs");
    QTest::addColumn<bool>("slow");
    QTest::newRow("quick network, 1.5 s greeting") << qint64(1) << qint64(1500) << true;
    QTest::newRow("quick network, 0.9 s greeting") << qint64(1) << qint64(900) << false;
    QTest::newRow("exactly 1 s: not above") << qint64(0) << qint64(1000) << false;
    // A slow path explains a slow greeting: ten connect times or less is the network.
    QTest::newRow("200 ms connect, 1.5 s greeting") << qint64(200) << qint64(1500) << false;
    QTest::newRow("200 ms connect, 2.5 s greeting") << qint64(200) << qint64(2500) << true;
}

void TestWatchSummary::slowGreeting()
{
    QFETCH(qint64, connectMs);
    QFETCH(qint64, greetingMs);
    QFETCH(bool, slow);
    QList<WatchAttempt> attempts = attemptsFrom({"ok", "ok", "ok"}, greetingMs);
    for (WatchAttempt &attempt : attempts)
        attempt.setMs(Phase::Connect, connectMs);
    const WatchSummary summary = WatchSummary::of(attempts);
    QCOMPARE(summary.slowGreeting(), slow);
    QCOMPARE(summary.phase(Phase::Greeting).p50, greetingMs);
    QCOMPARE(summary.phase(Phase::Tls).samples, 0);
    QCOMPARE(summary.phase(Phase::Tls).p50, qint64(-1));
    QCOMPARE(ids(summary.findings(QStringLiteral("h"), 25))
                 .contains(QStringLiteral("net.slow_greeting")),
             slow);
}

void TestWatchSummary::jsonRoundTrip()
{
    Report report;
    report.target.host = QStringLiteral("mail.example");
    report.started = QDateTime::currentDateTimeUtc();
    WatchRecord record;
    record.plannedAttempts = 5;
    record.intervalMs = 250;
    record.messagesAllowed = 4;
    record.cancelled = true;
    record.attempts = attemptsFrom({"ok+sent", "ok+sent", "rate", "fail:net.filtered"});
    record.attempts[1].setMs(Phase::Tls, 42);
    record.attempts[1].setMs(Phase::Auth, 7);
    report.watch = record;

    const QByteArray json = JsonReport::write(report);
    QString error;
    const auto read = JsonReport::read(json, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->watch);
    QCOMPARE(read->watch->plannedAttempts, 5);
    QCOMPARE(read->watch->intervalMs, 250);
    QCOMPARE(read->watch->messagesAllowed, 4);
    QVERIFY(read->watch->cancelled);
    QCOMPARE(read->watch->attempts.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const WatchAttempt &written = record.attempts.at(i);
        const WatchAttempt &back = read->watch->attempts.at(i);
        QCOMPARE(back.index, written.index);
        QCOMPARE(back.offsetMs, written.offsetMs);
        QCOMPARE(back.phaseMs, written.phaseMs);
        QCOMPARE(back.findingIds, written.findingIds);
        QCOMPARE(back.failureIds, written.failureIds);
        QCOMPARE(back.failureDetail, written.failureDetail);
        QCOMPARE(back.messageAttempted, written.messageAttempted);
    }
    // The summary is written for other readers of the file.
    const QJsonObject summary = QJsonDocument::fromJson(json)
                                    .object()
                                    .value(QStringLiteral("watch"))
                                    .toObject()
                                    .value(QStringLiteral("summary"))
                                    .toObject();
    QCOMPARE(summary.value(QStringLiteral("succeeded")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("success_ratio")).toDouble(), 0.5);
    QCOMPARE(summary.value(QStringLiteral("rate_limited_after_messages")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("phases"))
                 .toObject()
                 .value(QStringLiteral("tls"))
                 .toObject()
                 .value(QStringLiteral("p50_ms"))
                 .toInt(),
             42);
}

void TestWatchSummary::reportWithoutWatch()
{
    Report report;
    report.target.host = QStringLiteral("mail.example");
    const QByteArray json = JsonReport::write(report);
    QVERIFY(!json.contains("\"watch\""));
    QString error;
    const auto read = JsonReport::read(json, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(!read->watch);
    // Ill-typed watch sections read as empty, never as a crash.
    QByteArray odd = json;
    odd.replace("\"schema\"",
                "\"watch\": {\"attempts\": [1, {\"index\": \"x\", \"connect_ms\": "
                "-5, \"findings\": [2]}]}, \"schema\"");
    const auto oddRead = JsonReport::read(odd, &error);
    QVERIFY2(oddRead && oddRead->watch, qPrintable(error));
    QCOMPARE(oddRead->watch->attempts.size(), 2);
    QCOMPARE(oddRead->watch->attempts.at(1).ms(Phase::Connect), qint64(-1));
    QVERIFY(oddRead->watch->attempts.at(1).findingIds.isEmpty());
    // Extreme numbers survive writing and reading again (the wizard saves
    // what it opened).
    QByteArray extreme = json;
    extreme.replace("\"schema\"",
                    "\"watch\": {\"interval_ms\": 1e300, \"attempts\": [{\"index\": -7, "
                    "\"t_ms\": 1e300, \"connect_ms\": 0, \"greeting_ms\": 9.0e15, "
                    "\"failures\": [\"a\", \"a\", \"b\"]}, {\"index\": -7, \"failures\": "
                    "[\"a\"]}]}, \"schema\"");
    const auto extremeRead = JsonReport::read(extreme, &error);
    QVERIFY2(extremeRead && extremeRead->watch, qPrintable(error));
    const auto again = JsonReport::read(JsonReport::write(*extremeRead), &error);
    QVERIFY2(again && again->watch, qPrintable(error));
    QCOMPARE(again->watch->attempts.size(), 2);
    QCOMPARE(again->watch->attempts.at(0).ms(Phase::Greeting), qint64(9'000'000'000'000'000));
    const WatchSummary summary = WatchSummary::of(again->watch->attempts);
    QCOMPARE(summary.failures().size(), 2);
    QCOMPARE(summary.failures().at(0).attempts, QList<int>{-7});
    QVERIFY(summary.slowGreeting());
}

void TestWatchSummary::tables()
{
    WatchRecord record;
    record.intervalMs = 5000;
    record.plannedAttempts = 3;
    record.attempts = attemptsFrom({"ok", "fail:net.refused", "ok"}, 1500);
    const QString text = WatchTable::text(record);
    QVERIFY2(text.contains(QStringLiteral("2 of 3 attempts succeeded (67%), one every 5 s")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("net.refused in 1 of 3 attempts (2)")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Greeting +1500 +1500 +1500"))),
             qPrintable(text));
    const QString markdown = WatchTable::markdown(record);
    QVERIFY2(markdown.contains(QStringLiteral("| Greeting | 1500 | 1500 | 1500 |")),
             qPrintable(markdown));
    QVERIFY2(markdown.contains(QStringLiteral("| TLS handshake | - | - | - |")),
             qPrintable(markdown));
    const QString html = WatchTable::html(record);
    QVERIFY2(html.contains(QStringLiteral("<tr><td>Greeting</td><td>1500</td><td>1500</td>"
                                          "<td>1500</td></tr>")),
             qPrintable(html));
    QVERIFY2(
        html.contains(QStringLiteral("<li><code>net.refused</code>: 1 of 3 attempts (2)</li>")),
        qPrintable(html));
    QVERIFY(html.startsWith(QStringLiteral("<section"))
            && html.endsWith(QStringLiteral("</section>\n")));
}

QTEST_GUILESS_MAIN(TestWatchSummary)
#include "tst_watchsummary.moc"
