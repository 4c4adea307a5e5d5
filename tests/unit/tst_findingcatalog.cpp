// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingCatalog.h"

#include <QTest>

class TestFindingCatalog : public QObject
{
    Q_OBJECT
private slots:
    void everyEntryHasWords();
    void designIdsAreKnown_data();
    void designIdsAreKnown();
    void argumentsFillOnce();
    void unknownIdIsLoud();
};

void TestFindingCatalog::everyEntryHasWords()
{
    const QStringList ids = FindingCatalog::knownIds();
    QVERIFY(ids.size() >= 20);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    for (const QString &id : ids) {
        const Finding finding = FindingCatalog::make(id, {"h", "1", "d", "e"}, {}, "c");
        QVERIFY2(!finding.title.isEmpty(), qPrintable(id));
        QVERIFY2(!finding.explanation.isEmpty(), qPrintable(id));
        // Every problem tells the user what to do next.
        if (finding.severity == Finding::Severity::Failure)
            QVERIFY2(!finding.advice.isEmpty(), qPrintable(id));
        QVERIFY2(!finding.title.contains(QLatin1Char('%')), qPrintable(id));
    }
}

void TestFindingCatalog::designIdsAreKnown_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Finding::Severity>("severity");
    // The ids of DESIGN.md this engine can already find, with their severity.
    const QList<QPair<const char *, Finding::Severity>> ids = {
        {"dns.nxdomain", Finding::Severity::Failure},
        {"dns.no_address", Finding::Severity::Failure},
        {"dns.failure", Finding::Severity::Failure},
        {"net.open", Finding::Severity::Pass},
        {"net.refused", Finding::Severity::Failure},
        {"net.filtered", Finding::Severity::Failure},
        {"net.unreachable", Finding::Severity::Failure},
        {"smtp.greeting_ok", Finding::Severity::Pass},
        {"smtp.no_greeting", Finding::Severity::Failure},
        {"smtp.rejected_greeting", Finding::Severity::Failure},
        {"smtp.not_smtp", Finding::Severity::Failure},
        {"tls.ok", Finding::Severity::Pass},
        {"tls.handshake_failed", Finding::Severity::Failure},
        {"tls.untrusted", Finding::Severity::Failure},
        {"tls.self_signed", Finding::Severity::Failure},
        {"tls.name_mismatch", Finding::Severity::Failure},
        {"tls.expired", Finding::Severity::Failure},
        {"tls.starttls_missing", Finding::Severity::Failure},
    };
    for (const auto &[id, severity] : ids)
        QTest::newRow(id) << QString::fromLatin1(id) << severity;
}

void TestFindingCatalog::designIdsAreKnown()
{
    QFETCH(QString, id);
    QFETCH(Finding::Severity, severity);
    QVERIFY(FindingCatalog::isKnown(id));
    QCOMPARE(FindingCatalog::make(id, {}, {}, "c").severity, severity);
}

void TestFindingCatalog::argumentsFillOnce()
{
    // Server text that holds "%2" must come through as it is.
    const Finding finding = FindingCatalog::make(
        "smtp.rejected_greeting", {"192.0.2.1", "25", "554 no %2 here"}, {"evidence"}, "smtp");
    QCOMPARE(finding.title, QStringLiteral("The server on 192.0.2.1 port 25 refuses to serve you"));
    QVERIFY(finding.explanation.contains(QStringLiteral("554 no %2 here")));
    QCOMPARE(finding.evidence, QStringList{"evidence"});
    QCOMPARE(finding.check, QStringLiteral("smtp"));
}

void TestFindingCatalog::unknownIdIsLoud()
{
    const Finding finding = FindingCatalog::make("no.such_id", {}, {}, "c");
    QCOMPARE(finding.severity, Finding::Severity::Failure);
    QCOMPARE(finding.title, QStringLiteral("no.such_id"));
    QVERIFY(!FindingCatalog::isKnown("no.such_id"));
}

QTEST_GUILESS_MAIN(TestFindingCatalog)
#include "tst_findingcatalog.moc"
