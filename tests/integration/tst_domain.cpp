// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "PeerInfo.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

// The sender-domain checks of smtp-doctor-cli (MX, SPF, DKIM, DMARC, CDN)
// and `discover`, against the "dns-domains" peer: NSD serving one zone per
// domain from tests/data/zones/domains/, each built to produce one finding
// (see the zone files and tests/peers/README.md).
//
// The server part of each diagnosis is the well-behaved "smtp" peer on one
// port, so it is quick and harmless; the SPF "client address" is that
// server's address, 127.0.0.1.
//
// Network safety: cdn.test's mail host has a PUBLIC address (104.16.1.1,
// Cloudflare's range). Whatever touches it runs through `peerctl.py
// run-isolated`, in a network namespace with only a loopback and no route,
// with its own copies of the peers: a connection there fails locally.
class TestDomain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void findings_data();
    void findings();
    void everythingRight();
    void severalSelectorsInOneRun();
    void hostileZones_data();
    void hostileZones();
    void cdnProxiedMailHost();
    void cdnProxiedServerHost();
    void discoverSrv();
    void discoverProvider();
    void discoverNeedsDomain();

private:
    QStringList diagnoseArguments(const QString &domain, const QStringList &selectors) const;
    CliRun diagnose(const QString &domain, const QStringList &selectors = {}) const;
    // Runs the CLI with fresh dns-domains and smtp peers inside a network
    // namespace with no way out; QSKIPs (from the caller) when isolation
    // is impossible here.
    static CliRun runIsolated(const QStringList &cliArguments, bool *unavailable, QString *why);
    static QString describe(const CliRun &run);

    quint16 m_smtpPort = 0;
    quint16 m_dnsPort = 0;
};

namespace {

const int TimeoutSeconds = 5;

QString peerctl()
{
    return QStringLiteral(SMTP_DOCTOR_SOURCE_DIR "/tests/peers/peerctl.py");
}

} // namespace

void TestDomain::initTestCase()
{
    QVERIFY2(!CliRun::program().isEmpty(), "SMTP_DOCTOR_CLI is not set: run through ctest");
    REQUIRE_PEER(dns, "dns-domains");
    REQUIRE_PEER(smtp, "smtp");
    m_dnsPort = dns.port("dns");
    m_smtpPort = smtp.port("smtp");
}

QString TestDomain::describe(const CliRun &run)
{
    return QStringLiteral("exit %1, findings [%2], stderr: %3")
        .arg(run.exitCode)
        .arg(run.findingIds().join(QStringLiteral(", ")), QString::fromUtf8(run.err.trimmed()));
}

QStringList TestDomain::diagnoseArguments(const QString &domain, const QStringList &selectors) const
{
    QStringList arguments{"diagnose",
                          "--host",
                          "127.0.0.1",
                          "--port",
                          QString::number(m_smtpPort),
                          "--ports",
                          QString::number(m_smtpPort),
                          "--security",
                          "none",
                          "--control-host",
                          "none",
                          "--resolver",
                          QStringLiteral("127.0.0.1@%1").arg(m_dnsPort),
                          "--timeout",
                          QString::number(TimeoutSeconds),
                          "--format",
                          "json",
                          "--domain",
                          domain};
    for (const QString &selector : selectors)
        arguments << "--dkim-selector" << selector;
    return arguments;
}

CliRun TestDomain::diagnose(const QString &domain, const QStringList &selectors) const
{
    return CliRun::run(diagnoseArguments(domain, selectors));
}

