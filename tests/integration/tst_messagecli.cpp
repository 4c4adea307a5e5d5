// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

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
    // Issue 17 point 4: spam verdict, sender rules, From, web server origin.
    void junkAtOutlook();
    void nothingToSayAboutACleanMessage();
    void phpMailCaptured();
    void phpMailThroughLocalExim();
};

namespace {

QString sample(const char *name)
{
    return QStringLiteral(SMTP_DOCTOR_TEST_DATA "/messages/") + QLatin1String(name);
}

QString reasonOf(const CliRun &run, const QString &id)
{
    return run.finding(id).value("facts").toObject().value("reason").toString();
}

// A contact form's mail() as PHP itself writes it (mail.add_x_header adds
// X-PHP-Originating-Script), handed to `sendmail`: the file written by
// `capture` (a shell command reading the message on standard input).
// Empty when PHP is not installed.
QByteArray phpMail(const QTemporaryDir &dir, const QString &capture, bool addXHeader)
{
    const QString php = QStandardPaths::findExecutable(QStringLiteral("php"));
    if (php.isEmpty())
        return {};
    QFile script(dir.filePath("contact.php"));
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write("<?php\nmail('carol@gmail.com', 'Contact form', \"Hello\\r\\n\", "
                 "\"From: site@shop.example\\r\\n\");\n");
    script.close();
    QFile sendmail(dir.filePath("sendmail.sh"));
    if (!sendmail.open(QIODevice::WriteOnly))
        return {};
    sendmail.write("#!/bin/sh\n" + capture.toUtf8() + "\n");
    sendmail.close();
    sendmail.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(php,
                  {"-n",
                   "-d",
                   "sendmail_path=" + sendmail.fileName(),
                   "-d",
                   addXHeader ? "mail.add_x_header=1" : "mail.add_x_header=0",
                   "contact.php"});
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return {};
    QFile written(dir.filePath("out/message.eml"));
    if (!written.open(QIODevice::ReadOnly))
        return {};
    return written.readAll();
}

CliRun messageCli(const QTemporaryDir &dir, const QByteArray &source, const QStringList &more)
{
    QFile file(dir.filePath("arrived.eml"));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(source);
    file.close();
    return CliRun::run(
        QStringList{"message", "--file", file.fileName(), "--format", "json", "--offline"} + more);
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
                          "message.slow_hop",
                          // Postfix pickup "(Postfix, from userid 33)": PHP's mail().
                          "message.sent_by_web_server"}));
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

void TestMessageCli::junkAtOutlook()
{
    // Microsoft's documented headers, on a message sent with an SMTP sign-in
    // through the provider, to an Outlook.com address.
    const CliRun run = CliRun::run({"message",
                                    "--file",
                                    sample("outlook-junk.eml"),
                                    "--format",
                                    "json",
                                    "--offline",
                                    "--sender",
                                    "shop@provider.example",
                                    "--smtp-host",
                                    "smtp.provider.example"});
    QCOMPARE(run.exitCode, 1); // message.dmarc_fail
    const QStringList ids = run.findingIds();
    QVERIFY2(ids.contains("message.spam_verdict") && ids.contains("message.from_mismatch")
                 && ids.contains("message.bulk_sender_rules"),
             qPrintable(ids.join(' ')));
    QVERIFY2(!ids.contains("message.sent_by_web_server"), qPrintable(ids.join(' ')));
    const QJsonObject spam = run.finding("message.spam_verdict");
    QCOMPARE(reasonOf(run, "message.spam_verdict"), QStringLiteral("spam"));
    QCOMPARE(spam.value("severity").toString(), QStringLiteral("warning"));
    QVERIFY2(spam.value("title").toString().contains("SFV:SPM, SCL:5, CAT:SPM"),
             qPrintable(spam.value("title").toString()));
    QVERIFY(spam.value("explanation").toString().contains("Junk Email folder"));
    QCOMPARE(reasonOf(run, "message.from_mismatch"), QStringLiteral("signed_in"));
    const QJsonObject bulk = run.finding("message.bulk_sender_rules");
    QCOMPARE(reasonOf(run, "message.bulk_sender_rules"), QStringLiteral("missing"));
    QVERIFY2(bulk.value("title").toString().contains("Outlook.com"),
             qPrintable(bulk.value("title").toString()));
    // dkim=none, dmarc=fail: SPF passed for another domain, nothing aligned.
    QVERIFY2(bulk.value("explanation").toString().contains("SPF or DKIM aligned with example.com"),
             qPrintable(bulk.value("explanation").toString()));

    // Without --sender, the bounce address of another organization is only information.
    const CliRun unsigned_ = CliRun::run(
        {"message", "--file", sample("outlook-junk.eml"), "--format", "json", "--offline"});
    QCOMPARE(reasonOf(unsigned_, "message.from_mismatch"), QStringLiteral("envelope"));
    QCOMPARE(unsigned_.finding("message.from_mismatch").value("severity").toString(),
             QStringLiteral("info"));

    // In French, the table's own French meaning.
    const CliRun french = CliRun::run({"message",
                                       "--file",
                                       sample("outlook-junk.eml"),
                                       "--format",
                                       "json",
                                       "--offline",
                                       "--lang",
                                       "fr"});
    QVERIFY2(french.finding("message.spam_verdict")
                 .value("explanation")
                 .toString()
                 .contains(QStringLiteral("Le filtre antispam a classé le message comme spam.")),
             qPrintable(french.finding("message.spam_verdict").value("explanation").toString()));
}

