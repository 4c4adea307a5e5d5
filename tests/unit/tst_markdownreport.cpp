// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingCatalog.h"
#include "report/MarkdownReport.h"
#include "UtcDateTime.h"

#include <QTest>

class TestMarkdownReport : public QObject
{
    Q_OBJECT
private slots:
    void problemsFirstWithAdviceAndEvidence();
};

void TestMarkdownReport::problemsFirstWithAdviceAndEvidence()
{
    Report report;
    report.target.host = "smtp.example.com";
    report.target.port = 587;
    report.target.security = Target::Security::StartTls;
    report.started = utcDateTime(QDate(2026, 11, 27), QTime(1, 2, 3));
    report.durationMs = 42;
    report.environment = {
        "0.1.0", "Debian GNU/Linux 12", "6.4.2", "system resolver", {"IPv4"}, "OpenSSL 3.0.19"};
    report.findings.append(
        FindingCatalog::make("smtp.greeting_ok", {"192.0.2.1", "587", "220 hi"}, {}, "smtp"));
    report.findings.append(FindingCatalog::make("smtp.rejected_greeting",
                                                {"192.0.2.1", "587", "554 <no> *service*"},
                                                {"S: 554 <no> *service*"},
                                                "smtp"));
    report.events.append({5, "smtp", Event::Kind::Received, "554 <no> *service*"});
    report.events.append({6, "smtp", Event::Kind::Sent, "AUTH PLAIN <credentials hidden>"});

    const QString markdown = MarkdownReport::write(report);
    QVERIFY(markdown.startsWith("## SMTP Doctor: smtp.example.com port 587 (starttls)"));
    QVERIFY(markdown.contains("**1 problem(s), 0 warning(s), 1 passed**"));
    // The problem comes before what passed, with its numbered advice.
    const qsizetype problem = markdown.indexOf("`smtp.rejected_greeting`");
    QVERIFY(problem > 0);
    QVERIFY(problem < markdown.indexOf("`smtp.greeting_ok`"));
    QVERIFY(markdown.contains("\n1. "));
    // Server text is escaped in prose, verbatim inside the folded evidence.
    QVERIFY(markdown.contains("554 \\<no\\> \\*service\\*"));
    QVERIFY(markdown.contains(
        "<details><summary>Evidence</summary>\n\n```\nS: 554 <no> *service*\n```"));
    QVERIFY(markdown.contains("C: AUTH PLAIN <credentials hidden>"));
    QVERIFY(markdown.contains("- DNS resolver: system resolver"));
    QVERIFY(markdown.contains("- Cryptography: OpenSSL 3.0.19\n- DNS resolver"));
}

QTEST_GUILESS_MAIN(TestMarkdownReport)
#include "tst_markdownreport.moc"
