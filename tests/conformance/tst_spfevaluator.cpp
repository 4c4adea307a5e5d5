// The SpfEvaluator as a job: deferred start, one finished() signal, cancel,
// deadline, what the result says beyond its code, and fetching ahead.
#include "ZoneDnsSource.h"
#include "spf/SpfEvaluator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

namespace {
// "name TYPE value" lines ("example.com TXT v=spf1 -all", "x MX 10 mx.x",
// "x TIMEOUT") as the zonedata JSON of yaml2json.py.
QJsonArray zoneFromText(const QString &text)
{
    QMap<QString, QJsonArray> names;
    QStringList order;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString name = line.section(QLatin1Char(' '), 0, 0);
        const QString type = line.section(QLatin1Char(' '), 1, 1);
        const QString value = line.section(QLatin1Char(' '), 2);
        if (!names.contains(name))
            order.append(name);
        if (type == QLatin1String("MX"))
            names[name].append(QJsonArray{type,
                                          QJsonArray{value.section(QLatin1Char(' '), 0, 0).toInt(),
                                                     value.section(QLatin1Char(' '), 1)}});
        else if (type == QLatin1String("TIMEOUT"))
            names[name].append(QJsonArray{type, QJsonValue()});
        else
            names[name].append(QJsonArray{type, value});
    }
    QJsonArray zone;
    for (const QString &name : std::as_const(order))
        zone.append(
            QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("records"), names[name]}});
    return zone;
}

// Holds every question until the test answers all that are pending: one
// call of answerRound() is one network round trip.
class ManualDnsSource : public DnsSource
{
public:
    explicit ManualDnsSource(const QString &zone)
    {
        QString error;
        m_zone = ZoneDnsSource::fromJson(zoneFromText(zone), &error);
    }
    void lookup(const QString &name,
                int type,
                QObject *context,
                std::function<void(const DnsAnswer &)> done) override
    {
        m_pending.append(Pending{name, type, context, std::move(done)});
    }
    int pendingCount() const { return int(m_pending.size()); }
    void answerRound()
    {
        const QList<Pending> round = std::exchange(m_pending, {});
        for (const Pending &pending : round) {
            if (pending.context)
                pending.done(m_zone.answer(pending.name, pending.type));
        }
    }

private:
    struct Pending
    {
        QString name;
        int type;
        QPointer<QObject> context;
        std::function<void(const DnsAnswer &)> done;
    };
    ZoneDnsSource m_zone;
    QList<Pending> m_pending;
};

SpfQuery queryFor(const QString &client, const QString &sender)
{
    SpfQuery query;
    query.clientAddress = QHostAddress(client);
    query.sender = sender;
    query.helo = QStringLiteral("mail.example.com");
    return query;
}
} // namespace

class TestSpfEvaluator : public QObject
{
    Q_OBJECT
private slots:
    void startDefers();
    void cancelFinishesOnce();
    void deadline();
    void result_data();
    void result();
    void prefetchSavesRoundTrips_data();
    void prefetchSavesRoundTrips();
};

void TestSpfEvaluator::startDefers()
{
    ManualDnsSource dns(QStringLiteral("example.com TXT v=spf1 -all"));
    SpfEvaluator evaluator(&dns,
                           queryFor(QStringLiteral("192.0.2.1"), QStringLiteral("a@example.com")));
    QSignalSpy spy(&evaluator, &SpfEvaluator::finished);
    evaluator.start();
    QCOMPARE(dns.pendingCount(), 0); // nothing done inside start()
    QVERIFY(evaluator.isRunning());
    QTRY_COMPARE(dns.pendingCount(), 1);
    dns.answerRound();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(evaluator.result().code, SpfResult::Code::Fail);
    evaluator.cancel(); // too late: nothing happens
    QCOMPARE(spy.count(), 1);
}

void TestSpfEvaluator::cancelFinishesOnce()
{
    ManualDnsSource dns(QStringLiteral("example.com TXT v=spf1 -all"));
    SpfEvaluator evaluator(&dns,
                           queryFor(QStringLiteral("192.0.2.1"), QStringLiteral("a@example.com")));
    QSignalSpy spy(&evaluator, &SpfEvaluator::finished);
    evaluator.start();
    QTRY_COMPARE(dns.pendingCount(), 1);
    evaluator.cancel();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(evaluator.result().code, SpfResult::Code::TempError);
    QCOMPARE(evaluator.result().problem, SpfResult::Problem::Cancelled);
    dns.answerRound(); // the answer that comes anyway is dropped
    evaluator.cancel();
    QTest::qWait(10);
    QCOMPARE(spy.count(), 1);
}

void TestSpfEvaluator::deadline()
{
    ManualDnsSource dns(QStringLiteral("example.com TXT v=spf1 -all"));
    SpfEvaluator evaluator(&dns,
                           queryFor(QStringLiteral("192.0.2.1"), QStringLiteral("a@example.com")));
    evaluator.setDeadline(50);
    QSignalSpy spy(&evaluator, &SpfEvaluator::finished);
    evaluator.start();
    QVERIFY(spy.wait(2000));
    QCOMPARE(evaluator.result().code, SpfResult::Code::TempError);
    QCOMPARE(evaluator.result().problem, SpfResult::Problem::DeadlineReached);
    dns.answerRound();
    QCOMPARE(spy.count(), 1);
}

