// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the SPF evaluator against the openspf RFC 7208 test suite: one row
// per scenario test, each scenario's zone served from memory.
#include "ZoneDnsSource.h"
#include "spf/SpfEvaluator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestSpfConformance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void suite_data();
    void suite();
    void cleanupTestCase();

private:
    SpfResult evaluate(ZoneDnsSource *zone, const SpfQuery &query, bool prefetch);

    QJsonArray m_scenarios;
    int m_run = 0;
    int m_passed = 0;
};

void TestSpfConformance::initTestCase()
{
    QFile file(QStringLiteral(SPF_SUITE_JSON));
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("cannot read %1 (made from %2 by yaml2json.py)")
                            .arg(file.fileName(), QStringLiteral(SPF_SUITE_YAML))));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(!document.isNull(), qPrintable(error.errorString()));
    m_scenarios = document.object().value(QLatin1String("scenarios")).toArray();
    QVERIFY(!m_scenarios.isEmpty());
}

void TestSpfConformance::suite_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("helo");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("mailfrom");
    QTest::addColumn<QStringList>("results");
    QTest::addColumn<bool>("checkExplanation");
    QTest::addColumn<QString>("explanation");

    for (int i = 0; i < m_scenarios.size(); ++i) {
        const QJsonArray tests = m_scenarios.at(i)
                                     .toObject()
                                     .value(QLatin1String("tests"))
                                     .toArray();
        for (const QJsonValue &value : tests) {
            const QJsonObject test = value.toObject();
            QStringList results;
            for (const QJsonValue &result : test.value(QLatin1String("results")).toArray())
                results.append(result.toString());
            const QString name = test.value(QLatin1String("name")).toString();
            QTest::newRow(qPrintable(name))
                << i << test.value(QLatin1String("helo")).toString()
                << test.value(QLatin1String("host")).toString()
                << test.value(QLatin1String("mailfrom")).toString() << results
                << test.contains(QLatin1String("explanation"))
                << test.value(QLatin1String("explanation")).toString();
        }
    }
}

SpfResult TestSpfConformance::evaluate(ZoneDnsSource *zone, const SpfQuery &query, bool prefetch)
{
    SpfEvaluator evaluator(zone, query);
    // The suite's drivers set this default explanation (see its "DEFAULT").
    evaluator.setDefaultExplanation(QStringLiteral("DEFAULT"));
    evaluator.setPrefetchEnabled(prefetch);
    QSignalSpy spy(&evaluator, &SpfEvaluator::finished);
    evaluator.start();
    if (!spy.wait(5000))
        return {};
    QCoreApplication::processEvents(); // a second finished() would show now
    if (spy.count() != 1)
        return {};
    return evaluator.result();
}

void TestSpfConformance::suite()
{
    QFETCH(int, scenario);
    QFETCH(QString, helo);
    QFETCH(QString, host);
    QFETCH(QString, mailfrom);
    QFETCH(QStringList, results);
    QFETCH(bool, checkExplanation);
    QFETCH(QString, explanation);
    ++m_run;

    QString error;
    ZoneDnsSource zone = ZoneDnsSource::fromJson(
        m_scenarios.at(scenario).toObject().value(QLatin1String("zonedata")).toArray(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    SpfQuery query;
    query.clientAddress = QHostAddress(host);
    query.sender = mailfrom;
    query.helo = helo;
    QVERIFY2(!query.clientAddress.isNull(), qPrintable(host));

    const SpfResult result = evaluate(&zone, query, true);
    const QString code = SpfResult::codeName(result.code);
    const QString trail = QStringLiteral("\n    ") + result.trail.join(QStringLiteral("\n    "));
    if (qEnvironmentVariableIsSet("SPF_CONFORMANCE_TRAIL"))
        qInfo("%s", qPrintable(trail));
    QVERIFY2(!result.trail.isEmpty(), "no single finished() signal");
    QVERIFY2(results.contains(code),
             qPrintable(QStringLiteral("got %1, expected %2%3")
                            .arg(code, results.join(QLatin1String(" or ")), trail)));
    if (checkExplanation)
        QVERIFY2(result.explanation == explanation,
                 qPrintable(QStringLiteral("explanation \"%1\", expected \"%2\"%3")
                                .arg(result.explanation, explanation, trail)));

    // Fetching ahead must not change anything but the timing.
    const SpfResult inOrder = evaluate(&zone, query, false);
    QCOMPARE(inOrder.code, result.code);
    QCOMPARE(inOrder.explanation, result.explanation);
    QCOMPARE(inOrder.dnsLookups, result.dnsLookups);
    QCOMPARE(inOrder.voidLookups, result.voidLookups);
    QCOMPARE(inOrder.trail, result.trail);
    ++m_passed;
}

void TestSpfConformance::cleanupTestCase()
{
    qInfo("SPF conformance: %d of %d scenario tests pass", m_passed, m_run);
}

QTEST_GUILESS_MAIN(TestSpfConformance)
#include "tst_spfconformance.moc"
