// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCommands.h"
#include "core/Version.h"

#include <QProcess>
#include <QTest>

// The commands the wizard shows for a server: words a POSIX shell reads
// back unchanged, and only the options the server needs.
class TestServerCommands : public QObject
{
    Q_OBJECT
private slots:
    void quoting_data();
    void quoting();
    void onlyWhatTheServerNeeds();
};

void TestServerCommands::quoting_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "smtp.example.com"
                           << "smtp.example.com";
    QTest::newRow("ports") << "25,465"
                           << "25,465";
    QTest::newRow("space") << "a b"
                           << "'a b'";
    QTest::newRow("dollar") << "$HOME"
                            << "'$HOME'";
    QTest::newRow("quote") << "it's"
                           << "'it'\\''s'";
    QTest::newRow("semicolon") << "x;rm -rf /"
                               << "'x;rm -rf /'";
    QTest::newRow("empty") << ""
                           << "''";
}

void TestServerCommands::quoting()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(ServerCommands::shellQuoted(word), quoted);
    // A real POSIX shell reads it back as the one word it was.
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"), {"-c", "printf '%s|' " + quoted});
    QVERIFY(shell.waitForFinished(5000));
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), word + QLatin1Char('|'));
}

void TestServerCommands::onlyWhatTheServerNeeds()
{
    Target target;
    target.host = QStringLiteral("smtp.example.com");
    target.port = 465;
    target.security = Target::Security::Tls;
    target.resolver = ResolverAddress::parse(QStringLiteral("127.0.0.1@5353"));
    target.caFile = QStringLiteral("/home/me/ca.pem");
    target.user = QStringLiteral("me@example.com");
    target.domain = QStringLiteral("example.com");
    target.controlHost = Target::defaultControlHost();
    target.stepTimeoutMs = 20000;
    const QString line = ServerCommands::diagnose(target);
    QCOMPARE(line,
             "./" + ServerCommands::portableFolder()
                 + "/smtp-doctor-cli diagnose --host smtp.example.com --port 465 --security tls "
                   "--domain example.com --timeout 20 --format json --output "
                   "smtp-doctor-server.json");
    // This computer's resolver and files mean nothing there; no secret, no user.
    QVERIFY(!line.contains("5353"));
    QVERIFY(!line.contains("ca.pem"));
    QVERIFY(!line.contains("me@"));
    QCOMPARE(ServerCommands::portableArchive(),
             QStringLiteral("smtp-doctor-cli-%1-linux-x86_64.tar.gz").arg(SMTP_DOCTOR_VERSION));
    QVERIFY(ServerCommands::script(target).startsWith("tar xzf " + ServerCommands::portableArchive()
                                                      + "\n"));
}

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
