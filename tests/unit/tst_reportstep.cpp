// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CheckName.h"
#include "core/Diagnosis.h"
#include "findings/FindingCatalog.h"
#include "profile/ProfileComparison.h"
#include "report/ReportStep.h"
#include "watch/WatchSummary.h"

#include <QTest>

#include <algorithm>

// The wizard step of every finding: from the checks that exist, not from a
// list of names kept by hand.
class TestReportStep : public QObject
{
    Q_OBJECT
private slots:
    void everyCheckOfADiagnosisHasAStep();
    void theTableHoldsOnlyNamesThatChecksUse();
    void findingsOutsideChecksHaveAStep();
    void findingGroupsComeFirst();
};

void TestReportStep::everyCheckOfADiagnosisHasAStep()
{
    // Every check a diagnosis can run: a domain, the server and a control host.
    Target target;
    target.host = QStringLiteral("127.0.0.1");
    target.port = 2525;
    target.domain = QStringLiteral("doctor.test");
    target.controlHost = QStringLiteral("127.0.0.2");
    const Diagnosis diagnosis(target);
    QStringList names;
    for (const Check *check : diagnosis.checks())
        names.append(check->name());
    QCOMPARE(names.size(), 7);
    for (const QString &name : std::as_const(names)) {
        QVERIFY2(CheckName::all().contains(name), qPrintable(name));
        QVERIFY2(ReportStep::ofCheck(name) != ReportStep::Step::Other, qPrintable(name));
        // The backup connection's copy of it belongs to the test e-mail step.
        QCOMPARE(ReportStep::ofCheck(CheckName::backupPrefix() + name),
                 ReportStep::Step::TestEmail);
    }
    QCOMPARE(ReportStep::ofCheck(QStringLiteral("input")), ReportStep::Step::Settings);
    QCOMPARE(ReportStep::ofCheck(QStringLiteral("ports")), ReportStep::Step::Connectivity);
    QCOMPARE(ReportStep::ofCheck(QStringLiteral("domain")), ReportStep::Step::DomainRecords);
    QCOMPARE(ReportStep::ofCheck(QStringLiteral("something-new")), ReportStep::Step::Other);
}

void TestReportStep::theTableHoldsOnlyNamesThatChecksUse()
{
    QStringList known = ReportStep::knownChecks();
    QStringList names = CheckName::all();
    std::sort(known.begin(), known.end());
    std::sort(names.begin(), names.end());
    QCOMPARE(known, names);
    // Names of checks that no longer exist are gone.
    for (const char *gone : {"tls", "session", "auth", "send", "test-email", "spf", "dkim"})
        QVERIFY2(!known.contains(QLatin1String(gone)), gone);
}

void TestReportStep::findingsOutsideChecksHaveAStep()
{
    // The repeated attempts and the main/backup comparison are no Check.
    WatchAttempt failed;
    failed.index = 1;
    failed.findingIds = {QStringLiteral("net.refused")};
    failed.failureIds = failed.findingIds;
    WatchAttempt good;
    good.index = 2;
    const QList<Finding> watch = WatchSummary::of({failed, good}).findings("h", 587);
    QVERIFY(!watch.isEmpty());
    for (const Finding &finding : watch)
        QCOMPARE(ReportStep::ofFinding(finding), ReportStep::Step::Connectivity);
    Target backup;
    backup.host = QStringLiteral("backup.doctor.test");
    const Finding comparison = ProfileComparison::compare(
        ProfileComparison::summarize(Target(), {}), ProfileComparison::summarize(backup, {}));
    QVERIFY(comparison.id.startsWith(QLatin1String("profile.")));
    QCOMPARE(ReportStep::ofFinding(comparison), ReportStep::Step::TestEmail);
}

void TestReportStep::findingGroupsComeFirst()
{
    // The smtp check also signs in and sends: those belong to the test e-mail.
    const Finding failed = FindingCatalog::make("auth.failed", {"u", "535"}, {}, "smtp");
    QCOMPARE(ReportStep::ofFinding(failed), ReportStep::Step::TestEmail);
    const Finding greeting = FindingCatalog::make(
        "smtp.greeting_ok", {"h", "25", "220"}, {}, "smtp");
    QCOMPARE(ReportStep::ofFinding(greeting), ReportStep::Step::Connectivity);
    // Seen from the website (a server's report merged): the website's step,
    // whatever the group; the probe's own findings too.
    Finding fromSite = failed;
    fromSite.subject.vantage = FindingSubject::Vantage::Site;
    QCOMPARE(ReportStep::ofFinding(fromSite), ReportStep::Step::Website);
    const Finding unreachable = FindingCatalog::make(
        "site.probe_unreachable#network", {"https://www.example.com/p.php", "refused"}, {}, "site");
    QCOMPARE(unreachable.subject.vantage, FindingSubject::Vantage::Here);
    QCOMPARE(ReportStep::ofFinding(unreachable), ReportStep::Step::Website);
    QCOMPARE(ReportStep::title(ReportStep::Step::Website), QStringLiteral("From your website"));
}

QTEST_GUILESS_MAIN(TestReportStep)
#include "tst_reportstep.moc"