void TestSpfEvaluator::result_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("code");
    QTest::addColumn<SpfResult::Problem>("problem");
    QTest::addColumn<QString>("matchedTerm");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("dnsLookups");

    using P = SpfResult::Problem;
    const QString inside = QStringLiteral("192.0.2.10");
    QTest::newRow("pass via include")
        << "example.com TXT v=spf1 include:_spf.example.net -all\n"
           "_spf.example.net TXT v=spf1 ip4:192.0.2.0/24 -all"
        << inside << "pass" << P::NoProblem << "include:_spf.example.net" << 1 << 1;
    QTest::newRow("not authorized") << "example.com TXT v=spf1 mx ~all\nexample.com MX 10 "
                                       "mx.example.com\nmx.example.com A 198.51.100.1"
                                    << inside << "softfail" << P::NoProblem << "~all" << 1 << 1;
    QTest::newRow("missing") << "example.com TXT google-site-verification=abc" << inside << "none"
                             << P::NoRecord << "" << 0 << 0;
    QTest::newRow("no domain") << "other.example TXT v=spf1 -all" << inside << "none"
                               << P::NoSuchDomain << "" << 0 << 0;
    QTest::newRow("multiple")
        << "example.com TXT v=spf1 -all\nexample.com TXT v=spf1 include:_spf.google.com ~all"
        << inside << "permerror" << P::MultipleRecords << "" << 2 << 0;
    QTest::newRow("syntax") << "example.com TXT v=spf1 ip4:192.0.2.0/33 -all" << inside
                            << "permerror" << P::SyntaxError << "" << 1 << 0;
    QTest::newRow("too many lookups")
        << "example.com TXT v=spf1 a a a a a a a a a a a -all\nexample.com A 198.51.100.1" << inside
        << "permerror" << P::TooManyLookups << "" << 1 << 11;
    QTest::newRow("void lookups")
        << "example.com TXT v=spf1 a:x1.example.com a:x2.example.com a:x3.example.com -all"
        << inside << "permerror" << P::TooManyVoidLookups << "" << 1 << 3;
    QTest::newRow("include without record")
        << "example.com TXT v=spf1 include:nothing.example.net -all" << inside << "permerror"
        << P::IncludeWithoutRecord << "" << 1 << 1;
    QTest::newRow("dns timeout") << "example.com TIMEOUT" << inside << "temperror" << P::DnsError
                                 << "" << 0 << 0;
}

void TestSpfEvaluator::result()
{
    QFETCH(QString, zone);
    QFETCH(QString, client);
    QFETCH(QString, code);
    QFETCH(SpfResult::Problem, problem);
    QFETCH(QString, matchedTerm);
    QFETCH(int, records);
    QFETCH(int, dnsLookups);

    QString error;
    ZoneDnsSource dns = ZoneDnsSource::fromJson(zoneFromText(zone), &error);
    QVERIFY(error.isEmpty());
    SpfEvaluator evaluator(&dns, queryFor(client, QStringLiteral("someone@example.com")));
    QSignalSpy finished(&evaluator, &SpfEvaluator::finished);
    QSignalSpy answered(&evaluator, &SpfEvaluator::dnsAnswered);
    evaluator.start();
    QVERIFY(finished.wait(2000));
    const SpfResult result = finished.first().first().value<SpfResult>();
    QCOMPARE(SpfResult::codeName(result.code), code);
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.matchedTerm, matchedTerm);
    QCOMPARE(result.records.size(), records);
    QCOMPARE(result.dnsLookups, dnsLookups);
    QCOMPARE(result.domain, QStringLiteral("example.com"));
    QVERIFY(answered.count() >= 1);
    QVERIFY(result.trail.first().startsWith(QLatin1String("check_host(")));
    QVERIFY(result.trail.last().startsWith(QLatin1String("result: ") + code));
    if (problem != SpfResult::Problem::NoProblem)
        QVERIFY(!result.problemDetail.isEmpty());
    if (result.code == SpfResult::Code::Fail || result.code == SpfResult::Code::SoftFail)
        QCOMPARE(result.matchedDomain, QStringLiteral("example.com"));
}

void TestSpfEvaluator::prefetchSavesRoundTrips_data()
{
    QTest::addColumn<bool>("prefetch");
    QTest::addColumn<int>("rounds");
    // top | a, b, c (ahead) | d (ahead, from b's record): 3 rounds, against
    // top | a | b | d | c in order.
    QTest::newRow("ahead") << true << 3;
    QTest::newRow("in order") << false << 5;
}

void TestSpfEvaluator::prefetchSavesRoundTrips()
{
    QFETCH(bool, prefetch);
    QFETCH(int, rounds);
    ManualDnsSource dns(QStringLiteral("example.com TXT v=spf1 include:a.example.com "
                                       "include:b.example.com redirect=c.example.com\n"
                                       "a.example.com TXT v=spf1 -ip4:192.0.2.9\n"
                                       "b.example.com TXT v=spf1 include:d.example.com\n"
                                       "c.example.com TXT v=spf1 -all\n"
                                       "d.example.com TXT v=spf1 ip4:198.51.100.0/24\n"));
    SpfEvaluator evaluator(&dns,
                           queryFor(QStringLiteral("192.0.2.1"), QStringLiteral("a@example.com")));
    evaluator.setPrefetchEnabled(prefetch);
    QSignalSpy spy(&evaluator, &SpfEvaluator::finished);
    evaluator.start();
    int count = 0;
    while (spy.isEmpty() && count < 20) {
        QTRY_VERIFY(dns.pendingCount() > 0 || !spy.isEmpty());
        if (!spy.isEmpty())
            break;
        dns.answerRound();
        ++count;
        QCoreApplication::processEvents();
    }
    QCOMPARE(count, rounds);
    QCOMPARE(evaluator.result().code, SpfResult::Code::Fail);
    QCOMPARE(evaluator.result().dnsLookups, 4);
    QCOMPARE(evaluator.result().matchedDomain, QStringLiteral("c.example.com"));
}

QTEST_GUILESS_MAIN(TestSpfEvaluator)
#include "tst_spfevaluator.moc"
