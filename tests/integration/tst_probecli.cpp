// SPDX-License-Identifier: GPL-3.0-or-later
// The website probe from the command line, the real binary: `probe create`
// writes one file whose key the real probe accepts (PHP's built-in server,
// php -S on loopback, started and stopped here by PID).

#include "CliRunner.h"
#include "PeerInfo.h"
#include "core/EventLog.h"
#include "site/SiteCrypto.h"
#include "site/SiteProbeClient.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class TestProbeCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void createsOneFile();
    void textNamesFileKeyAndExpiry();
    void keyWorksWithTheRealProbe();
    void helpNamesTheSubcommand();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void diagnoseMergesTheRealProbe();
    void diagnoseReadsTheKeyFromAFile();
    void diagnoseSaysWhenTheProbeIsUnreachable();
    void diagnoseMergesAServerReport();
    void diagnoseRefusesBadSiteArguments_data();
    void diagnoseRefusesBadSiteArguments();

private:
    CliRun create(const QString &folder, const QStringList &more = {});
    // A probe in the web root for the SMTP peer on `port`: its URL and key.
    std::pair<QString, QString> probeFor(quint16 port);
    static QStringList diagnoseArguments(quint16 port);
    static QJsonObject findingOf(const CliRun &run, const QString &id);
    static quint16 freePort();

    QTemporaryDir m_webRoot;
    QProcess m_php;
    quint16 m_webPort = 0;
    QString m_phpProgram;
};

quint16 TestProbeCli::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

void TestProbeCli::initTestCase()
{
    m_phpProgram = QStandardPaths::findExecutable(QStringLiteral("php"));
    if (m_phpProgram.isEmpty())
        return; // the tests that need PHP skip, each saying why
    m_webPort = freePort();
    m_php.setProgram(m_phpProgram);
    m_php.setArguments(
        {"-S", QStringLiteral("127.0.0.1:%1").arg(m_webPort), "-t", m_webRoot.path()});
    m_php.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_php.start();
    QVERIFY2(m_php.waitForStarted(5000), "php -S did not start");
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_webPort);
            return socket.waitForConnected(200);
        }(),
        10000);
}

void TestProbeCli::cleanupTestCase()
{
    if (m_php.state() != QProcess::NotRunning) {
        m_php.terminate(); // our own child, by its PID
        if (!m_php.waitForFinished(5000))
            m_php.kill();
    }
}

CliRun TestProbeCli::create(const QString &folder, const QStringList &more)
{
    return CliRun::run(QStringList{"probe",
                                   "create",
                                   "--host",
                                   "127.0.0.1",
                                   "--port",
                                   "2587",
                                   "--security",
                                   "starttls",
                                   "--control-host",
                                   "none",
                                   "--out",
                                   folder}
                       + more);
}

void TestProbeCli::createsOneFile()
{
    QTemporaryDir dir;
    const CliRun cli = create(dir.path(), {"--valid", "15", "--format", "json"});
    QCOMPARE(cli.exitCode, 0);
    const QJsonObject json = cli.json();
    QCOMPARE(json.keys(), (QStringList{"expires", "file", "key"}));
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files.size(), 1);
    QVERIFY(QFileInfo(files.first())
                .fileName()
                .contains(QRegularExpression("^smtp-doctor-probe-[0-9a-f]{16}\\.php$")));
    QCOMPARE(json.value("file").toString(), QDir(dir.path()).absoluteFilePath(files.first()));
    const QString keyText = json.value("key").toString();
    QCOMPARE(keyText.size(), 43); // 256 bits in base64url, no padding
    QVERIFY(keyText.contains(QRegularExpression("^[A-Za-z0-9_-]{43}$")));
    const auto key = SiteCrypto::keyFromText(keyText);
    QVERIFY(key);
    QCOMPARE(key->size(), 32);

    QFile file(dir.filePath(files.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.size() < 40 * 1024, QByteArray::number(text.size()));
    QVERIFY(text.startsWith("<?php"));
    QVERIFY(text.contains(key->toHex()));
    QVERIFY(!text.contains(keyText.toLatin1())); // the file holds hex, the user base64url
    QVERIFY(text.contains("'127.0.0.1'"));
    QVERIFY(text.contains("2587"));
    const QDateTime expires = QDateTime::fromString(json.value("expires").toString(), Qt::ISODate);
    QVERIFY(expires.isValid());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 15 * 60) < 60);
    // The key is printed once, on standard output, and nowhere else.
    QVERIFY(!cli.err.contains(keyText.toLatin1()));

    if (m_phpProgram.isEmpty())
        QSKIP("php (Debian's php-cli) is not installed: run installer/setup.sh test");
    QProcess lint;
    lint.start(m_phpProgram, {"-l", file.fileName()});
    QVERIFY(lint.waitForFinished(30000));
    QCOMPARE(lint.exitCode(), 0);
}