void TestMessageCli::nothingToSayAboutACleanMessage()
{
    // A newsletter through a relay with a sign-in (esmtpsa), to a domain with
    // no sender rules, with no spam header: none of the four speaks.
    const CliRun run = CliRun::run({"message",
                                    "--file",
                                    sample("headers-only.txt"),
                                    "--format",
                                    "json",
                                    "--offline",
                                    "--sender",
                                    "news@example.com",
                                    "--smtp-host",
                                    "relay.list.example.org"});
    QCOMPARE(run.exitCode, 0);
    for (const char *id : {"message.spam_verdict",
                           "message.bulk_sender_rules",
                           "message.from_mismatch",
                           "message.sent_by_web_server"})
        QVERIFY2(!run.findingIds().contains(QLatin1String(id)), id);
    // --sender takes an address.
    const CliRun bad = CliRun::run(
        {"message", "--file", sample("headers-only.txt"), "--offline", "--sender", "apikey"});
    QCOMPARE(bad.exitCode, 2);
}

void TestMessageCli::phpMailCaptured()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("out"));
    const QByteArray source = phpMail(dir, "cat > \"$(dirname \"$0\")/out/message.eml\"", true);
    if (source.isEmpty())
        QSKIP("php-cli is not installed (installer/setup.sh installs it): PHP's own mail() "
              "headers cannot be made");
    QVERIFY2(source.contains("X-PHP-Originating-Script: "), source.constData());
    const CliRun run = messageCli(dir, source, {});
    QCOMPARE(reasonOf(run, "message.sent_by_web_server"), QStringLiteral("php_header"));
    QVERIFY(run.finding("message.sent_by_web_server")
                .value("explanation")
                .toString()
                .contains(":contact.php"));
    // To Gmail, with no DKIM, no DMARC result and no unsubscribe: the rules it misses.
    QCOMPARE(reasonOf(run, "message.bulk_sender_rules"), QStringLiteral("missing"));

    // The same form with mail.add_x_header off: no marker at all, so
    // nothing is said without --smtp-host; with it, the route never reaches it.
    QFile::remove(dir.filePath("out/message.eml"));
    const QByteArray plain = phpMail(dir, "cat > \"$(dirname \"$0\")/out/message.eml\"", false);
    QVERIFY(!plain.contains("X-PHP-Originating-Script"));
    QVERIFY(!messageCli(dir, plain, {}).findingIds().contains("message.sent_by_web_server"));
}

void TestMessageCli::phpMailThroughLocalExim()
{
    // PHP's mail() into a real Exim (-bm through sendmail -t): its own
    // "Received: from <user> by <host> with local" line.
    const QString exim = QStandardPaths::findExecutable(QStringLiteral("exim4"),
                                                        {QStringLiteral("/usr/sbin")});
    if (exim.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("php")).isEmpty())
        QSKIP("exim4 or php-cli is not installed (installer/setup.sh installs both)");
    if (geteuid() != 0)
        QSKIP("Exim only takes a test configuration (-C) from root");
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("out") && QDir(dir.path()).mkpath("spool"));
    // The delivery runs as nobody: it must reach the output folder.
    QFile(dir.path()).setPermissions(QFileDevice::Permissions(0x7755));
    QFile(dir.filePath("out")).setPermissions(QFileDevice::Permissions(0x7777));
    QFile config(dir.filePath("exim.conf"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("primary_hostname = web1.hosting.test\n"
                                "spool_directory = %1/spool\n"
                                "log_file_path = %1/spool/%slog\n"
                                "exim_user = root\nexim_group = root\n"
                                "begin routers\nall:\n  driver = accept\n  transport = capture\n"
                                "begin transports\ncapture:\n  driver = appendfile\n"
                                "  file = %1/out/message.eml\n  user = nobody\n"
                                "  group = nogroup\n  mode = 0666\n  message_prefix =\n"
                                "  return_path_add = true\n")
                     .arg(dir.path())
                     .toUtf8());
    config.close();
    const QByteArray source = phpMail(
        dir, QStringLiteral("exec %1 -C %2 -odi -t").arg(exim, config.fileName()), false);
    QFile log(dir.filePath("spool/mainlog"));
    QVERIFY2(source.contains("with local (Exim"),
             log.open(QIODevice::ReadOnly) ? log.readAll().constData() : "no Exim log");
    const CliRun run = messageCli(dir, source, {"--smtp-host", "smtp.provider.example"});
    QCOMPARE(reasonOf(run, "message.sent_by_web_server"), QStringLiteral("local_submission"));
    QVERIFY(
        run.finding("message.sent_by_web_server").value("title").toString().contains("web server"));
    QVERIFY(run.finding("message.sent_by_web_server")
                .value("explanation")
                .toString()
                .contains("web1.hosting.test"));
}

QTEST_GUILESS_MAIN(TestMessageCli)
#include "tst_messagecli.moc"
