// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "PeerInfo.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

// Each peer test diagnoses one port and sweeps no other ("--ports" is the
// same port): these tests are about what one server says.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void version();
    void help();
    void unknownCommand_data();
    void unknownCommand();
    void unusableArguments_data();
    void unusableArguments();
    void greetingFromAiosmtpd();
    void textReport();
    void eximStartTlsTrusted();
    void eximImplicitTls();
    void eximUntrustedWithoutCaFile();
    void tlsChosenOnPlainPort();
    void starttlsMissing();
    void refusedPort();
    void silentServer();
    void rejectedGreeting();
    void httpOnSmtpPort();
    void nxdomainFromTestDns();
    void typedHostMendedInTheAdvice();
    void noAddress();
    void nameResolvedThroughTestDns();
    void outputFile();
    void otherOpenPortsAreProbed();
    void resolverDisagreement();
    void eximAuthenticatedSend();
    void eximInternationalAddress();
    void eximRelayDenied();
    void backupConnectionSideBySide();
};

void TestCli::initTestCase()
{
    QVERIFY2(!CliRun::program().isEmpty(), "SMTP_DOCTOR_CLI is not set: run through ctest");
}

void TestCli::version()
{
    const CliRun run = CliRun::run({"--version"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("smtp-doctor-cli 0."));
    // Which crypto backend this build runs (issue 16): one of the two, with its version.
    const QRegularExpression crypto(
        QStringLiteral("\ncrypto: (OpenSSL 3\\.[0-9.]+|QCA 2\\.[0-9.]+ \\(qca-ossl\\))\n"));
    QVERIFY2(crypto.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
}

void TestCli::help()
{
    // The command list: every command with one line, and the exit statuses.
    for (const QStringList &arguments : {QStringList{"--help"}, QStringList{"help"}}) {
        const CliRun run = CliRun::run(arguments);
        QCOMPARE(run.exitCode, 0);
        for (const char *line :
             {"  diagnose  Finds out why mail cannot be sent through an SMTP server.",
              "  watch     Repeats the SMTP session",
              "  discover  Finds the submission settings",
              "  spf       Gives the SPF verdict",
              "  2  unusable arguments"})
            QVERIFY2(run.out.contains(line), line);
        // Options belong to each command's own help, not to the list.
        QVERIFY(!run.out.contains("--security"));
    }
    // `help COMMAND` and `COMMAND --help` give the command's options.
    for (const QStringList &arguments :
         {QStringList{"help", "diagnose"}, QStringList{"diagnose", "--help"}}) {
        const CliRun run = CliRun::run(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("Usage: smtp-doctor-cli diagnose [options]"));
        for (const char *option : {"--host",
                                   "--port",
                                   "--security",
                                   "--timeout",
                                   "--resolver",
                                   "--trust-anchor",
                                   "--format",
                                   "--lang"})
            QVERIFY2(run.out.contains(option), option);
    }
    // The watch has every server option and every report format.
    const CliRun watch = CliRun::run({"watch", "--help"});
    QCOMPARE(watch.exitCode, 0);
    QVERIFY(watch.out.contains("--trust-anchor") && watch.out.contains("html"));
    QVERIFY(!watch.out.contains("--control-host"));
    // Each other command answers --help with its own options.
    const CliRun spf = CliRun::run({"spf", "--help"});
    QCOMPARE(spf.exitCode, 0);
    QVERIFY(spf.out.contains("--ip") && !spf.out.contains("--security"));
    const CliRun discover = CliRun::run({"help", "discover"});
    QCOMPARE(discover.exitCode, 0);
    QVERIFY(discover.out.contains("--domain") && !discover.out.contains("--ip"));
}

void TestCli::unknownCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("typo") << QStringList{"wacth", "--host", "x"} << "Did you mean watch?";
    QTest::newRow("prefix") << QStringList{"diag", "--host", "x"} << "Did you mean diagnose?";
    QTest::newRow("help for a typo") << QStringList{"help", "dicsover"} << "Did you mean discover?";
    QTest::newRow("nothing near") << QStringList{"cure", "--host", "x"} << "";
}

void TestCli::unknownCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, suggestion);
    const CliRun run = CliRun::run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith("smtp-doctor-cli: \""));
    QCOMPARE(run.err.contains("Did you mean"), !suggestion.isEmpty());
    QVERIFY2(run.err.contains(suggestion.toUtf8()), run.err.constData());
    // Then the list of what there is.
    QVERIFY(run.err.contains("  diagnose  ") && run.err.contains("  spf  "));
}