void TestProbeCli::textNamesFileKeyAndExpiry()
{
    QTemporaryDir dir;
    const CliRun cli = create(dir.path());
    QCOMPARE(cli.exitCode, 0);
    const QString out = QString::fromUtf8(cli.out);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY2(out.contains(dir.filePath(files.first())), qPrintable(out));
    const QRegularExpressionMatch key = QRegularExpression("([A-Za-z0-9_-]{43})\\n").match(out);
    QVERIFY2(key.hasMatch(), qPrintable(out));
    QVERIFY(SiteCrypto::keyFromText(key.captured(1)));
    QVERIFY2(out.contains("Expires"), qPrintable(out));
    QVERIFY(out.contains("--site-probe"));
}

// The key printed is the key the file holds: the real probe, served by PHP,
// answers a request signed with it, and the answer's own MAC checks out.
void TestProbeCli::keyWorksWithTheRealProbe()
{
    if (m_phpProgram.isEmpty())
        QSKIP("php (Debian's php-cli) is not installed: run installer/setup.sh test");
    const CliRun cli = create(m_webRoot.path(), {"--format", "json"});
    QCOMPARE(cli.exitCode, 0);
    const QString path = cli.json().value("file").toString();
    QVERIFY(QFile::exists(path));
    const auto key = SiteCrypto::keyFromText(cli.json().value("key").toString());
    QVERIFY(key);

    QNetworkAccessManager network;
    EventLog log;
    const QUrl url(
        QStringLiteral("http://127.0.0.1:%1/%2").arg(m_webPort).arg(QFileInfo(path).fileName()));
    SiteProbeClient client(url, *key, &network, &log);
    QSignalSpy finished(&client, &Check::finished);
    client.start();
    QVERIFY(finished.wait(60000));
    QStringList ids;
    for (const Finding &finding : client.findings())
        ids.append(finding.id);
    QVERIFY2(client.answer().has_value(), qPrintable(ids.join(' ')));
    QCOMPARE(client.status(), Check::Status::Done);
    bool probed = false;
    for (const SiteAnswer::Connect &connect : client.answer()->connects)
        probed = probed || (connect.address == "127.0.0.1" && connect.port == 2587);
    QVERIFY(probed);
    QCOMPARE(client.deletion(), SiteProbeClient::Deletion::Deleted);
    QVERIFY(!QFile::exists(path));

    // A wrong key is turned away like a missing file.
    const CliRun other = create(m_webRoot.path(), {"--format", "json"});
    QCOMPARE(other.exitCode, 0);
    const QString otherPath = other.json().value("file").toString();
    SiteProbeClient wrong(QUrl(QStringLiteral("http://127.0.0.1:%1/%2")
                                   .arg(m_webPort)
                                   .arg(QFileInfo(otherPath).fileName())),
                          *key,
                          &network,
                          &log);
    QSignalSpy wrongFinished(&wrong, &Check::finished);
    wrong.start();
    QVERIFY(wrongFinished.wait(60000));
    QVERIFY(!wrong.answer());
    QCOMPARE(wrong.findings().value(0).id, QStringLiteral("site.probe_rejected"));
    QVERIFY(QFile::remove(otherPath));
}

void TestProbeCli::helpNamesTheSubcommand()
{
    const CliRun cli = CliRun::run({"probe", "--help"});
    QCOMPARE(cli.exitCode, 0);
    QVERIFY2(cli.out.contains("smtp-doctor-cli probe create"), cli.out.constData());
    QVERIFY(cli.out.contains("--valid"));
    QVERIFY(cli.out.contains("--out"));
    const CliRun list = CliRun::run({"--help"});
    QVERIFY2(list.out.contains("probe"), list.out.constData());
}