void TestDomain::findings_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("selectors");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("severity"); // empty: not checked
    QTest::addColumn<QStringList>("absent");

    // MX
    QTest::newRow("mx-ok") << "mx-ok.test" << QStringList{} << "domain.mx_ok"
                           << "pass"
                           << QStringList{"domain.mx_missing",
                                          "domain.mx_null",
                                          "domain.mx_invalid_target"};
    QTest::newRow("mx-missing") << "mx-missing.test" << QStringList{} << "domain.mx_missing"
                                << "" << QStringList{"domain.mx_ok"};
    QTest::newRow("mx-null") << "mx-null.test" << QStringList{} << "domain.mx_null"
                             << "" << QStringList{"domain.mx_ok", "domain.mx_missing"};
    QTest::newRow("mx-cname") << "mx-cname.test" << QStringList{} << "domain.mx_invalid_target"
                              << "" << QStringList{"domain.mx_ok"};
    QTest::newRow("mx-literal") << "mx-literal.test" << QStringList{} << "domain.mx_invalid_target"
                                << "" << QStringList{"domain.mx_ok"};
    QTest::newRow("mx-bracket") << "mx-bracket.test" << QStringList{} << "domain.mx_invalid_target"
                                << "" << QStringList{"domain.mx_ok"};

    // SPF, evaluated for the SMTP server's address (127.0.0.1)
    const QStringList spfProblems{"domain.spf_missing",
                                  "domain.spf_multiple",
                                  "domain.spf_syntax",
                                  "domain.spf_not_authorized",
                                  "domain.spf_permissive"};
    QTest::newRow("spf-ok") << "spf-ok.test" << QStringList{} << "domain.spf_ok"
                            << "pass" << spfProblems;
    QTest::newRow("spf-missing") << "spf-missing.test" << QStringList{} << "domain.spf_missing"
                                 << "" << QStringList{"domain.spf_ok", "domain.spf_syntax"};
    QTest::newRow("spf-multiple") << "spf-multiple.test" << QStringList{} << "domain.spf_multiple"
                                  << "" << QStringList{"domain.spf_ok"};
    QTest::newRow("spf-syntax") << "spf-syntax.test" << QStringList{} << "domain.spf_syntax"
                                << "" << QStringList{"domain.spf_ok"};
    QTest::newRow("spf-toomany") << "spf-toomany.test" << QStringList{}
                                 << "domain.spf_too_many_lookups"
                                 << "" << QStringList{"domain.spf_ok"};
    QTest::newRow("spf-include50")
        << "spf-include50.test" << QStringList{} << "domain.spf_too_many_lookups"
        << "" << QStringList{"domain.spf_ok"};
    QTest::newRow("spf-void") << "spf-void.test" << QStringList{} << "domain.spf_void_lookups"
                              << "" << QStringList{"domain.spf_ok"};
    QTest::newRow("spf-plusall") << "spf-plusall.test" << QStringList{} << "domain.spf_permissive"
                                 << "" << QStringList{"domain.spf_not_authorized"};
    QTest::newRow("spf-qall") << "spf-qall.test" << QStringList{} << "domain.spf_permissive"
                              << "" << QStringList{"domain.spf_not_authorized"};
    QTest::newRow("spf-notauth") << "spf-notauth.test" << QStringList{}
                                 << "domain.spf_not_authorized"
                                 << "" << QStringList{"domain.spf_ok", "domain.spf_permissive"};

    // DKIM, selectors given with --dkim-selector
    QTest::newRow("dkim good") << "dkim.test" << QStringList{"good"} << "domain.dkim_ok"
                               << "pass"
                               << QStringList{"domain.dkim_weak_key",
                                              "domain.dkim_missing",
                                              "domain.dkim_syntax"};
    QTest::newRow("dkim ed25519") << "dkim.test" << QStringList{"ed"} << "domain.dkim_ok"
                                  << "pass"
                                  << QStringList{"domain.dkim_weak_key", "domain.dkim_syntax"};
    QTest::newRow("dkim missing") << "dkim.test" << QStringList{"missing"} << "domain.dkim_missing"
                                  << "" << QStringList{"domain.dkim_ok"};
    QTest::newRow("dkim revoked") << "dkim.test" << QStringList{"revoked"} << "domain.dkim_revoked"
                                  << "" << QStringList{"domain.dkim_ok"};
    QTest::newRow("dkim 512") << "dkim.test" << QStringList{"weak"} << "domain.dkim_weak_key"
                              << "failure" << QStringList{"domain.dkim_ok"};
    QTest::newRow("dkim 1024") << "dkim.test" << QStringList{"k1024"} << "domain.dkim_weak_key"
                               << "warning" << QStringList{"domain.dkim_syntax"};
    QTest::newRow("dkim testing") << "dkim.test" << QStringList{"testing"} << "domain.dkim_testing"
                                  << "" << QStringList{"domain.dkim_weak_key"};
    QTest::newRow("dkim syntax") << "dkim.test" << QStringList{"syntax"} << "domain.dkim_syntax"
                                 << "" << QStringList{"domain.dkim_ok"};

    // DMARC
    QTest::newRow("dmarc-ok") << "dmarc-ok.test" << QStringList{} << "domain.dmarc_ok"
                              << "pass" << QStringList{"domain.dmarc_missing", "domain.dmarc_none"};
    QTest::newRow("dmarc organizational")
        << "sub.dmarc-ok.test" << QStringList{} << "domain.dmarc_ok"
        << "pass" << QStringList{"domain.dmarc_missing"};
    QTest::newRow("dmarc-none") << "dmarc-none.test" << QStringList{} << "domain.dmarc_none"
                                << "" << QStringList{"domain.dmarc_missing"};
    QTest::newRow("dmarc-multiple")
        << "dmarc-multiple.test" << QStringList{} << "domain.dmarc_multiple"
        << "" << QStringList{"domain.dmarc_ok"};
    QTest::newRow("dmarc-syntax") << "dmarc-syntax.test" << QStringList{} << "domain.dmarc_syntax"
                                  << "" << QStringList{"domain.dmarc_ok"};
    QTest::newRow("dmarc-missing")
        << "dmarc-missing.test" << QStringList{} << "domain.dmarc_missing"
        << "" << QStringList{"domain.dmarc_ok"};
}