void TestCli::unusableArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{"--host", "x"};
    QTest::newRow("no host") << QStringList{"diagnose"};
    QTest::newRow("empty host") << QStringList{"diagnose", "--host", " "};
    QTest::newRow("port zero") << QStringList{"diagnose", "--host", "x", "--port", "0"};
    QTest::newRow("port too big") << QStringList{"diagnose", "--host", "x", "--port", "65536"};
    QTest::newRow("port text") << QStringList{"diagnose", "--host", "x", "--port", "smtp"};
    QTest::newRow("security") << QStringList{"diagnose", "--host", "x", "--security", "ssl"};
    QTest::newRow("timeout") << QStringList{"diagnose", "--host", "x", "--timeout", "-1"};
    QTest::newRow("resolver") << QStringList{
        "diagnose", "--host", "x", "--resolver", "dns.example"};
    QTest::newRow("format") << QStringList{"diagnose", "--host", "x", "--format", "xml"};
    QTest::newRow("ca file") << QStringList{
        "diagnose", "--host", "x", "--ca-file", "/nonexistent.pem"};
    QTest::newRow("trust anchor") << QStringList{
        "diagnose", "--host", "x", "--trust-anchor", "/nonexistent.key"};
    QTest::newRow("port with a fraction")
        << QStringList{"diagnose", "--host", "x", "--port", "587.0"};
    QTest::newRow("selector without domain")
        << QStringList{"diagnose", "--host", "x", "--dkim-selector", "s1"};
    QTest::newRow("from without to")
        << QStringList{"diagnose", "--host", "x", "--from", "a@example.com"};
    QTest::newRow("help of no command") << QStringList{"--host", "x", "--help"};
    QTest::newRow("unknown option") << QStringList{"diagnose", "--host", "x", "--frobnicate"};
    QTest::newRow("missing value") << QStringList{"diagnose", "--host"};
    QTest::newRow("extra argument") << QStringList{"diagnose", "--host", "x", "extra"};
    QTest::newRow("language") << QStringList{"diagnose", "--host", "x", "--lang", "tlh"};
    QTest::newRow("backup port") << QStringList{
        "diagnose", "--host", "x", "--backup-port", "70000"};
    QTest::newRow("backup security") << QStringList{
        "diagnose", "--host", "x", "--backup-port", "465", "--backup-security", "ssl"};
    QTest::newRow("backup same as main")
        << QStringList{"diagnose", "--host", "x", "--port", "587", "--backup-port", "587"};
}

void TestCli::unusableArguments()
{
    QFETCH(QStringList, arguments);
    const CliRun run = CliRun::run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    // One line of reason, then one line pointing at --help.
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith("smtp-doctor-cli: "));
}

