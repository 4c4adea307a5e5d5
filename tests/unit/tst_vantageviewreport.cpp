#include "findings/FindingCatalog.h"
#include "report/Report.h"
#include "site/VantageView.h"

#include <QTest>

// This computer's view as VantageMerge reads it, from a report's findings:
// the outcome from the id, address, port and time from the sweep's own
// evidence lines, the greeting's name from the SMTP transcript.
class TestVantageViewReport : public QObject
{
    Q_OBJECT
private slots:
    void portsAndGreeting();
    void nothingToRead();
};

void TestVantageViewReport::portsAndGreeting()
{
    Report report;
    report.target.host = QStringLiteral("mail.example.com");
    report.findings.append(FindingCatalog::make("net.open",
                                                {"192.0.2.1", "587"},
                                                {"connect to 192.0.2.1 port 587: open after 12 ms"},
                                                "ports"));
    report.findings.append(FindingCatalog::make(
        "net.refused",
        {"2001:db8::1", "465"},
        {"connect to [2001:db8::1] port 465: ConnectionRefusedError after 3 ms",
         "connect to 192.0.2.1 port 465: ConnectionRefusedError after 4 ms"},
        "ports"));
    report.findings.append(
        FindingCatalog::make("net.filtered",
                             {"192.0.2.1", "25"},
                             {"connect to 192.0.2.1 port 25: no answer after 10000 ms"},
                             "ports"));
    report.findings.append(FindingCatalog::make("smtp.greeting_ok",
                                                {"192.0.2.1", "587", "220 mx.example.com"},
                                                {"192.0.2.1 port 587, 30 ms after the start",
                                                 "S: 220 MX.example.com ESMTP ready",
                                                 "C: EHLO [192.0.2.9]"},
                                                "smtp"));
    const VantageView view = VantageView::fromReport(report);
    QCOMPARE(view.host, QStringLiteral("mail.example.com"));
    QCOMPARE(view.addresses, QStringList({"192.0.2.1", "2001:db8::1"}));
    QCOMPARE(view.ports.size(), 4);
    const VantageView::Port *submission = view.find("192.0.2.1", 587);
    QVERIFY(submission);
    QCOMPARE(submission->outcome, SiteAnswer::Outcome::Open);
    QCOMPARE(submission->ms, 12);
    QCOMPARE(submission->greetingName, QStringLiteral("mx.example.com"));
    QCOMPARE(view.find("2001:db8::1", 465)->outcome, SiteAnswer::Outcome::Refused);
    QCOMPARE(view.find("192.0.2.1", 465)->outcome, SiteAnswer::Outcome::Refused);
    QCOMPARE(view.find("192.0.2.1", 25)->outcome, SiteAnswer::Outcome::Filtered);
    QCOMPARE(view.find("192.0.2.1", 25)->ms, 10000);
    QVERIFY(!view.fromPhp);
}

void TestVantageViewReport::nothingToRead()
{
    Report report;
    report.findings.append(
        FindingCatalog::make("dns.nxdomain", {"nowhere.test"}, {"NXDOMAIN"}, "resolve"));
    const VantageView view = VantageView::fromReport(report);
    QVERIFY(view.ports.isEmpty());
    QVERIFY(view.addresses.isEmpty());
}

QTEST_GUILESS_MAIN(TestVantageViewReport)
#include "tst_vantageviewreport.moc"