void TestDomain::findings()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, selectors);
    QFETCH(QString, expected);
    QFETCH(QString, severity);
    QFETCH(QStringList, absent);

    const CliRun run = diagnose(domain, selectors);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(describe(run)));
    QCOMPARE(run.json().value("schema").toString(), QStringLiteral("smtp-doctor-report/1"));
    const QStringList ids = run.findingIds();
    // The server part ran too.
    QVERIFY2(ids.contains("smtp.greeting_ok"), qPrintable(describe(run)));
    QVERIFY2(ids.contains(expected), qPrintable(describe(run)));
    if (!severity.isEmpty())
        QCOMPARE(run.finding(expected).value("severity").toString(), severity);
    for (const QString &id : absent)
        QVERIFY2(!ids.contains(id),
                 qPrintable(QStringLiteral("unexpected %1; ").arg(id) + describe(run)));
    // A domain finding says which domain it is about.
    QVERIFY2(QJsonDocument(run.finding(expected)).toJson().contains(domain.toUtf8()),
             qPrintable(QString::fromUtf8(QJsonDocument(run.finding(expected)).toJson())));
}

void TestDomain::everythingRight()
{
    // mx-ok.test has every record right: MX, SPF for 127.0.0.1, DKIM
    // selector "good", DMARC p=reject. With the healthy smtp peer as the
    // server, nothing is a failure.
    const CliRun run = diagnose(QStringLiteral("mx-ok.test"), {QStringLiteral("good")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QStringList ids = run.findingIds();
    for (const char *id : {"domain.mx_ok", "domain.spf_ok", "domain.dkim_ok", "domain.dmarc_ok"}) {
        QVERIFY2(ids.contains(id),
                 qPrintable(QStringLiteral("%1 missing; ").arg(id) + describe(run)));
        QCOMPARE(run.finding(id).value("severity").toString(), QStringLiteral("pass"));
    }
    for (const QJsonValue &value : run.json().value("findings").toArray()) {
        const QJsonObject finding = value.toObject();
        QVERIFY2(finding.value("severity").toString() != QStringLiteral("failure"),
                 qPrintable(finding.value("id").toString()));
    }
}

void TestDomain::severalSelectorsInOneRun()
{
    // --dkim-selector is repeatable: each selector is checked.
    const CliRun run = diagnose(QStringLiteral("dkim.test"),
                                {QStringLiteral("good"),
                                 QStringLiteral("weak"),
                                 QStringLiteral("revoked"),
                                 QStringLiteral("missing")});
    QCOMPARE(run.exitCode, 1); // the 512-bit key is a failure
    const QStringList ids = run.findingIds();
    for (const char *id :
         {"domain.dkim_ok", "domain.dkim_weak_key", "domain.dkim_revoked", "domain.dkim_missing"})
        QVERIFY2(ids.contains(id),
                 qPrintable(QStringLiteral("%1 missing; ").arg(id) + describe(run)));
}

void TestDomain::hostileZones_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("selectors");
    QTest::newRow("cname-loop apex") << "cname-loop.test" << QStringList{"loop"};
    QTest::newRow("cname loop of two") << "a.cname-loop.test" << QStringList{};
    QTest::newRow("cname loop of one") << "self.cname-loop.test" << QStringList{};
    QTest::newRow("spf include loop") << "spf-loop.test" << QStringList{};
    QTest::newRow("spf 60 KB over TCP") << "spf-big.test" << QStringList{};
    QTest::newRow("spf 50 includes") << "spf-include50.test" << QStringList{};
}

void TestDomain::hostileZones()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, selectors);

    QElapsedTimer clock;
    clock.start();
    const CliRun run = CliRun::run(diagnoseArguments(domain, selectors), 4 * TimeoutSeconds * 1000);
    const qint64 elapsed = clock.elapsed();
    // Never a crash (-2), a hang (-1) or a usage error (2).
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(elapsed < 3 * TimeoutSeconds * 1000,
             qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    QCOMPARE(run.json().value("schema").toString(), QStringLiteral("smtp-doctor-report/1"));
    const QStringList ids = run.findingIds();
    // The DNS failure is reported: as dns.failure, as the domain checks'
    // domain.lookup_failed, or as an SPF verdict (permerror, temperror).
    const bool reported = ids.contains("dns.failure") || ids.contains("domain.lookup_failed")
                          || std::any_of(ids.cbegin(), ids.cend(), [](const QString &id) {
                                 return id.startsWith("domain.spf_") && id != "domain.spf_ok";
                             });
    QVERIFY2(reported, qPrintable(describe(run)));
    QVERIFY2(!ids.contains("domain.spf_ok"), qPrintable(describe(run)));
}