void TestCli::greetingFromAiosmtpd()
{
    REQUIRE_PEER(smtp, "smtp");
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    QString::number(smtp.port("smtp")),
                                    "--ports",
                                    QString::number(smtp.port("smtp")),
                                    "--security",
                                    "none",
                                    "--format",
                                    "json",
                                    "--timeout",
                                    "5"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value("schema").toString(), QStringLiteral("smtp-doctor-report/1"));
    QCOMPARE(json.value("target").toObject().value("host").toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(run.findingIds(), QStringList({"net.open", "smtp.greeting_ok"}));
    // --quiet: the verdict line alone, and the same exit status.
    const CliRun quiet = CliRun::run({"diagnose",
                                      "--host",
                                      "127.0.0.1",
                                      "--port",
                                      QString::number(smtp.port("smtp")),
                                      "--ports",
                                      QString::number(smtp.port("smtp")),
                                      "--security",
                                      "none",
                                      "--quiet"});
    QCOMPARE(quiet.exitCode, 0);
    QCOMPARE(quiet.out.count('\n'), 1);
    QVERIFY2(quiet.out.size() > 10 && !quiet.out.contains("net.open"), quiet.out.constData());
    const QJsonObject greeting = run.finding("smtp.greeting_ok");
    QCOMPARE(greeting.value("severity").toString(), QStringLiteral("pass"));
    QCOMPARE(greeting.value("check").toString(), QStringLiteral("smtp"));
    QVERIFY(greeting.value("explanation").toString().contains("220 peer.doctor.test ESMTP"));
    // The transcript is in the events: what was sent and what came back.
    bool sawEhlo = false;
    bool sawGreeting = false;
    for (const QJsonValue &value : json.value("events").toArray()) {
        const QJsonObject event = value.toObject();
        sawEhlo = sawEhlo
                  || (event.value("kind") == "sent"
                      && event.value("text").toString().startsWith("EHLO ["));
        sawGreeting = sawGreeting
                      || (event.value("kind") == "received"
                          && event.value("text").toString().startsWith("220 "));
        QVERIFY(event.contains("t_ms"));
    }
    QVERIFY(sawEhlo);
    QVERIFY(sawGreeting);
}

void TestCli::textReport()
{
    REQUIRE_PEER(smtp, "smtp");
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    QString::number(smtp.port("smtp")),
                                    "--ports",
                                    QString::number(smtp.port("smtp")),
                                    "--security",
                                    "none"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("(smtp.greeting_ok)"));
    QVERIFY(run.out.contains("0 problem(s)"));

    const CliRun markdown = CliRun::run({"diagnose",
                                         "--host",
                                         "127.0.0.1",
                                         "--port",
                                         QString::number(smtp.port("smtp")),
                                         "--ports",
                                         QString::number(smtp.port("smtp")),
                                         "--security",
                                         "none",
                                         "--format",
                                         "markdown"});
    QCOMPARE(markdown.exitCode, 0);
    QVERIFY(markdown.out.startsWith("## SMTP Doctor: 127.0.0.1 port"));
    QVERIFY(markdown.out.contains("`smtp.greeting_ok`"));
}

void TestCli::eximStartTlsTrusted()
{
    REQUIRE_PEER(exim, "exim");
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    QString::number(exim.port("smtp")),
                                    "--ports",
                                    QString::number(exim.port("smtp")),
                                    "--security",
                                    "starttls",
                                    "--ca-file",
                                    exim.value("ca_file"),
                                    "--format",
                                    "json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.findingIds(),
             QStringList({"net.open", "smtp.greeting_ok", "tls.ok", "smtp.auth_mechanisms"}));
    // Exim offers PLAIN, LOGIN and CRAM-MD5 (inside TLS here); the table says so as a hint.
    const QJsonObject mechanisms = run.finding("smtp.auth_mechanisms");
    QCOMPARE(mechanisms.value("severity").toString(), QStringLiteral("info"));
    QVERIFY(mechanisms.value("explanation")
                .toString()
                .contains(QStringLiteral("port %1: PLAIN LOGIN CRAM-MD5").arg(exim.port("smtp"))));
    QVERIFY(run.finding("smtp.greeting_ok")
                .value("explanation")
                .toString()
                .contains("exim.doctor.test"));
    const QJsonArray evidence = run.finding("tls.ok").value("evidence").toArray();
    QVERIFY(QJsonDocument(evidence).toJson().contains("issuer"));
}

