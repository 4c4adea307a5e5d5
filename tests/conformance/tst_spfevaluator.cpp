// SPDX-License-Identifier: GPL-3.0-or-later
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
        m_asked.append(QStringLiteral("%1/%2").arg(name.toLower()).arg(type));
        m_pending.append(Pending{name, type, context, std::move(done)});
    }
    // Every question asked, "name/type", in order.
    const QStringList &asked() const { return m_asked; }
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
    QStringList m_asked;
};

// Runs one evaluation to its end, a round of answers at a time.
QStringList askedDuring(const QString &zone, bool prefetch, SpfResult *result)
{
    ManualDnsSource dns(zone);
    SpfQuery query;
    query.clientAddress = QHostAddress(QStringLiteral("192.0.2.1"));
    query.sender = QStringLiteral("a@example.com");
    query.helo = QStringLiteral("mail.example.com");
    SpfEvaluator evaluator(&dns, query);
    evaluator.setPrefetchEnabled(prefetch);
    QSignalSpy spy(&evaluator, &SpfEvaluator::finished);
    evaluator.start();
    for (int round = 0; spy.isEmpty() && round < 40; ++round) {
        QCoreApplication::processEvents();
        dns.answerRound();
        QCoreApplication::processEvents();
    }
    *result = evaluator.result();
    return dns.asked();
}

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
    void macroTargetsAhead();
    void prefetchStaysWithinLimits_data();
    void prefetchStaysWithinLimits();
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
    // top | h1, m, a (ahead) | mx, e, c (ahead, once h1, m and a are
    // known): 3 rounds, against top | h1 | m | mx | a | e | c in order. A
    // later sibling of an include waits for the include's record (what it
    // holds may use the limits up), so an include's own include and its
    // siblings are not fetched together.
    QTest::newRow("ahead") << true << 3;
    QTest::newRow("in order") << false << 7;
}

void TestSpfEvaluator::prefetchSavesRoundTrips()
{
    QFETCH(bool, prefetch);
    QFETCH(int, rounds);
    ManualDnsSource dns(QStringLiteral("example.com TXT v=spf1 a:h1.example.com mx:m.example.com "
                                       "include:a.example.com redirect=c.example.com\n"
                                       "h1.example.com A 198.51.100.1\n"
                                       "m.example.com MX 10 mx.example.com\n"
                                       "mx.example.com A 198.51.100.2\n"
                                       "a.example.com TXT v=spf1 a:e.example.com "
                                       "-ip4:192.0.2.9\n"
                                       "e.example.com A 127.0.0.2\n"
                                       "c.example.com TXT v=spf1 -all\n"));
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
    QCOMPARE(evaluator.result().dnsLookups, 5);
    QCOMPARE(evaluator.result().matchedDomain, QStringLiteral("c.example.com"));
}

void TestSpfEvaluator::macroTargetsAhead()
{
    // %{i} and %{d} are known before evaluation reaches the term: fetched
    // with the include, in the second round. %{p} needs the client's PTR
    // name: never fetched ahead.
    const QString zone = QStringLiteral(
        "example.com TXT v=spf1 include:a.example.com exists:%{p}.p.example.com "
        "exists:%{i}._ip.%{d} -all\n"
        "a.example.com TXT v=spf1 ip4:198.51.100.0/24 -all\n"
        "192.0.2.1._ip.example.com A 127.0.0.2");
    SpfResult result;
    const QStringList asked = askedDuring(zone, true, &result);
    QCOMPARE(SpfResult::codeName(result.code), QStringLiteral("pass"));
    QVERIFY2(asked.indexOf("192.0.2.1._ip.example.com/1")
                 < asked.indexOf("1.2.0.192.in-addr.arpa/12"),
             qPrintable(asked.join(' ')));
    SpfResult inOrder;
    const QStringList reached = askedDuring(zone, false, &inOrder);
    QCOMPARE(QSet<QString>(asked.cbegin(), asked.cend()),
             QSet<QString>(reached.cbegin(), reached.cend()));
}

