// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingCatalog.h"
#include "report/JsonReport.h"
#include "report/Report.h"
#include "site/VantageView.h"

#include <QTest>

// This computer's view as VantageMerge reads it, from a report's findings:
// the outcome from the id; address and port from the subject; the connect
// time, the greeting's name and the certificate from the facts. Never from
// the texts or the evidence, which are words for people.
class TestVantageViewReport : public QObject
{
    Q_OBJECT
private slots:
    void portsAndGreeting();
    void tlsFacts();
    void otherVantagesAndTheControlHostAreNotThisView();
    void evidenceTextIsNotRead();
    void nothingToRead();
    void factsSurviveTheJsonReport();
};

namespace {

Finding sweep(const char *id, const QString &address, int port, int ms)
{
    return FindingCatalog::make(id,
                                FindingArgs{{FindingArg::Host, "mail.example.com"},
                                            {FindingArg::Address, address},
                                            {FindingArg::Port, QString::number(port)},
                                            {FindingArg::ConnectMs, QString::number(ms)}},
                                {"words for people"},
                                "ports");
}

Finding onPort(const char *id, const QString &address, int port, const FindingArgs &facts = {})
{
    FindingArgs args{{FindingArg::Host, address}, {FindingArg::Port, QString::number(port)}};
    for (const auto &[arg, value] : facts.values())
        args.set(arg, value);
    return FindingCatalog::make(id, args, {}, "smtp");
}

} // namespace

void TestVantageViewReport::portsAndGreeting()
{
    Report report;
    report.target.host = QStringLiteral("mail.example.com");
    report.findings.append(sweep("net.open", "192.0.2.1", 587, 12));
    report.findings.append(sweep("net.refused", "2001:db8::1", 465, 3));
    report.findings.append(sweep("net.refused", "192.0.2.1", 465, 4));
    report.findings.append(sweep("net.filtered", "192.0.2.1", 25, 10000));
    report.findings.append(onPort(
        "smtp.greeting_ok", "192.0.2.1", 587, {{FindingArg::GreetingName, "mx.example.com"}}));
    const VantageView view = VantageView::fromReport(report);
    QCOMPARE(view.host, QStringLiteral("mail.example.com"));
    QCOMPARE(view.addresses, QStringList({"192.0.2.1", "2001:db8::1"}));
    QCOMPARE(view.ports.size(), 4);
    const VantageView::Port *submission = view.find("192.0.2.1", 587);
    QVERIFY(submission);
    QCOMPARE(submission->outcome, SiteAnswer::Outcome::Open);
    QCOMPARE(submission->ms, 12);
    QCOMPARE(submission->greetingName, QStringLiteral("mx.example.com"));
    QVERIFY(!submission->tlsHandshake);
    QCOMPARE(view.find("2001:db8::1", 465)->outcome, SiteAnswer::Outcome::Refused);
    QCOMPARE(view.find("192.0.2.1", 465)->outcome, SiteAnswer::Outcome::Refused);
    QCOMPARE(view.find("192.0.2.1", 25)->outcome, SiteAnswer::Outcome::Filtered);
    QCOMPARE(view.find("192.0.2.1", 25)->ms, 10000);
    QVERIFY(!view.fromPhp);
}