void TestCli::eximImplicitTls()
{
    REQUIRE_PEER(exim, "exim");
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    QString::number(exim.port("smtps")),
                                    "--ports",
                                    QString::number(exim.port("smtps")),
                                    "--security",
                                    "tls",
                                    "--ca-file",
                                    exim.value("ca_file"),
                                    "--format",
                                    "json"});
    QCOMPARE(run.exitCode, 0);
    // TLS comes first on this port, then the greeting inside it.
    QCOMPARE(run.findingIds(),
             QStringList({"net.open", "tls.ok", "smtp.greeting_ok", "smtp.auth_mechanisms"}));
}

void TestCli::eximUntrustedWithoutCaFile()
{
    REQUIRE_PEER(exim, "exim");
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    QString::number(exim.port("smtps")),
                                    "--ports",
                                    QString::number(exim.port("smtps")),
                                    "--security",
                                    "tls",
                                    "--format",
                                    "json"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.findingIds().contains("tls.untrusted"));
    QVERIFY(!run.findingIds().contains("tls.ok"));
}

void TestCli::tlsChosenOnPlainPort()
{
    REQUIRE_PEER(exim, "exim");
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    QString::number(exim.port("smtp")),
                                    "--ports",
                                    QString::number(exim.port("smtp")),
                                    "--security",
                                    "tls",
                                    "--timeout",
                                    "3",
                                    "--format",
                                    "json"});
    QCOMPARE(run.exitCode, 1);
    // The port greets in plaintext: the check says so instead of "handshake failed".
    // The plaintext counter-probe's EHLO shows what the port offers in that mode.
    QCOMPARE(run.findingIds(),
             QStringList({"net.open", "tls.expects_starttls", "smtp.auth_mechanisms"}));
    QVERIFY(QJsonDocument(run.finding("tls.expects_starttls").value("evidence").toArray())
                .toJson()
                .contains("220 exim.doctor.test"));
}

void TestCli::starttlsMissing()
{
    REQUIRE_PEER(smtp, "smtp");
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    QString::number(smtp.port("smtp")),
                                    "--ports",
                                    QString::number(smtp.port("smtp")),
                                    "--security",
                                    "starttls",
                                    "--format",
                                    "json"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.findingIds().contains("tls.starttls_missing"));
}

void TestCli::refusedPort()
{
    // A port that was free a moment ago: nothing listens there now.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    QString::number(port),
                                    "--ports",
                                    QString::number(port),
                                    "--security",
                                    "none",
                                    "--format",
                                    "json"});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.findingIds(), QStringList({"net.refused"}));
    QVERIFY(QJsonDocument(run.finding("net.refused").value("evidence").toArray())
                .toJson()
                .contains("ECONNREFUSED"));
}

void TestCli::silentServer()
{
    REQUIRE_PEER(silent, "silent");
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    QString::number(silent.port("smtp")),
                                    "--ports",
                                    QString::number(silent.port("smtp")),
                                    "--security",
                                    "none",
                                    "--timeout",
                                    "1",
                                    "--format",
                                    "json"});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.findingIds(), QStringList({"net.open", "smtp.no_greeting"}));
}

void TestCli::rejectedGreeting()
{
    REQUIRE_PEER(reject, "smtp-reject");
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    QString::number(reject.port("smtp")),
                                    "--ports",
                                    QString::number(reject.port("smtp")),
                                    "--security",
                                    "none",
                                    "--format",
                                    "json"});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.findingIds(), QStringList({"net.open", "smtp.rejected_greeting"}));
    QVERIFY(run.finding("smtp.rejected_greeting")
                .value("explanation")
                .toString()
                .contains("554 5.3.2"));
}

void TestCli::httpOnSmtpPort()
{
    REQUIRE_PEER(http, "http");
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    QString::number(http.port("smtp")),
                                    "--ports",
                                    QString::number(http.port("smtp")),
                                    "--security",
                                    "none",
                                    "--format",
                                    "json"});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.findingIds(), QStringList({"net.open", "smtp.not_smtp"}));
}