void TestSpfEvaluator::prefetchStaysWithinLimits_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<SpfResult::Problem>("problem");
    QTest::addColumn<QStringList>("neverAsked");
    using P = SpfResult::Problem;
    // RFC 7208 section 4.6.4: the eleventh DNS term ends evaluation before
    // its own query.
    QString eleven = QStringLiteral("example.com TXT v=spf1");
    QString records;
    for (int i = 1; i <= 11; ++i) {
        eleven += QStringLiteral(" include:i%1.example.com").arg(i);
        records += QStringLiteral("i%1.example.com TXT v=spf1 ip4:198.51.100.%1\n").arg(i);
    }
    QTest::newRow("eleventh include") << eleven + QStringLiteral(" -all\n") + records
                                      << P::TooManyLookups << QStringList{"i11.example.com/16"};
    // The third void lookup ends evaluation: what follows it is never asked.
    QTest::newRow("third void a")
        << "example.com TXT v=spf1 a:x1.example.com a:x2.example.com a:x3.example.com "
           "a:x4.example.com include:after.example.com mx:m.example.com -all\n"
           "after.example.com TXT v=spf1 -all\n"
           "m.example.com MX 10 mx.example.com\n"
           "mx.example.com A 198.51.100.9"
        << P::TooManyVoidLookups
        << QStringList{"x4.example.com/1", "after.example.com/16", "m.example.com/15"};
    QTest::newRow("third void exists, in an include")
        << "example.com TXT v=spf1 include:inner.example.com -all\n"
           "inner.example.com TXT v=spf1 exists:e1.example.com exists:e2.example.com "
           "exists:e3.example.com include:deep.example.com\n"
           "deep.example.com TXT v=spf1 -all"
        << P::TooManyVoidLookups << QStringList{"deep.example.com/16", "late.example.com/1"};
    // Ten a: terms use the limit up: the mx: after them is never looked up,
    // nor are its hosts.
    QTest::newRow("mx past the limit")
        << "example.com TXT v=spf1 a:h.example.com a:h.example.com a:h.example.com "
           "a:h.example.com a:h.example.com a:h.example.com a:h.example.com a:h.example.com "
           "a:h.example.com a:h.example.com mx:m.example.com -all\n"
           "h.example.com A 198.51.100.1\n"
           "m.example.com MX 10 mx.example.com\n"
           "mx.example.com A 192.0.2.1"
        << P::TooManyLookups << QStringList{"m.example.com/15", "mx.example.com/1"};
    // A limit reached inside an include whose record was not known when its
    // siblings could have been fetched: include:big and its nine a: terms are
    // the ten, so include:after (and the redirect) are never looked up.
    const QString nineA = QStringLiteral(" a:h.example.com").repeated(9);
    QTest::newRow("lookups used up in an earlier include")
        << QStringLiteral("example.com TXT v=spf1 include:big.example.com "
                          "include:after.example.com mx:m.example.com -all\n"
                          "big.example.com TXT v=spf1")
               + nineA
               + QStringLiteral(" -all\n"
                                "h.example.com A 198.51.100.1\n"
                                "after.example.com TXT v=spf1 -all\n"
                                "m.example.com MX 10 mx.example.com\n"
                                "mx.example.com A 192.0.2.1")
        << P::TooManyLookups
        << QStringList{"after.example.com/16", "m.example.com/15", "mx.example.com/1"};
    QTest::newRow("redirect past the limit")
        << QStringLiteral("example.com TXT v=spf1 include:big.example.com redirect=r.example.com\n"
                          "big.example.com TXT v=spf1")
               + nineA
               + QStringLiteral(" -all\n"
                                "h.example.com A 198.51.100.1\n"
                                "r.example.com TXT v=spf1 -all")
        << P::TooManyLookups << QStringList{"r.example.com/16"};
    // Three void a: terms inside the first include end evaluation there.
    QTest::newRow("voids used up in an earlier include")
        << "example.com TXT v=spf1 include:v.example.com include:after.example.com "
           "exists:%{i}.after.example.com -all\n"
           "v.example.com TXT v=spf1 a:x1.example.com a:x2.example.com a:x3.example.com -all\n"
           "after.example.com TXT v=spf1 -all"
        << P::TooManyVoidLookups
        << QStringList{"after.example.com/16", "192.0.2.1.after.example.com/1"};
}

void TestSpfEvaluator::prefetchStaysWithinLimits()
{
    QFETCH(QString, zone);
    QFETCH(SpfResult::Problem, problem);
    QFETCH(QStringList, neverAsked);
    // In order, as RFC 7208 evaluates: what the evaluation reaches.
    SpfResult inOrder;
    const QStringList reached = askedDuring(zone, false, &inOrder);
    QCOMPARE(inOrder.problem, problem);
    for (const QString &name : neverAsked)
        QVERIFY2(!reached.contains(name), qPrintable(name + " asked in order"));
    // Fetching ahead: the same verdict, the same counts, and no question
    // that in-order evaluation does not ask.
    SpfResult ahead;
    const QStringList asked = askedDuring(zone, true, &ahead);
    QCOMPARE(ahead.problem, inOrder.problem);
    QCOMPARE(ahead.dnsLookups, inOrder.dnsLookups);
    QCOMPARE(ahead.voidLookups, inOrder.voidLookups);
    for (const QString &question : asked)
        QVERIFY2(reached.contains(question),
                 qPrintable(question + " asked ahead, never reached: " + asked.join(' ')));
}

QTEST_GUILESS_MAIN(TestSpfEvaluator)
#include "tst_spfevaluator.moc"
