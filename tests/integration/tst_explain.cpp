// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "findings/FindingCatalog.h"

#include <QSet>
#include <QTest>

// `smtp-doctor-cli explain`, run as a user or a script would.
class TestExplain : public QObject
{
    Q_OBJECT
private slots:
    void explainsInEnglish();
    void explainsInFrench();
    void explainsAsJson();
    void unknownIdSuggestsTheClosest();
    void listsEveryId();
    void listsAsJson();
    void markdownNamesEveryId();
    void refusesBadArguments_data();
    void refusesBadArguments();

private:
    static QProcessEnvironment english();
    static QSet<QString> catalogIds();
};

QProcessEnvironment TestExplain::english()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

QSet<QString> TestExplain::catalogIds()
{
    QSet<QString> ids;
    for (const QString &entry : FindingCatalog::knownIds())
        ids.insert(entry.section('#', 0, 0));
    return ids;
}

void TestExplain::explainsInEnglish()
{
    const CliRun run = CliRun::run({"explain", "net.filtered"}, 30000, english());
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith("net.filtered (Problem)\nNo answer from port ‹port› on ‹address›\n"),
             qPrintable(out));
    QVERIFY(out.contains("within ‹detail› ms"));
    QVERIFY(out.contains("What to do:\n  - Ask your hosting provider"));
    QVERIFY(!out.contains('%'));
    QVERIFY(run.err.isEmpty());
}

void TestExplain::explainsInFrench()
{
    const CliRun run = CliRun::run({"explain", "net.filtered", "--lang", "fr"}, 30000, english());
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith("net.filtered (Problème)\n"), qPrintable(out));
    QVERIFY2(out.contains("‹port›") && out.contains("‹address›"), qPrintable(out));
    QVERIFY2(out.contains("Que faire"), qPrintable(out));
    // Not the English words.
    QVERIFY(!out.contains("No answer from port"));
    QVERIFY(!out.contains("What to do"));
}

void TestExplain::explainsAsJson()
{
    const CliRun run = CliRun::run(
        {"explain", "domain.spf_ok", "--format", "json"}, 30000, english());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = run.json();
    QCOMPARE(root.value("id").toString(), QStringLiteral("domain.spf_ok"));
    QCOMPARE(root.value("severity").toString(), QStringLiteral("pass"));
    QCOMPARE(root.value("title").toString(),
             QStringLiteral("The SPF record of ‹domain› allows ‹address› to send"));
    QCOMPARE(root.value("arguments").toArray(), (QJsonArray{"domain", "address", "mechanism"}));
    // Its variant "domain.spf_ok#record" is one more wording of the same id.
    const QJsonArray wordings = root.value("wordings").toArray();
    QCOMPARE(wordings.size(), 2);
    QCOMPARE(wordings.at(1).toObject().value("entry").toString(),
             QStringLiteral("domain.spf_ok#record"));
}

void TestExplain::unknownIdSuggestsTheClosest()
{
    const CliRun run = CliRun::run({"explain", "net.filterd"}, 30000, english());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    // One line of reason, then the base's line on where to find help.
    const QStringList lines = QString::fromUtf8(run.err).trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QString err = lines.first();
    QCOMPARE(lines.last(), QStringLiteral("Try: smtp-doctor-cli explain --help"));
    QVERIFY2(err.contains("unknown finding id \"net.filterd\"; the closest: net.filtered"),
             qPrintable(err));
}

void TestExplain::listsEveryId()
{
    const CliRun run = CliRun::run({"explain", "--list"}, 30000, english());
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), catalogIds().size());
    QSet<QString> listed;
    for (const QString &line : lines) {
        const QStringList fields = line.split('\t');
        QCOMPARE(fields.size(), 2);
        QVERIFY2(Finding::severityFromName(fields.at(1)), qPrintable(line));
        listed.insert(fields.at(0));
    }
    QCOMPARE(listed, catalogIds());
    QVERIFY(lines.contains("net.open\tpass"));
    QVERIFY(lines.contains("net.filtered\tfailure"));
    // Stable for scripts: the same in French.
    const CliRun french = CliRun::run({"explain", "--list", "--lang", "fr"}, 30000, english());
    QCOMPARE(french.out, run.out);
}

void TestExplain::listsAsJson()
{
    const CliRun run = CliRun::run({"explain", "--list", "--format", "json"}, 30000, english());
    QCOMPARE(run.exitCode, 0);
    const QJsonArray findings = run.json().value("findings").toArray();
    QCOMPARE(findings.size(), catalogIds().size());
    QCOMPARE(findings.at(0).toObject().keys(), (QStringList{"id", "severity"}));
}

void TestExplain::markdownNamesEveryId()
{
    const CliRun run = CliRun::run(
        {"explain", "--list", "--format", "markdown", "--lang", "en"}, 30000, english());
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY(out.startsWith("# Findings\n"));
    for (const QString &id : catalogIds())
        QVERIFY2(out.contains("### `" + id + "` ("), qPrintable(id));
}

void TestExplain::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no id") << QStringList{"explain"};
    QTest::newRow("two ids") << QStringList{"explain", "net.open", "net.refused"};
    QTest::newRow("bad format") << QStringList{"explain", "net.open", "--format", "xml"};
    QTest::newRow("markdown without list")
        << QStringList{"explain", "net.open", "--format", "markdown"};
    QTest::newRow("unknown language") << QStringList{"explain", "net.open", "--lang", "xx"};
}

void TestExplain::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    const CliRun run = CliRun::run(arguments, 30000, english());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
