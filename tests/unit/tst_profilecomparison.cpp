// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingCatalog.h"
#include "profile/ProfileComparison.h"

#include <QTest>

namespace {

QList<Finding> findings(const QStringList &ids)
{
    QList<Finding> list;
    for (const QString &id : ids)
        list.append(FindingCatalog::make(id, {"127.0.0.1", "587", "detail"}, {}, "smtp"));
    return list;
}

Target target(quint16 port, Target::Security security)
{
    Target target;
    target.host = QStringLiteral("mail.example.com");
    target.port = port;
    target.security = security;
    return target;
}

} // namespace

class TestProfileComparison : public QObject
{
    Q_OBJECT
private slots:
    void summarize_data();
    void summarize();
    void verdict_data();
    void verdict();
    void mergeMarksTheBackup();
};

void TestProfileComparison::summarize_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("tls");
    QTest::addColumn<QString>("signIn");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("works");
    QTest::newRow("all good") << QStringList{"net.open",
                                             "smtp.greeting_ok",
                                             "tls.ok",
                                             "auth.ok",
                                             "send.accepted",
                                             "smtp.auth_mechanisms"}
                              << "net.open"
                              << "tls.ok"
                              << "auth.ok"
                              << "send.accepted" << true;
    QTest::newRow("filtered") << QStringList{"net.filtered"} << "net.filtered"
                              << ""
                              << ""
                              << "" << false;
    // The failure decides the step, not the pass found before it.
    QTest::newRow("wrong password")
        << QStringList{"net.open", "smtp.greeting_ok", "tls.ok", "auth.failed"} << "net.open"
        << "tls.ok"
        << "auth.failed"
        << "" << false;
    QTest::newRow("greylisted is not a failure")
        << QStringList{"net.open", "smtp.greeting_ok", "tls.ok", "send.greylisted"} << "net.open"
        << "tls.ok"
        << ""
        << "send.greylisted" << true;
    QTest::newRow("no greeting") << QStringList{"net.open", "smtp.no_greeting"}
                                 << "smtp.no_greeting"
                                 << ""
                                 << ""
                                 << "" << false;
}

void TestProfileComparison::summarize()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, connection);
    QFETCH(QString, tls);
    QFETCH(QString, signIn);
    QFETCH(QString, message);
    QFETCH(bool, works);
    const auto column = ProfileComparison::summarize(target(587, Target::Security::StartTls),
                                                     findings(ids));
    QCOMPARE(column.connection, connection);
    QCOMPARE(column.tls, tls);
    QCOMPARE(column.signIn, signIn);
    QCOMPARE(column.message, message);
    QCOMPARE(column.works, works);
}

void TestProfileComparison::verdict_data()
{
    QTest::addColumn<QStringList>("main");
    QTest::addColumn<QStringList>("backup");
    QTest::addColumn<QString>("id");
    const QStringList good{"net.open", "smtp.greeting_ok", "tls.ok"};
    const QStringList bad{"net.filtered"};
    QTest::newRow("both") << good << good << "profile.both_work";
    QTest::newRow("backup") << bad << good << "profile.backup_works";
    QTest::newRow("main") << good << bad << "profile.main_only";
    QTest::newRow("neither") << bad << bad << "profile.neither_works";
}

void TestProfileComparison::verdict()
{
    QFETCH(QStringList, main);
    QFETCH(QStringList, backup);
    QFETCH(QString, id);
    const Finding finding = ProfileComparison::compare(
        ProfileComparison::summarize(target(587, Target::Security::StartTls), findings(main)),
        ProfileComparison::summarize(target(465, Target::Security::Tls), findings(backup)));
    QCOMPARE(finding.id, id);
    QVERIFY(finding.explanation.contains("mail.example.com port 587"));
    QVERIFY(finding.explanation.contains("mail.example.com port 465"));
    QCOMPARE(finding.evidence.size(), 7); // header, server, four steps, verdict
}

void TestProfileComparison::mergeMarksTheBackup()
{
    Report main;
    main.target = target(587, Target::Security::StartTls);
    main.findings = findings({"net.filtered"});
    main.events = {{5, "smtp", Event::Kind::Connect, "main"}};
    Report backup;
    backup.target = target(465, Target::Security::Tls);
    backup.findings = findings({"net.open", "smtp.greeting_ok", "tls.ok"});
    backup.events = {{2, "smtp", Event::Kind::Connect, "backup"}};
    const Report merged = ProfileComparison::merge(main, backup);
    QCOMPARE(merged.findings.size(), 5);
    QCOMPARE(merged.findings.at(1).check, QStringLiteral("backup.smtp"));
    QCOMPARE(merged.findings.last().id, QStringLiteral("profile.backup_works"));
    // One timeline: the backup's earlier event first.
    QCOMPARE(merged.events.first().text, QStringLiteral("backup"));
    QCOMPARE(merged.events.first().check, QStringLiteral("backup.smtp"));
}

QTEST_GUILESS_MAIN(TestProfileComparison)
#include "tst_profilecomparison.moc"
