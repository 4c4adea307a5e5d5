// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingCatalog.h"
#include "report/FindingGroups.h"
#include "report/HtmlReport.h"
#include "report/ReportStep.h"
#include "report/ReportVerdict.h"
#include "UtcDateTime.h"

#include <QTest>

// The HTML report and the verdict sentence that heads every report.
class TestHtmlReport : public QObject
{
    Q_OBJECT
private slots:
    void verdictFirstGroupedAndEscaped();
    void verdict_data();
    void verdict();
    void groupsShowARepeatedFindingOnce();
};

namespace {

Report sampleReport()
{
    Report report;
    report.target.host = "smtp.example.com";
    report.target.port = 587;
    report.target.security = Target::Security::StartTls;
    report.started = utcDateTime(QDate(2026, 11, 27), QTime(1, 2, 3));
    report.durationMs = 42;
    report.environment = {
        "0.1.0", "Debian GNU/Linux 12", "6.4.2", "system resolver", {"IPv4"}, "OpenSSL 3.0.19"};
    return report;
}

Finding portFinding(const QString &id, quint16 port, const QString &outcome, const char *check)
{
    return FindingCatalog::make(
        id,
        {"192.0.2.1", QString::number(port), "3"},
        {QStringLiteral("connect to 192.0.2.1 port %1: %2 after 3 ms").arg(port).arg(outcome)},
        QLatin1String(check));
}

} // namespace

void TestHtmlReport::verdictFirstGroupedAndEscaped()
{
    Report report = sampleReport();
    report.target.domain = "example.com";
    report.findings.append(
        FindingCatalog::make("smtp.greeting_ok", {"192.0.2.1", "587", "220 hi"}, {}, "smtp"));
    report.findings.append(FindingCatalog::make("smtp.rejected_greeting",
                                                {"192.0.2.1", "587", "554 <b>no</b> & bye"},
                                                {"S: 554 <b>no</b> & bye"},
                                                "smtp"));
    report.findings.append(
        FindingCatalog::make("domain.dmarc_missing", {"example.com"}, {}, "domain"));
    report.events.append({5, "smtp", Event::Kind::Received, "554 <b>no</b> & bye"});

    const QString html = HtmlReport::write(report);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    // Self-contained: no external stylesheet, script or image.
    for (const char *external : {"<link", "<script", "src=", "http://", "https://"})
        QVERIFY2(!html.contains(QLatin1String(external)), external);
    // ...and a policy that forbids loading any (tests/browser checks it in Chromium).
    QVERIFY(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; style-src 'unsafe-inline'; img-src data:;"));
    QVERIFY(html.indexOf("Content-Security-Policy") < html.indexOf("<style>"));
    // The verdict is the first paragraph, escaped.
    const QString verdict = ReportVerdict::sentence(report);
    QVERIFY(verdict.startsWith("Most likely cause: "));
    const qsizetype verdictAt = html.indexOf("<p class=\"verdict\">");
    QVERIFY(verdictAt > 0);
    QCOMPARE(html.indexOf("<p", 0), verdictAt);
    QVERIFY(html.contains(verdict.toHtmlEscaped()));
    // Server text never becomes markup.
    QVERIFY(!html.contains("<b>no</b>"));
    QVERIFY(html.contains("554 &lt;b&gt;no&lt;/b&gt; &amp; bye"));
    // Grouped by step in the wizard's order, worst first inside a step.
    const qsizetype connectivity = html.indexOf("<h2>Connectivity</h2>");
    const qsizetype domain = html.indexOf("<h2>Domain records</h2>");
    QVERIFY(connectivity > verdictAt);
    QVERIFY(domain > connectivity);
    const qsizetype rejected = html.indexOf("smtp.rejected_greeting");
    QVERIFY(rejected > connectivity && rejected < html.indexOf("smtp.greeting_ok"));
    QVERIFY(html.indexOf("domain.dmarc_missing") > domain);
    // A severity mark in words as well as colour.
    QVERIFY(html.contains("<span class=\"mark mark-failure\">"));
    QVERIFY(html.contains("\u2717 Problem</span>"));
    QVERIFY(html.contains("<td>system resolver</td>"));
    QVERIFY(html.contains("<tr><th>Cryptography</th><td>OpenSSL 3.0.19</td></tr>"));
}

void TestHtmlReport::verdict_data()
{
    QTest::addColumn<QList<Finding>>("findings");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing ran") << QList<Finding>() << "No check has run yet.";
    QTest::newRow("all good") << QList<Finding>{portFinding("net.open", 587, "open", "ports")}
                              << "No problem found: this server accepts connections as a mail "
                                 "program expects.";
    // The example of issue 6: 587 blocked here, 465 open.
    QList<Finding> blocked{
        portFinding("net.filtered", 587, "timeout", "ports"),
        portFinding("net.open", 465, "open", "ports"),
        portFinding("net.open", 2525, "open", "ports"),
        FindingCatalog::make(
            "net.outbound_blocked", {"192.0.2.1", "587", "control.test"}, {}, "analysis"),
    };
    blocked[1].severity = Finding::Severity::Info;
    blocked[2].severity = Finding::Severity::Info;
    QTest::newRow("outbound blocked, 465 open")
        << blocked
        << "Your network blocks outgoing port 587, but 465 works: switch to port 465 with "
           "SSL/TLS.";
    QList<Finding> filtered{portFinding("net.filtered", 587, "timeout", "ports"),
                            portFinding("net.open", 2525, "open", "ports")};
    filtered[1].severity = Finding::Severity::Info;
    QTest::newRow("filtered, 2525 open")
        << filtered
        << "Port 587 does not work from here, but 2525 does: switch to port 2525 with STARTTLS.";
    const Finding alone = portFinding("net.filtered", 587, "timeout", "ports");
    QTest::newRow("filtered, nothing else open")
        << QList<Finding>{alone}
        << QStringLiteral("Most likely cause: %1. Next step: %2")
               .arg(alone.title, alone.advice.constFirst());
}

void TestHtmlReport::verdict()
{
    QFETCH(QList<Finding>, findings);
    QFETCH(QString, expected);
    Report report = sampleReport();
    report.findings = findings;
    QCOMPARE(ReportVerdict::sentence(report), expected);
}

void TestHtmlReport::groupsShowARepeatedFindingOnce()
{
    // The connectivity step and the test e-mail step both connect and read
    // the greeting; the test e-mail step then signs in.
    const Finding open = portFinding("net.open", 587, "open", "ports");
    const Finding greeting = FindingCatalog::make(
        "smtp.greeting_ok", {"192.0.2.1", "587", "220 hi"}, {}, "smtp");
    const Finding failed = FindingCatalog::make("auth.failed", {"u", "535"}, {}, "smtp");
    const QList<FindingGroup> groups = FindingGroups::byStep(
        {open, greeting, open, greeting, failed});
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).step, ReportStep::Step::Connectivity);
    QCOMPARE(groups.at(0).findings.size(), 2);
    QCOMPARE(groups.at(1).step, ReportStep::Step::TestEmail);
    QCOMPARE(groups.at(1).findings.constFirst().id, QStringLiteral("auth.failed"));
    QCOMPARE(groups.at(1).worst(), Finding::Severity::Failure);

    Report report = sampleReport();
    report.findings = {open, greeting, open, greeting, failed};
    QCOMPARE(HtmlReport::write(report).count("smtp.greeting_ok"), 1);
}

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