void TestCli::nxdomainFromTestDns()
{
    REQUIRE_PEER(dns, "dns");
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "missing.doctor.test",
                                    "--port",
                                    "587",
                                    "--resolver",
                                    QStringLiteral("127.0.0.1@%1").arg(dns.port("dns")),
                                    "--format",
                                    "json"});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.findingIds(), QStringList({"dns.nxdomain"}));
    // Nothing to connect to: the SMTP check says why it did not run.
    bool skipped = false;
    for (const QJsonValue &check : run.json().value("checks").toArray())
        skipped = skipped
                  || (check.toObject().value("name") == "smtp"
                      && check.toObject().value("status") == "skipped");
    QVERIFY(skipped);
}

void TestCli::typedHostMendedInTheAdvice()
{
    // Issue 14: "http://smtp.gmail.com/" was advised as "smtp.gmail.com/",
    // and the mismatch's evidence repeated the host instead of port and mode.
    REQUIRE_PEER(dns, "dns");
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "http://missing.doctor.test/",
                                    "--port",
                                    "465",
                                    "--security",
                                    "starttls",
                                    "--resolver",
                                    QStringLiteral("127.0.0.1@%1").arg(dns.port("dns")),
                                    "--format",
                                    "json"});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.findingIds(),
             QStringList({"input.host_scheme",
                          "input.host_path",
                          "input.port_security_mismatch",
                          "dns.nxdomain"}));
    QCOMPARE(run.finding("input.host_scheme").value("advice").toArray().first().toString(),
             QStringLiteral("Enter missing.doctor.test as the server name and choose the "
                            "encryption in its own field."));
    QCOMPARE(run.finding("input.port_security_mismatch").value("evidence").toArray(),
             QJsonArray({"port 465, security starttls"}));
    QCOMPARE(run.json().value("target").toObject().value("host").toString(),
             QStringLiteral("missing.doctor.test"));
}

void TestCli::noAddress()
{
    REQUIRE_PEER(dns, "dns");
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "noaddr.doctor.test",
                                    "--resolver",
                                    QStringLiteral("127.0.0.1@%1").arg(dns.port("dns")),
                                    "--format",
                                    "json"});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.findingIds(), QStringList({"dns.no_address"}));
}

void TestCli::nameResolvedThroughTestDns()
{
    REQUIRE_PEER(dns, "dns");
    REQUIRE_PEER(smtp, "smtp");
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "v4only.doctor.test",
                                    "--port",
                                    QString::number(smtp.port("smtp")),
                                    "--ports",
                                    QString::number(smtp.port("smtp")),
                                    "--security",
                                    "none",
                                    "--resolver",
                                    QStringLiteral("127.0.0.1@%1").arg(dns.port("dns")),
                                    "--format",
                                    "json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.findingIds(), QStringList({"net.open", "smtp.greeting_ok"}));
    QCOMPARE(run.json().value("environment").toObject().value("resolver").toString(),
             QStringLiteral("127.0.0.1@%1").arg(dns.port("dns")));
}

void TestCli::outputFile()
{
    REQUIRE_PEER(smtp, "smtp");
    const QString path = QDir::temp().filePath(
        QStringLiteral("smtp-doctor-test-%1.json").arg(QCoreApplication::applicationPid()));
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    QString::number(smtp.port("smtp")),
                                    "--ports",
                                    QString::number(smtp.port("smtp")),
                                    "--security",
                                    "none",
                                    "--format",
                                    "json",
                                    "--output",
                                    path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value("schema").toString(),
             QStringLiteral("smtp-doctor-report/1"));
    file.remove();
}

