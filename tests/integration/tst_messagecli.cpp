// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

// `smtp-doctor-cli message`: the real binary on the sample messages, from a
// file and from standard input, in every report format, with diagnose's
// exit statuses.
class TestMessageCli : public QObject
{
    Q_OBJECT
private slots:
    void quarantinedJson();
    void bounceFromStandardInput();
    void headersOnlyPassesWithStatusZero();
    void checksNeedTheDns();
    void formats_data();
    void formats();
    void unusableArguments_data();
    void unusableArguments();
};

namespace {

QString sample(const char *name)
{
    return QStringLiteral(SMTP_DOCTOR_TEST_DATA "/messages/") + QLatin1String(name);
}

} // namespace

void TestMessageCli::quarantinedJson()
{
    const CliRun run = CliRun::run(
        {"message", "--file", sample("quarantined.eml"), "--format", "json", "--offline"});
    QCOMPARE(run.exitCode, 1); // message.dmarc_fail is a failure
    QCOMPARE(run.json().value("schema").toString(), QStringLiteral("smtp-doctor-report/1"));
    // In the order found (the JSON report keeps it).
    QCOMPARE(run.findingIds(),
             QStringList({"message.receiver_results",
                          "message.dmarc_fail",
                          "message.dkim_missing",
                          "message.received_chain",
                          "message.slow_hop"}));
    const QJsonObject dmarc = run.finding("message.dmarc_fail");
    QCOMPARE(dmarc.value("check").toString(), QStringLiteral("message"));
    QVERIFY(dmarc.value("title").toString().contains(QLatin1String("spam folder")));
}

void TestMessageCli::bounceFromStandardInput()
{
    QFile file(sample("bounce.eml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QProcess process;
    process.start(CliRun::program(), {"message", "--file", "-", "--format", "json", "--offline"});
    process.write(file.readAll());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QStringList ids;
    for (const QJsonValue &finding : root.value("findings").toArray())
        ids.append(finding.toObject().value("id").toString());
    QVERIFY2(ids.contains("message.bounce") && ids.contains("send.recipient_rejected"),
             qPrintable(ids.join(' ')));
}

void TestMessageCli::headersOnlyPassesWithStatusZero()
{
    const CliRun run = CliRun::run(
        {"message", "--file", sample("headers-only.txt"), "--format", "json", "--offline"});
    QCOMPARE(run.exitCode, 0); // warnings and passes only
    QVERIFY(run.findingIds().contains("message.receiver_results"));
}

void TestMessageCli::checksNeedTheDns()
{
    // The checks done again ask the resolver: with none that answers, SPF
    // ends in an error and nothing passes; --offline asks nothing at all.
    const QStringList arguments{"message",
                                "--file",
                                sample("quarantined.eml"),
                                "--format",
                                "json",
                                "--resolver",
                                "127.0.0.1@9",
                                "--timeout",
                                "1"};
    const CliRun checked = CliRun::run(arguments);
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.findingIds().contains("message.spf_fail"),
             qPrintable(checked.findingIds().join(' ')));
    QVERIFY(!checked.findingIds().contains("message.dmarc_pass"));
    const CliRun offline = CliRun::run(arguments + QStringList{"--offline"});
    QVERIFY(!offline.findingIds().contains("message.spf_fail"));
    QVERIFY(offline.findingIds().contains("message.dmarc_fail"));
}

void TestMessageCli::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << "text"
                          << "The message went to the spam folder: it fails DMARC for example.com";
    QTest::newRow("markdown") << "markdown"
                              << "message.dmarc_fail";
    QTest::newRow("html") << "html"
                          << "<!DOCTYPE html>";
}

void TestMessageCli::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const QString output = QDir::temp().filePath(QStringLiteral("tst_messagecli.") + format);
    QFile::remove(output);
    const CliRun run = CliRun::run({"message",
                                    "--file",
                                    sample("quarantined.eml"),
                                    "--format",
                                    format,
                                    "--output",
                                    output,
                                    "--offline"});
    QCOMPARE(run.exitCode, 1);
    QFile written(output);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    QVERIFY2(text.contains(expected, Qt::CaseInsensitive), qPrintable(text.left(600)));
    // A message checked alone names no server in the heading.
    QVERIFY2(text.contains(QLatin1String("no server checked")), qPrintable(text.left(300)));
    QVERIFY2(!text.contains(QLatin1String("port 0")), qPrintable(text.left(300)));
    written.remove();
}

void TestMessageCli::unusableArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{"message"};
    QTest::newRow("missing file") << QStringList{"message", "--file", "/nonexistent/x.eml"};
    QTest::newRow("bad format") << QStringList{
        "message", "--file", sample("bounce.eml"), "--format", "pdf"};
}

void TestMessageCli::unusableArguments()
{
    QFETCH(QStringList, arguments);
    const CliRun run = CliRun::run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith("smtp-doctor-cli: "));
}

QTEST_GUILESS_MAIN(TestMessageCli)
#include "tst_messagecli.moc"