CliRun TestDomain::runIsolated(const QStringList &cliArguments, bool *unavailable, QString *why)
{
    QStringList arguments{peerctl(),
                          "run-isolated",
                          "dns-domains",
                          "smtp",
                          "--state-dir",
                          PeerInfo::stateDir(),
                          "--",
                          CliRun::program()};
    arguments += cliArguments;
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"), arguments);
    CliRun result;
    *unavailable = false;
    if (!process.waitForFinished(60000)) {
        process.kill(); // unshare: the kernel then ends everything inside
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (result.exitCode == 77 && result.err.startsWith("peerctl: cannot isolate")) {
        *unavailable = true;
        *why = QString::fromUtf8(result.err.trimmed());
    }
    return result;
}

// Arguments for a run inside the namespace: peerctl replaces {peer.key}
// with the isolated peers' ports.
static QStringList isolatedDiagnose(const QString &host, const QString &port)
{
    return {"diagnose",
            "--host",
            host,
            "--port",
            port,
            "--ports",
            port,
            "--security",
            "none",
            "--control-host",
            "none",
            "--resolver",
            "127.0.0.1@{dns-domains.dns}",
            "--timeout",
            QString::number(TimeoutSeconds),
            "--format",
            "json"};
}

void TestDomain::cdnProxiedMailHost()
{
    if (PeerInfo::stateDir().isEmpty())
        QSKIP("needs SMTP_DOCTOR_PEER_DIR: run through ctest");
    // The domain's MX target resolves into Cloudflare's 104.16.0.0/13.
    QStringList arguments = isolatedDiagnose("127.0.0.1", "{smtp.smtp}");
    arguments << "--domain"
              << "cdn.test";
    bool unavailable = false;
    QString why;
    const CliRun run = runIsolated(arguments, &unavailable, &why);
    if (unavailable)
        QSKIP(qPrintable(why));
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.findingIds().contains("dns.cdn_proxied"), qPrintable(describe(run)));
    QVERIFY2(QJsonDocument(run.finding("dns.cdn_proxied")).toJson().contains("104.16.1.1"),
             qPrintable(QString::fromUtf8(QJsonDocument(run.finding("dns.cdn_proxied")).toJson())));
}