void TestCli::otherOpenPortsAreProbed()
{
    REQUIRE_PEER(exim, "exim");
    const QString smtps = QString::number(exim.port("smtps"));
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    QString::number(exim.port("smtp")),
                                    "--ports",
                                    smtps,
                                    "--security",
                                    "starttls",
                                    "--ca-file",
                                    exim.value("ca_file"),
                                    "--format",
                                    "json"});
    QCOMPARE(run.exitCode, 0);
    // The other open port is greeted too, in its own mode (implicit TLS is
    // tried on 465 only, so here it greets in plain text), and is a hint.
    int hints = 0;
    for (const QJsonValue &value : run.json().value("findings").toArray()) {
        const QJsonObject finding = value.toObject();
        if (!finding.value("title").toString().contains(QStringLiteral("port %1").arg(smtps),
                                                        Qt::CaseInsensitive))
            continue;
        QCOMPARE(finding.value("severity").toString(), QStringLiteral("info"));
        ++hints;
    }
    QVERIFY2(hints >= 2, "the other port's connect and greeting findings");
    QCOMPARE(run.findingIds().count("smtp.greeting_ok"), 1);
    QVERIFY(run.findingIds().contains(
        "smtp.no_greeting")); // plaintext on a TLS port: silence, as a hint
}

void TestCli::resolverDisagreement()
{
    REQUIRE_PEER(dns, "dns");
    const QStringList arguments{"diagnose",
                                "--host",
                                "mail.doctor.test",
                                "--port",
                                "9",
                                "--ports",
                                "9",
                                "--resolver",
                                QStringLiteral("127.0.0.1@%1").arg(dns.port("dns")),
                                "--timeout",
                                "2",
                                "--format",
                                "json"};
    // The suite's "system resolver" answers nothing: no comparison, no claim.
    QVERIFY(!CliRun::run(arguments).findingIds().contains("dns.resolver_disagreement"));

    // A stale hosts entry on this machine: the system sees another address.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("SMTP_DOCTOR_HOSTS", QStringLiteral(SMTP_DOCTOR_TEST_DATA "/hosts-stale"));
    const CliRun run = CliRun::run(arguments, 60000, environment);
    const QJsonObject finding = run.finding("dns.resolver_disagreement");
    QVERIFY2(!finding.isEmpty(), run.out.constData());
    QCOMPARE(finding.value("severity").toString(), QStringLiteral("warning"));
    QVERIFY(finding.value("explanation").toString().contains("127.0.0.9"));
    QVERIFY(finding.value("explanation").toString().contains("127.0.0.1, ::1"));
}