void TestProbeCli::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QStringList good{"--host", "h.example", "--out", "."};
    QTest::newRow("no subcommand")
        << QStringList{"probe", "--host", "h.example", "--out", "."} << "probe create";
    QTest::newRow("other subcommand") << QStringList{"probe", "delete"} + good << "delete";
    QTest::newRow("two words") << QStringList{"probe", "create", "now"} + good << "now";
    QTest::newRow("no host") << QStringList{"probe", "create", "--out", "."} << "--host";
    QTest::newRow("hostile host")
        << QStringList{"probe", "create", "--host", "x');system('id", "--out", "."} << "x');";
    QTest::newRow("bad security") << QStringList{"probe", "create", "--security", "ssl3"} + good
                                  << "--security";
    QTest::newRow("bad port") << QStringList{"probe", "create", "--port", "0"} + good << "--port";
    QTest::newRow("bad ports") << QStringList{"probe", "create", "--ports", "25,x"} + good
                               << "--ports";
    QTest::newRow("no out") << QStringList{"probe", "create", "--host", "h.example"} << "--out";
    QTest::newRow("no such folder")
        << QStringList{"probe", "create", "--host", "h.example", "--out", "/nonexistent/folder"}
        << "--out";
    QTest::newRow("valid zero") << QStringList{"probe", "create", "--valid", "0"} + good
                                << "--valid";
    QTest::newRow("valid too long")
        << QStringList{"probe", "create", "--valid", "20000"} + good << "--valid";
    QTest::newRow("markdown") << QStringList{"probe", "create", "--format", "markdown"} + good
                              << "--format";
}

void TestProbeCli::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const CliRun cli = [&] {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(CliRun::program(), arguments);
        process.waitForFinished(30000);
        CliRun run;
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }();
    QCOMPARE(cli.exitCode, 2);
    QVERIFY(cli.out.isEmpty());
    QVERIFY2(cli.err.contains(reason.toUtf8()), cli.err.constData());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // nothing written
}

std::pair<QString, QString> TestProbeCli::probeFor(quint16 port)
{
    const CliRun cli = CliRun::run({"probe",
                                    "create",
                                    "--host",
                                    "127.0.0.1",
                                    "--port",
                                    QString::number(port),
                                    "--security",
                                    "none",
                                    "--ports",
                                    QString::number(port),
                                    "--control-host",
                                    "none",
                                    "--out",
                                    m_webRoot.path(),
                                    "--format",
                                    "json"});
    if (cli.exitCode != 0)
        return {};
    const QString name = QFileInfo(cli.json().value("file").toString()).fileName();
    return {QStringLiteral("http://127.0.0.1:%1/%2").arg(m_webPort).arg(name),
            cli.json().value("key").toString()};
}

QStringList TestProbeCli::diagnoseArguments(quint16 port)
{
    return {"diagnose",
            "--host",
            "127.0.0.1",
            "--port",
            QString::number(port),
            "--security",
            "none",
            "--ports",
            QString::number(port),
            "--control-host",
            "none",
            "--timeout",
            "5"};
}

QJsonObject TestProbeCli::findingOf(const CliRun &run, const QString &id)
{
    return run.finding(id);
}

