// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingCatalog.h"
#include "report/HtmlReport.h"
#include "report/MarkdownReport.h"
#include "report/ReportDigest.h"
#include "report/ReportVerdict.h"
#include "report/TextReport.h"
#include "report/VantageTable.h"

#include <QTest>

// The per-port table of this computer and the website (VantageTable), built
// once from the findings' subjects and facts, and how the text, Markdown
// and HTML writers show it; the verdict that names the website's side; the
// situation in every human report.
class TestVantageTable : public QObject
{
    Q_OBJECT
private slots:
    void noSiteViewNoTable();
    void rowsPerPortChosenFirst();
    void writersShowTheTable();
    void verdictNamesTheWebsite();
    void situationInEveryHumanReport();
};

namespace {

Finding cell(const char *id,
             quint16 port,
             FindingSubject::Vantage vantage,
             const QString &greets = {})
{
    Finding finding = FindingCatalog::make(id,
                                           FindingArgs{{FindingArg::Host, "mail.example.com"},
                                                       {FindingArg::Address, "192.0.2.1"},
                                                       {FindingArg::Port, QString::number(port)},
                                                       {FindingArg::ConnectMs, "5"},
                                                       {FindingArg::GreetingName, greets}},
                                           {},
                                           vantage == FindingSubject::Vantage::Site ? "site"
                                                                                    : "ports");
    finding.subject.vantage = vantage;
    return finding;
}

Report blockedFromTheWebsite()
{
    using V = FindingSubject::Vantage;
    Report report;
    report.target.host = QStringLiteral("mail.example.com");
    report.target.port = 587;
    report.findings = {cell("net.open", 587, V::Here, "mx.example.com"),
                       cell("net.open", 465, V::Here),
                       cell("net.filtered", 587, V::Site),
                       cell("net.open", 465, V::Site),
                       cell("net.refused", 2525, V::Site)};
    report.findings[1].severity = Finding::Severity::Info;
    report.findings[2].severity = Finding::Severity::Info;
    report.findings[3].severity = Finding::Severity::Info;
    report.findings[4].severity = Finding::Severity::Info;
    Finding blocked = FindingCatalog::make("site.port_blocked#other",
                                           FindingArgs{{FindingArg::Host, "mail.example.com"},
                                                       {FindingArg::Address, "192.0.2.1"},
                                                       {FindingArg::Port, "587"},
                                                       {FindingArg::Ports, "465"}},
                                           {},
                                           "site");
    blocked.subject.vantage = V::Site;
    report.findings.append(blocked);
    return report;
}

} // namespace

void TestVantageTable::noSiteViewNoTable()
{
    Report report;
    report.target.port = 587;
    report.findings = {cell("net.open", 587, FindingSubject::Vantage::Here)};
    QVERIFY(VantageTable(report).isEmpty());
    QVERIFY(!TextReport::write(report).contains(VantageTable::hereHeading()));
    QVERIFY(!MarkdownReport::write(report).contains(VantageTable::hereHeading()));
    QVERIFY(!HtmlReport::write(report).contains(VantageTable::hereHeading()));
}

void TestVantageTable::rowsPerPortChosenFirst()
{
    const VantageTable table(blockedFromTheWebsite());
    QCOMPARE(table.rows().size(), 3);
    const VantageTable::Row &chosen = table.rows().at(0);
    QCOMPARE(chosen.port, quint16(587));
    QCOMPARE(chosen.here, QStringLiteral("open, greets as mx.example.com"));
    QCOMPARE(chosen.site, QStringLiteral("no answer (dropped)"));
    QVERIFY(chosen.differs);
    QCOMPARE(table.rows().at(1).port, quint16(465));
    QVERIFY(!table.rows().at(1).differs);
    // Tested from one side only: no difference claimed.
    QCOMPARE(table.rows().at(2).port, quint16(2525));
    QCOMPARE(table.rows().at(2).here, QStringLiteral("not tested"));
    QVERIFY(!table.rows().at(2).differs);
}

void TestVantageTable::writersShowTheTable()
{
    const Report report = blockedFromTheWebsite();
    const QString text = TextReport::write(report);
    QVERIFY2(text.contains(VantageTable::title()), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression(
        "587 +open, greets as mx.example.com +no answer \\(dropped\\)  <- differs")));
    const QString markdown = MarkdownReport::write(report);
    QVERIFY2(markdown.contains("| Port | From this computer | From your website |"),
             qPrintable(markdown));
    QVERIFY(
        markdown.contains("| 587 | open, greets as mx.example.com | **no answer (dropped)** |"));
    QVERIFY(markdown.contains("| 465 | open | open |"));
    const QString html = HtmlReport::write(report);
    QVERIFY(html.contains("<table class=\"vantage\">"));
    QVERIFY(html.contains("<tr class=\"differs\"><td>587</td><td>open, greets as "
                          "mx.example.com</td><td><b>no answer (dropped)</b> (differs)</td></tr>"));
    // The table comes before the findings.
    QVERIFY(html.indexOf("<table class=\"vantage\">") < html.indexOf("<h2>Connectivity</h2>"));
}

void TestVantageTable::verdictNamesTheWebsite()
{
    const Report report = blockedFromTheWebsite();
    const QString verdict = ReportVerdict::sentence(report);
    QVERIFY2(verdict.startsWith("From your website port 587 is blocked; from this computer it "
                                "works: "),
             qPrintable(verdict));
    QCOMPARE(ReportDigest(report).verdict(), verdict);
    // This computer's own problem still speaks first.
    Report both = report;
    both.findings[0] = cell("net.filtered", 587, FindingSubject::Vantage::Here);
    QVERIFY(!ReportVerdict::sentence(both).startsWith("From your website"));
}

void TestVantageTable::situationInEveryHumanReport()
{
    Report report = blockedFromTheWebsite();
    report.situation = Situation{Situation::Symptom::TimesOut, Situation::SentFrom::Website};
    const QString symptom = Situation::symptomLabel(Situation::Symptom::TimesOut);
    const QString from = Situation::sentFromLabel(Situation::SentFrom::Website);
    const QString text = TextReport::write(report);
    QVERIFY2(text.contains("Problem: " + symptom) && text.contains("Sent from: " + from),
             qPrintable(text));
    const QString markdown = MarkdownReport::write(report);
    QVERIFY(markdown.contains("**Problem:** " + symptom));
    QVERIFY(markdown.contains("**Sent from:** " + from));
    const QString html = HtmlReport::write(report);
    QVERIFY(html.contains("<b>Problem:</b> " + symptom.toHtmlEscaped()));
    QVERIFY(html.contains("<b>Sent from:</b> " + from.toHtmlEscaped()));
    report.situation.reset();
    QVERIFY(!TextReport::write(report).contains("Sent from:"));
}

QTEST_GUILESS_MAIN(TestVantageTable)
#include "tst_vantagetable.moc"