void TestDomain::cdnProxiedServerHost()
{
    if (PeerInfo::stateDir().isEmpty())
        QSKIP("needs SMTP_DOCTOR_PEER_DIR: run through ctest");
    // The SMTP host itself is behind the CDN. The connection to 104.16.1.1
    // is attempted, but only inside the namespace, where it fails locally.
    bool unavailable = false;
    QString why;
    const CliRun run = runIsolated(isolatedDiagnose("mail.cdn.test", "587"), &unavailable, &why);
    if (unavailable)
        QSKIP(qPrintable(why));
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.findingIds().contains("dns.cdn_proxied"), qPrintable(describe(run)));
}

void TestDomain::discoverSrv()
{
    const CliRun run = CliRun::run({"discover",
                                    "--domain",
                                    "srv.test",
                                    "--resolver",
                                    QStringLiteral("127.0.0.1@%1").arg(m_dnsPort),
                                    "--timeout",
                                    QString::number(TimeoutSeconds),
                                    "--format",
                                    "json"});
    QVERIFY2(run.exitCode == 0,
             qPrintable(
                 QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
    const QJsonObject json = run.json();
    QCOMPARE(json.value("schema").toString(), QStringLiteral("smtp-doctor-discovery/1"));
    QCOMPARE(json.value("domain").toString(), QStringLiteral("srv.test"));
    bool submission = false;
    bool submissions = false;
    for (const QJsonValue &value : json.value("candidates").toArray()) {
        const QJsonObject candidate = value.toObject();
        if (candidate.value("host").toString() != QStringLiteral("mail.srv.test")
            || candidate.value("source").toString() != QStringLiteral("srv"))
            continue;
        const int port = candidate.value("port").toInt();
        const QString security = candidate.value("security").toString();
        submission = submission || (port == 587 && security == QStringLiteral("starttls"));
        submissions = submissions || (port == 465 && security == QStringLiteral("tls"));
    }
    QVERIFY2(submission && submissions, run.out.constData());
}

void TestDomain::discoverProvider()
{
    // gmail.com is in the provider table: no DNS is needed for it, and the
    // only resolver named is the local peer (no public resolver is asked).
    // Run in the isolated namespace when possible, so that even a mistake
    // cannot reach the internet.
    const QStringList arguments{"discover",
                                "--domain",
                                "gmail.com",
                                "--resolver",
                                "127.0.0.1@{dns-domains.dns}",
                                "--timeout",
                                QString::number(TimeoutSeconds),
                                "--format",
                                "json"};
    bool unavailable = true;
    QString why;
    CliRun run;
    if (!PeerInfo::stateDir().isEmpty()) // else run by hand: no state dir for the namespace
        run = runIsolated(arguments, &unavailable, &why);
    if (unavailable) {
        QStringList local = arguments;
        local.replace(local.indexOf("127.0.0.1@{dns-domains.dns}"),
                      QStringLiteral("127.0.0.1@%1").arg(m_dnsPort));
        run = CliRun::run(local);
    }
    QVERIFY2(run.exitCode == 0,
             qPrintable(
                 QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
    const QJsonObject json = run.json();
    QCOMPARE(json.value("schema").toString(), QStringLiteral("smtp-doctor-discovery/1"));
    QCOMPARE(json.value("domain").toString(), QStringLiteral("gmail.com"));
    bool found = false;
    for (const QJsonValue &value : json.value("candidates").toArray()) {
        const QJsonObject candidate = value.toObject();
        found = found
                || (candidate.value("host").toString() == QStringLiteral("smtp.gmail.com")
                    && candidate.value("source").toString() == QStringLiteral("providers"));
    }
    QVERIFY2(found, run.out.constData());
}

void TestDomain::discoverNeedsDomain()
{
    const CliRun run = CliRun::run({"discover", "--format", "json"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith("smtp-doctor-cli: "));
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