// The desktop's diagnosis and the real probe, one report: this computer's
// findings (vantage here), the probe's conclusion (vantage site, about the
// address and port), the file deleted, and the key in no output at all.
void TestProbeCli::diagnoseMergesTheRealProbe()
{
    if (m_phpProgram.isEmpty())
        QSKIP("php (Debian's php-cli) is not installed: run installer/setup.sh test");
    REQUIRE_PEER(smtp, "smtp");
    const quint16 port = smtp.port("smtp");
    const auto [url, key] = probeFor(port);
    QVERIFY(!url.isEmpty());
    const QString file = m_webRoot.filePath(QUrl(url).fileName());
    QVERIFY(QFile::exists(file));
    const CliRun run = CliRun::run(
        diagnoseArguments(port)
        + QStringList{"--site-probe", url, "--site-key", key, "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList ids = run.findingIds();
    QVERIFY2(ids.contains("net.open"), qPrintable(ids.join(' ')));
    QVERIFY2(ids.contains("site.same_as_here"), qPrintable(ids.join(' ')));
    const QJsonObject open = findingOf(run, "net.open").value("subject").toObject();
    QCOMPARE(open.value("vantage").toString(), QStringLiteral("here"));
    const QJsonObject same = findingOf(run, "site.same_as_here");
    QCOMPARE(same.value("subject").toObject().value("vantage").toString(), QStringLiteral("site"));
    QCOMPARE(same.value("check").toString(), QStringLiteral("site"));
    bool siteCheck = false;
    for (const QJsonValue &check : run.json().value("checks").toArray())
        siteCheck = siteCheck || check.toObject().value("name").toString() == "site";
    QVERIFY(siteCheck);
    QVERIFY2(!QFile::exists(file), "the probe was not deleted");
    QVERIFY(!ids.contains("site.probe_not_deleted"));
    // The key, in either form, reaches neither the report nor stderr.
    const QByteArray hex = SiteCrypto::keyFromText(key)->toHex();
    QVERIFY(!run.out.contains(key.toLatin1()) && !run.out.contains(hex));
    QVERIFY(!run.err.contains(key.toLatin1()) && !run.err.contains(hex));

    // The same in every human format.
    for (const char *format : {"text", "markdown", "html"}) {
        const auto [again, againKey] = probeFor(port);
        const CliRun human = CliRun::run(
            diagnoseArguments(port)
            + QStringList{"--site-probe", again, "--site-key", againKey, "--format", format});
        QVERIFY2(human.exitCode == 0, human.err.constData());
        const QByteArray againHex = SiteCrypto::keyFromText(againKey)->toHex();
        QVERIFY2(!human.out.contains(againKey.toLatin1()) && !human.out.contains(againHex), format);
        QVERIFY(!human.err.contains(againKey.toLatin1()));
        QVERIFY2(human.out.contains("site.same_as_here"), format);
    }
}

void TestProbeCli::diagnoseReadsTheKeyFromAFile()
{
    if (m_phpProgram.isEmpty())
        QSKIP("php (Debian's php-cli) is not installed: run installer/setup.sh test");
    REQUIRE_PEER(smtp, "smtp");
    const quint16 port = smtp.port("smtp");
    QTemporaryDir dir;
    // The JSON that probe create printed, kept as it was.
    const auto [url, key] = probeFor(port);
    QFile json(dir.filePath("probe.json"));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(QJsonDocument(QJsonObject{{"file", "x"}, {"key", key}}).toJson());
    json.close();
    const CliRun fromJson = CliRun::run(
        diagnoseArguments(port)
        + QStringList{"--site-probe", url, "--site-key-file", json.fileName(), "--format", "json"});
    QVERIFY2(fromJson.findingIds().contains("site.same_as_here"),
             qPrintable(fromJson.findingIds().join(' ')));
    // The bare key, with its newline.
    const auto [url2, key2] = probeFor(port);
    QFile bare(dir.filePath("key"));
    QVERIFY(bare.open(QIODevice::WriteOnly));
    bare.write(key2.toLatin1() + '\n');
    bare.close();
    const CliRun fromBare = CliRun::run(
        diagnoseArguments(port)
        + QStringList{
            "--site-probe", url2, "--site-key-file", bare.fileName(), "--format", "json"});
    QVERIFY2(fromBare.findingIds().contains("site.same_as_here"),
             qPrintable(fromBare.findingIds().join(' ')));
    QVERIFY(!fromBare.out.contains(key2.toLatin1()));
}

// Nothing at the address: the website's side is a finding, this
// computer's own diagnosis is all there.
void TestProbeCli::diagnoseSaysWhenTheProbeIsUnreachable()
{
    REQUIRE_PEER(smtp, "smtp");
    const quint16 port = smtp.port("smtp");
    const QString key = SiteCrypto::base64Url(QByteArray(32, 'k'));
    const CliRun run = CliRun::run(
        diagnoseArguments(port)
        + QStringList{"--site-probe",
                      QStringLiteral("http://127.0.0.1:%1/smtp-doctor-probe-0.php").arg(freePort()),
                      "--site-key",
                      key,
                      "--format",
                      "json"});
    const QStringList ids = run.findingIds();
    QVERIFY2(ids.contains("site.probe_unreachable"), qPrintable(ids.join(' ')));
    QVERIFY(ids.contains("net.open"));
    QVERIFY(ids.contains("smtp.greeting_ok"));
    QVERIFY(!ids.contains("site.same_as_here"));
    QVERIFY(!run.out.contains(key.toLatin1()));
}

// A report that smtp-doctor-cli made on the server, merged as the website's
// view: its findings seen from the site, and the conclusions of the two.
void TestProbeCli::diagnoseMergesAServerReport()
{
    REQUIRE_PEER(smtp, "smtp");
    const quint16 port = smtp.port("smtp");
    QTemporaryDir dir;
    const QString serverPath = dir.filePath("server.json");
    const CliRun server = CliRun::run(diagnoseArguments(port)
                                      + QStringList{"--format", "json", "--output", serverPath});
    QCOMPARE(server.exitCode, 0);
    const CliRun merged = CliRun::run(
        diagnoseArguments(port) + QStringList{"--site-report", serverPath, "--format", "json"});
    QVERIFY2(merged.exitCode == 0, merged.err.constData());
    QVERIFY2(merged.findingIds().contains("site.same_as_here"),
             qPrintable(merged.findingIds().join(' ')));
    int openHere = 0;
    int openSite = 0;
    for (const QJsonValue &value : merged.json().value("findings").toArray()) {
        const QJsonObject finding = value.toObject();
        if (finding.value("id").toString() != "net.open")
            continue;
        const QString vantage = finding.value("subject").toObject().value("vantage").toString();
        openHere += vantage == "here";
        openSite += vantage == "site";
    }
    QCOMPARE(openHere, 1);
    QCOMPARE(openSite, 1);

    // The server met another SMTP server (another greeting name): a
    // diversion. The name is a fact of the report, not its words.
    QFile file(serverPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray findings = root.value("findings").toArray();
    bool changed = false;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        QJsonObject finding = findings.at(i).toObject();
        if (finding.value("id").toString() != "smtp.greeting_ok")
            continue;
        QJsonObject facts = finding.value("facts").toObject();
        QVERIFY2(!facts.value("greeting-name").toString().isEmpty(),
                 QJsonDocument(finding).toJson().constData());
        facts.insert("greeting-name", "smtp.webhost.example");
        finding.insert("facts", facts);
        findings[i] = finding;
        changed = true;
    }
    QVERIFY(changed);
    root.insert("findings", findings);
    const QString divertedPath = dir.filePath("diverted.json");
    QFile diverted(divertedPath);
    QVERIFY(diverted.open(QIODevice::WriteOnly));
    diverted.write(QJsonDocument(root).toJson());
    diverted.close();
    const CliRun redirected = CliRun::run(
        diagnoseArguments(port) + QStringList{"--site-report", divertedPath, "--format", "json"});
    QCOMPARE(redirected.exitCode, 1);
    QVERIFY2(redirected.findingIds().contains("site.smtp_redirected"),
             qPrintable(redirected.findingIds().join(' ')));
    const QJsonObject subject = findingOf(redirected, "site.smtp_redirected")
                                    .value("subject")
                                    .toObject();
    QCOMPARE(subject.value("vantage").toString(), QStringLiteral("site"));
    QCOMPARE(subject.value("address").toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(subject.value("port").toInt(), int(port));
}

void TestProbeCli::diagnoseRefusesBadSiteArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QString key = SiteCrypto::base64Url(QByteArray(32, 'k'));
    const QString url = "https://www.example.com/smtp-doctor-probe-0.php";
    QTest::newRow("no key") << QStringList{"--site-probe", url} << "--site-key";
    QTest::newRow("two keys")
        << QStringList{"--site-probe", url, "--site-key", key, "--site-key-file", "/dev/null"}
        << "--site-key";
    QTest::newRow("short key") << QStringList{"--site-probe", url, "--site-key", "c2VjcmV0LXBhcnQ"}
                               << "--site-key";
    QTest::newRow("empty key file")
        << QStringList{"--site-probe", url, "--site-key-file", "/dev/null"} << "--site-key-file";
    QTest::newRow("missing key file")
        << QStringList{"--site-probe", url, "--site-key-file", "/nonexistent/key"}
        << "--site-key-file";
    QTest::newRow("key alone") << QStringList{"--site-key", key} << "--site-probe";
    QTest::newRow("ftp url") << QStringList{"--site-probe",
                                            "ftp://example.com/p.php",
                                            "--site-key",
                                            key}
                             << "--site-probe";
    QTest::newRow("probe and report")
        << QStringList{"--site-probe", url, "--site-key", key, "--site-report", "/dev/null"}
        << "--site-report";
    QTest::newRow("no report") << QStringList{"--site-report", "/nonexistent/report.json"}
                               << "--site-report";
}

void TestProbeCli::diagnoseRefusesBadSiteArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const CliRun run = CliRun::run(diagnoseArguments(2525) + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(reason.toUtf8()), run.err.constData());
    // A refused key is not repeated: it may be most of a secret.
    QVERIFY(!run.err.contains("c2VjcmV0LXBhcnQ"));
}

QTEST_GUILESS_MAIN(TestProbeCli)
#include "tst_probecli.moc"
