// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingCatalog.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "report/ReportDigest.h"
#include "report/RepeatedFindings.h"
#include "report/TextReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The one model under every human report (ReportDigest): the verdict, the
// steps, the counts, and repeated findings collapsed into one.
class TestReportDigest : public QObject
{
    Q_OBJECT
private slots:
    void fourRefusedPortsGiveOneAdviceBlock();
    void everyWriterCollapses_data();
    void everyWriterCollapses();
    void jsonKeepsEveryFinding();
    void countsAreOfWhatIsShown();
    void markdownHasTheVerdictAndTheSteps();
    void whatDiffersStaysApart();
    void addressesAreListedWhenThePortIsTheSame();
    void anExactRepeatShowsOnce();
    void listText();
};

namespace {

// The second advice step of net.refused (the first also heads the verdict).
const char *refusedAdvice = "If the port is right, the mail server is down";

Report sampleReport()
{
    Report report;
    report.target.host = "smtp.example.com";
    report.target.port = 587;
    report.target.security = Target::Security::StartTls;
    report.started = QDateTime(QDate(2026, 11, 27), QTime(1, 2, 3), Qt::UTC);
    report.durationMs = 42;
    report.environment = {"0.1.0", "Debian GNU/Linux 12", "6.4.2", "system resolver", {"IPv4"}};
    return report;
}

Finding portFinding(const QString &id,
                    quint16 port,
                    std::optional<Finding::Severity> severity = std::nullopt,
                    const QString &address = QStringLiteral("192.0.2.1"))
{
    Finding finding = FindingCatalog::make(
        id,
        {address, QString::number(port), "3"},
        {QStringLiteral("connect to %1 port %2: refused after 3 ms").arg(address).arg(port)},
        QStringLiteral("ports"));
    if (severity)
        finding.severity = *severity;
    finding.subject.host = QStringLiteral("smtp.example.com");
    finding.subject.setAddress(address);
    finding.subject.port = port;
    return finding;
}

// The chosen port (587) refused, and the three others too, as the sweep reports them.
Report refusedEverywhere()
{
    Report report = sampleReport();
    report.findings = {portFinding("net.refused", 587),
                       portFinding("net.refused", 25, Finding::Severity::Info),
                       portFinding("net.refused", 465, Finding::Severity::Info),
                       portFinding("net.refused", 2525, Finding::Severity::Info)};
    return report;
}

} // namespace

void TestReportDigest::fourRefusedPortsGiveOneAdviceBlock()
{
    const ReportDigest digest(refusedEverywhere());
    QCOMPARE(digest.groups().size(), 1);
    const QList<Finding> &shown = digest.groups().constFirst().findings;
    QCOMPARE(shown.size(), 1);
    const Finding &refused = shown.constFirst();
    QCOMPARE(refused.id, QStringLiteral("net.refused"));
    // The chosen port is the worst, and speaks; the others are listed.
    QCOMPARE(refused.severity, Finding::Severity::Failure);
    QCOMPARE(refused.title,
             QStringLiteral("Port 587 on 192.0.2.1 refused the connection; the same on 3 more "
                            "port(s): 25, 465 and 2525"));
    QCOMPARE(refused.evidence.size(), 4);
    for (const quint16 port : {587, 25, 465, 2525})
        QVERIFY(refused.evidence.join('\n').contains(QStringLiteral("port %1: refused").arg(port)));
}

void TestReportDigest::everyWriterCollapses_data()
{
    QTest::addColumn<QString>("written");
    const Report report = refusedEverywhere();
    QTest::newRow("text") << TextReport::write(report);
    QTest::newRow("markdown") << MarkdownReport::write(report);
    QTest::newRow("html") << HtmlReport::write(report);
}

void TestReportDigest::everyWriterCollapses()
{
    QFETCH(QString, written);
    QCOMPARE(written.count(QLatin1String(refusedAdvice)), 1);
    QVERIFY(written.contains("25, 465 and 2525"));
    QVERIFY(written.contains("connect to 192.0.2.1 port 2525: refused after 3 ms"));
    QVERIFY(written.contains("connect to 192.0.2.1 port 587: refused after 3 ms"));
}

void TestReportDigest::jsonKeepsEveryFinding()
{
    const QJsonObject root = QJsonDocument::fromJson(JsonReport::write(refusedEverywhere()))
                                 .object();
    const QJsonArray findings = root.value("findings").toArray();
    QCOMPARE(findings.size(), 4);
    for (const QJsonValue &finding : findings)
        QCOMPARE(finding.toObject().value("id").toString(), QStringLiteral("net.refused"));
}