void TestCli::eximAuthenticatedSend()
{
    // A real MTA: STARTTLS, AUTH (PLAIN, LOGIN, CRAM-MD5), MAIL, RCPT, and
    // BDAT since Exim offers CHUNKING.
    REQUIRE_PEER(exim, "exim");
    const QString port = QString::number(exim.port("smtp"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("DOCTOR_PASSWORD", exim.value("password"));
    for (const char *mechanism : {"PLAIN", "LOGIN", "CRAM-MD5"}) {
        const CliRun run = CliRun::run({"diagnose",
                                        "--host",
                                        "127.0.0.1",
                                        "--port",
                                        port,
                                        "--ports",
                                        port,
                                        "--security",
                                        "starttls",
                                        "--ca-file",
                                        exim.value("ca_file"),
                                        "--user",
                                        exim.value("user"),
                                        "--password-env",
                                        "DOCTOR_PASSWORD",
                                        "--auth-mechanism",
                                        mechanism,
                                        "--from",
                                        "me@doctor.test",
                                        "--to",
                                        "you@example.test",
                                        "--format",
                                        "json"},
                                       60000,
                                       environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.findingIds().contains("auth.ok"), mechanism);
        QVERIFY2(run.findingIds().contains("send.accepted"), mechanism);
        // Exim's "250 OK id=..." gives the queue id.
        QVERIFY(QJsonDocument(run.finding("send.accepted")).toJson().contains("id="));
        QVERIFY(!run.out.contains(exim.value("password").toUtf8()));
        // Exim offers CHUNKING and PIPELINING: the envelope, BDAT with the
        // message and QUIT leave in one flight, before any reply comes back.
        QStringList dialogue; // "C: ..." and "S: ..." in the order they happened
        for (const QJsonValue &event : run.json().value("events").toArray()) {
            const QJsonObject object = event.toObject();
            const QString kind = object.value("kind").toString();
            if (kind == QLatin1String("sent") || kind == QLatin1String("received"))
                dialogue.append((kind == QLatin1String("sent") ? "C: " : "S: ")
                                + object.value("text").toString());
        }
        const QRegularExpression mailFrom("^C: MAIL FROM:<me@doctor.test> SIZE=\\d+$");
        const qsizetype mail = dialogue.indexOf(mailFrom);
        QVERIFY2(mail >= 0, qPrintable(dialogue.join('\n')));
        const QRegularExpression flight("^C: RCPT TO:<you@example.test>\\|C: BDAT \\d+ LAST\\|"
                                        "C: <the test message, \\d+ bytes>\\|C: QUIT$");
        QVERIFY2(flight.match(dialogue.mid(mail + 1, 4).join('|')).hasMatch(),
                 qPrintable(dialogue.join('\n')));
    }
    // Exim's own log: the message came in chunks ("K") after that login.
    QFile mainlog(exim.value("mainlog"));
    QVERIFY(mainlog.open(QIODevice::ReadOnly));
    const QByteArray log = mainlog.readAll();
    QVERIFY2(log.contains("A=cram:doctor K "), log.constData());
    // The Markdown report of a signed-in session holds no secret either,
    // in no form: plain, base64 (PLAIN's message, LOGIN's password) or hex.
    const QByteArray password = exim.value("password").toUtf8();
    const QByteArray plain = QByteArray("\0") + exim.value("user").toUtf8() + '\0' + password;
    const CliRun markdown = CliRun::run({"diagnose",
                                         "--host",
                                         "127.0.0.1",
                                         "--port",
                                         port,
                                         "--ports",
                                         port,
                                         "--security",
                                         "starttls",
                                         "--ca-file",
                                         exim.value("ca_file"),
                                         "--user",
                                         exim.value("user"),
                                         "--password-env",
                                         "DOCTOR_PASSWORD",
                                         "--format",
                                         "markdown"},
                                        60000,
                                        environment);
    QVERIFY(markdown.out.contains("`auth.ok`"));
    for (const QByteArray &secret :
         {password, password.toBase64(), plain.toBase64(), password.toHex()})
        QVERIFY(!markdown.out.contains(secret) && !markdown.err.contains(secret));
    environment.insert("DOCTOR_PASSWORD", "not-the-password");
    const CliRun wrong = CliRun::run({"diagnose",
                                      "--host",
                                      "127.0.0.1",
                                      "--port",
                                      port,
                                      "--ports",
                                      port,
                                      "--security",
                                      "starttls",
                                      "--ca-file",
                                      exim.value("ca_file"),
                                      "--user",
                                      exim.value("user"),
                                      "--password-env",
                                      "DOCTOR_PASSWORD",
                                      "--format",
                                      "json"},
                                     60000,
                                     environment);
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.findingIds().contains("auth.failed"));
    QVERIFY(wrong.finding("auth.failed").value("explanation").toString().contains("535"));
}

void TestCli::eximInternationalAddress()
{
    // Exim offers SMTPUTF8: an address with a non-ASCII local part goes
    // with SMTPUTF8 (and BODY=8BITMIME, for the header that holds it).
    REQUIRE_PEER(exim, "exim");
    const QString port = QString::number(exim.port("smtp"));
    const QString sender = QStringLiteral("jos\u00e9@doctor.test");
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    port,
                                    "--ports",
                                    port,
                                    "--security",
                                    "starttls",
                                    "--ca-file",
                                    exim.value("ca_file"),
                                    "--from",
                                    sender,
                                    "--to",
                                    "you@doctor.test",
                                    "--format",
                                    "json"});
    QVERIFY2(run.findingIds().contains("send.accepted"), run.out.constData());
    QVERIFY2(run.out.contains(QStringLiteral("MAIL FROM:<%1> SIZE=").arg(sender).toUtf8()),
             run.out.constData());
    QVERIFY2(run.out.contains(" SMTPUTF8 BODY=8BITMIME"), run.out.constData());
    QFile mainlog(exim.value("mainlog"));
    QVERIFY(mainlog.open(QIODevice::ReadOnly));
    QVERIFY2(mainlog.readAll().contains("<= " + sender.toUtf8()), "Exim logged no such sender");
    QCOMPARE(run.exitCode, 0);
}