void TestVantageViewReport::tlsFacts()
{
    const QString sha = QString(64, QLatin1Char('a'));
    Report report;
    report.findings.append(sweep("net.open", "192.0.2.1", 465, 5));
    report.findings.append(
        onPort("tls.ok", "192.0.2.1", 465, {{FindingArg::CertificateSha256, sha}}));
    report.findings.append(sweep("net.open", "192.0.2.1", 587, 5));
    report.findings.append(onPort("tls.self_signed", "192.0.2.1", 587));
    report.findings.append(sweep("net.open", "192.0.2.1", 2525, 5));
    report.findings.append(onPort("tls.handshake_failed", "192.0.2.1", 2525));
    const VantageView view = VantageView::fromReport(report);
    const VantageView::Port *tls = view.find("192.0.2.1", 465);
    QCOMPARE(tls->certificateSha256, sha);
    QCOMPARE(tls->tlsHandshake, std::optional<bool>(true));
    QCOMPARE(tls->tlsTrusted, std::optional<bool>(true));
    QCOMPARE(view.find("192.0.2.1", 587)->tlsTrusted, std::optional<bool>(false));
    QCOMPARE(view.find("192.0.2.1", 587)->tlsHandshake, std::optional<bool>(true));
    QCOMPARE(view.find("192.0.2.1", 2525)->tlsHandshake, std::optional<bool>(false));
    QVERIFY(!view.find("192.0.2.1", 2525)->tlsTrusted);
}

void TestVantageViewReport::otherVantagesAndTheControlHostAreNotThisView()
{
    Report report;
    report.findings.append(sweep("net.open", "192.0.2.1", 587, 5));
    Finding site = sweep("net.filtered", "192.0.2.1", 587, 5000);
    site.subject.vantage = FindingSubject::Vantage::Site;
    report.findings.append(site);
    Finding control = sweep("net.open", "198.51.100.7", 587, 9);
    control.check = QStringLiteral("control");
    report.findings.append(control);
    const VantageView view = VantageView::fromReport(report);
    QCOMPARE(view.ports.size(), 1);
    QCOMPARE(view.find("192.0.2.1", 587)->outcome, SiteAnswer::Outcome::Open);
    QCOMPARE(view.addresses, QStringList({"192.0.2.1"}));
}

// The evidence lines once read ("connect to ADDR port N: open after M ms",
// "S: 220 name"): without a subject or facts they say nothing to the view.
void TestVantageViewReport::evidenceTextIsNotRead()
{
    Report report;
    report.findings.append(FindingCatalog::make(
        "net.open", FindingArgs{}, {"connect to 192.0.2.1 port 587: open after 12 ms"}, "ports"));
    report.findings.append(FindingCatalog::make(
        "smtp.greeting_ok",
        {"192.0.2.1", "587", "220 mx.example.com"},
        {"192.0.2.1 port 587, 30 ms after the start", "S: 220 other.example.com ESMTP"},
        "smtp"));
    const VantageView view = VantageView::fromReport(report);
    QCOMPARE(view.ports.size(), 1); // the greeting's subject only
    QVERIFY(view.find("192.0.2.1", 587)->greetingName.isEmpty());
    QCOMPARE(view.find("192.0.2.1", 587)->ms, 0);
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

void TestVantageViewReport::factsSurviveTheJsonReport()
{
    Report report;
    report.target.host = QStringLiteral("mail.example.com");
    report.findings.append(sweep("net.open", "192.0.2.1", 587, 12));
    report.findings.append(onPort(
        "smtp.greeting_ok",
        "192.0.2.1",
        587,
        {{FindingArg::GreetingName, "mx.example.com"}, {FindingArg::CertificateSha256, "ab12"}}));
    QCOMPARE(report.findings.constLast().facts.value(FindingArg::GreetingName),
             QStringLiteral("mx.example.com"));
    // Only facts are kept: the host and port are the subject's.
    QCOMPARE(report.findings.constLast().facts.values().size(), 2);
    QString error;
    const auto read = JsonReport::read(JsonReport::write(report), &error);
    QVERIFY2(read, qPrintable(error));
    const VantageView view = VantageView::fromReport(*read);
    QCOMPARE(view.find("192.0.2.1", 587)->greetingName, QStringLiteral("mx.example.com"));
    QCOMPARE(view.find("192.0.2.1", 587)->certificateSha256, QStringLiteral("ab12"));
    QCOMPARE(view.find("192.0.2.1", 587)->ms, 12);
}

QTEST_GUILESS_MAIN(TestVantageViewReport)
#include "tst_vantageviewreport.moc"