void TestReportDigest::countsAreOfWhatIsShown()
{
    Report report = refusedEverywhere();
    report.findings.append(
        FindingCatalog::make("smtp.greeting_ok", {"192.0.2.1", "587", "220 hi"}, {}, "smtp"));
    report.findings.append(FindingCatalog::make("auth.failed", {"u", "535"}, {}, "smtp"));
    const ReportDigest digest(report);
    QCOMPARE(digest.count(Finding::Severity::Failure), 2); // the refused ports once, auth.failed
    QCOMPARE(digest.count(Finding::Severity::Info), 0);
    QCOMPARE(digest.count(Finding::Severity::Pass), 1);
    QVERIFY(TextReport::write(report).contains("2 problem(s), 0 warning(s), 1 passed"));
    QVERIFY(MarkdownReport::write(report).contains("**2 problem(s), 0 warning(s), 1 passed**"));
}

void TestReportDigest::markdownHasTheVerdictAndTheSteps()
{
    Report report = refusedEverywhere();
    report.findings.append(FindingCatalog::make("auth.failed", {"u", "535"}, {}, "smtp"));
    report.findings.append(FindingCatalog::make(
        "input.host_scheme", {"http://smtp.example.com", "smtp.example.com"}, {}, "input"));
    const ReportDigest digest(report);
    QVERIFY(!digest.verdict().isEmpty());
    const QString markdown = MarkdownReport::write(report);
    QVERIFY2(markdown.contains(QStringLiteral("> **%1**").arg(digest.verdict())),
             qPrintable(markdown));
    // The steps in the wizard's order, as the HTML report has them.
    const qsizetype settings = markdown.indexOf("### Server settings");
    const qsizetype connectivity = markdown.indexOf("### Connectivity");
    const qsizetype testEmail = markdown.indexOf("### Test e-mail");
    QVERIFY(settings > 0);
    QVERIFY(settings < connectivity);
    QVERIFY(connectivity < testEmail);
    QVERIFY(markdown.indexOf("`auth.failed`") > testEmail);
    const QString html = HtmlReport::write(report);
    QVERIFY(html.indexOf("<h2>Server settings</h2>") < html.indexOf("<h2>Connectivity</h2>"));
    QVERIFY(html.contains(digest.verdict().toHtmlEscaped()));
    const QString text = TextReport::write(report);
    QVERIFY(text.contains(digest.verdict()));
    QVERIFY(text.indexOf("Connectivity\n------------\n") < text.indexOf("Test e-mail\n"));
}

void TestReportDigest::whatDiffersStaysApart()
{
    // Filtered ports: the advice names the port, so each keeps its own.
    Report report = sampleReport();
    report.findings = {portFinding("net.filtered", 587), portFinding("net.filtered", 465)};
    QCOMPARE(ReportDigest(report).groups().constFirst().findings.size(), 2);
    // Seen from the website and from here: not the same finding.
    Finding here = portFinding("net.refused", 587);
    Finding site = portFinding("net.refused", 465);
    site.subject.vantage = FindingSubject::Vantage::Site;
    QCOMPARE(RepeatedFindings::collapse({here, site}).size(), 2);
    // The catalog names the host as the subject: the two collapse, listing the other.
    Finding a = FindingCatalog::make("dns.failure", {"a.example", "SERVFAIL"}, {}, "resolve");
    Finding b = FindingCatalog::make("dns.failure", {"b.example", "SERVFAIL"}, {}, "resolve");
    QCOMPARE(a.subject.host, QStringLiteral("a.example"));
    const QList<Finding> collapsed = RepeatedFindings::collapse({a, b});
    QCOMPARE(collapsed.size(), 1);
    QVERIFY(collapsed.constFirst().title.endsWith(QStringLiteral("b.example")));
    // Without a subject that tells them apart, nothing is collapsed.
    a.subject = FindingSubject();
    b.subject = FindingSubject();
    QCOMPARE(RepeatedFindings::collapse({a, b}).size(), 2);
}

void TestReportDigest::addressesAreListedWhenThePortIsTheSame()
{
    const QList<Finding> shown = RepeatedFindings::collapse(
        {portFinding("net.refused", 587, std::nullopt, "192.0.2.1"),
         portFinding("net.refused", 587, std::nullopt, "2001:db8::1")});
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.constFirst().title.endsWith("; the same on 1 more address(es): 2001:db8::1"),
             qPrintable(shown.constFirst().title));
}

void TestReportDigest::anExactRepeatShowsOnce()
{
    // The connectivity step and the test e-mail step both read the greeting.
    const Finding greeting = FindingCatalog::make(
        "smtp.greeting_ok", {"192.0.2.1", "587", "220 hi"}, {}, "smtp");
    const QList<Finding> shown = RepeatedFindings::collapse({greeting, greeting});
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.constFirst().title, greeting.title);
}

void TestReportDigest::listText()
{
    QCOMPARE(RepeatedFindings::listText({"25"}), QStringLiteral("25"));
    QCOMPARE(RepeatedFindings::listText({"25", "465"}), QStringLiteral("25 and 465"));
    QCOMPARE(RepeatedFindings::listText({"25", "465", "2525"}), QStringLiteral("25, 465 and 2525"));
}

QTEST_GUILESS_MAIN(TestReportDigest)
#include "tst_reportdigest.moc"