void TestCli::eximRelayDenied()
{
    // Without signing in, Exim takes mail for its own domain only: anything
    // else is relaying, refused at RCPT with its own words.
    REQUIRE_PEER(exim, "exim");
    const QString port = QString::number(exim.port("smtp"));
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    port,
                                    "--ports",
                                    port,
                                    "--security",
                                    "starttls",
                                    "--ca-file",
                                    exim.value("ca_file"),
                                    "--from",
                                    "me@doctor.test",
                                    "--to",
                                    "someone@elsewhere.test",
                                    "--format",
                                    "json"});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject denied = run.finding("send.relay_denied");
    QVERIFY2(!denied.isEmpty(), run.out.constData());
    QVERIFY(denied.value("explanation").toString().contains("550 relay not permitted"));
    QVERIFY(!run.findingIds().contains("send.accepted"));
}

void TestCli::backupConnectionSideBySide()
{
    // The main connection goes to a port where nothing listens; the backup,
    // in the same run, to Exim's implicit-TLS port. Both are shown side by
    // side, and the verdict names the backup as the one that works.
    REQUIRE_PEER(exim, "exim");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString closed = QString::number(server.serverPort());
    server.close();
    const QString smtps = QString::number(exim.port("smtps"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("DOCTOR_PASSWORD", exim.value("password"));
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    closed,
                                    "--ports",
                                    closed,
                                    "--security",
                                    "starttls",
                                    "--backup-port",
                                    smtps,
                                    "--backup-security",
                                    "tls",
                                    "--ca-file",
                                    exim.value("ca_file"),
                                    "--user",
                                    exim.value("user"),
                                    "--password-env",
                                    "DOCTOR_PASSWORD",
                                    "--format",
                                    "json"},
                                   60000,
                                   environment);
    QCOMPARE(run.exitCode, 1); // the main connection's refusal is a failure
    const QJsonObject verdict = run.finding("profile.backup_works");
    QVERIFY2(!verdict.isEmpty(), run.out.constData());
    QVERIFY(verdict.value("advice").toArray().first().toString().contains(
        QStringLiteral("127.0.0.1 port %1 (tls)").arg(smtps)));
    const QStringList rows = verdict.value("evidence").toVariant().toStringList();
    const auto row = [&rows](const QString &step) {
        for (const QString &line : rows) {
            if (line.startsWith(step + ' '))
                return line.split(' ', Qt::SkipEmptyParts);
        }
        return QStringList();
    };
    QCOMPARE(row("connection"), QStringList({"connection", "net.refused", "net.open"}));
    QCOMPARE(row("TLS").mid(1), QStringList({"-", "tls.ok"}));
    QCOMPARE(row("sign-in").mid(1), QStringList({"-", "auth.ok"}));
    QCOMPARE(row("verdict").join(' '), QStringLiteral("verdict does not work works"));
    // The backup's own findings are in the report, marked as the backup's.
    bool backupAuth = false;
    for (const QJsonValue &finding : run.json().value("findings").toArray()) {
        backupAuth = backupAuth
                     || (finding.toObject().value("id").toString() == QLatin1String("auth.ok")
                         && finding.toObject().value("check").toString().startsWith("backup."));
    }
    QVERIFY2(backupAuth, run.out.constData());
    QVERIFY(!run.out.contains(exim.value("password").toUtf8()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
