// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "DoctorWizard.h"
#include "DoctorWizardSteps.h"
#include "PeerInfo.h"
#include "ReportExporter.h"
#include "TestEmailPage.h"
#include "WizardDriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// One test gathers every output of every sign-in scenario (the CLI's
// stdout and stderr in each report format, report files, the wizard's
// transcript, its exports, its settings file and its history) and asserts
// that no password or token appears in any of them, in any form: as typed,
// base64 (PLAIN's message with and without an authorization identity,
// LOGIN's answer, XOAUTH2's string) or hex.
class TestSecrets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cliOutputs_data();
    void cliOutputs();
    void wizardOutputs();

private:
    static QList<QByteArray> secretForms(const QByteArray &user, const QByteArray &secret);
    // Empty when clean; else which place holds which form.
    static QStringList leaks(const QList<QPair<QString, QByteArray>> &places,
                             const QByteArray &user,
                             const QByteArray &secret);
};

namespace {

const QByteArray WrongPassword = "Wr0ng-but-secret-too";

QString closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return QString::number(server.serverPort()); // closed again when `server` goes
}

} // namespace

void TestSecrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

QList<QByteArray> TestSecrets::secretForms(const QByteArray &user, const QByteArray &secret)
{
    const QByteArray xoauth2 = "user=" + user + "\1auth=Bearer " + secret + "\1\1";
    // OAUTHBEARER (RFC 7628) names the host too; its tail is the same for any host.
    const QByteArray bearerTail = "auth=Bearer " + secret + "\1\1";
    // A JWT's signature part alone would let no one in, but nothing of it
    // belongs in an output either.
    const QList<QByteArray> jwtParts = secret.split('.');
    return {secret,
            bearerTail,
            QByteArray("n,a=" + user + ",\1host=127.0.0.1\1" + bearerTail).toBase64(),
            jwtParts.size() == 3 ? jwtParts.at(2) : secret,
            secret.toBase64(),
            QByteArray('\0' + user + '\0' + secret).toBase64(),
            QByteArray(user + '\0' + user + '\0' + secret).toBase64(),
            xoauth2.toBase64(),
            secret.toHex(),
            secret.toHex().toUpper(),
            QByteArray(secret).toPercentEncoding()};
}

QStringList TestSecrets::leaks(const QList<QPair<QString, QByteArray>> &places,
                               const QByteArray &user,
                               const QByteArray &secret)
{
    QStringList found;
    const QList<QByteArray> forms = secretForms(user, secret);
    for (const auto &[place, bytes] : places) {
        for (int form = 0; form < forms.size(); ++form) {
            if (bytes.contains(forms.at(form)))
                found.append(QStringLiteral("%1 holds form %2").arg(place).arg(form));
        }
    }
    return found;
}

void TestSecrets::cliOutputs_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QStringList>("arguments"); // after --host/--port
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<bool>("token");
    QTest::addColumn<QString>("expected"); // proof that the scenario ran as meant

    const QByteArray scriptedUser = "ok@doctor.test";
    const QByteArray right = "s3cret-Passw0rd";
    for (const char *mechanism : {"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"}) {
        for (const QByteArray &secret : {right, WrongPassword}) {
            QTest::addRow("scripted %s %s", mechanism, secret == right ? "right" : "wrong")
                << "smtp-scripted"
                << QStringList{"--security",
                               "none",
                               "--allow-cleartext-auth",
                               "--auth-mechanism",
                               mechanism,
                               "--from",
                               "ok@doctor.test",
                               "--to",
                               "someone@doctor.test"}
                << scriptedUser << secret << false << (secret == right ? "auth.ok" : "auth.failed");
        }
    }
    QTest::newRow("scripted, cleartext refused")
        << "smtp-scripted" << QStringList{"--security", "none"} << scriptedUser << right << false
        << "auth.cleartext_refused";
    QTest::newRow("scripted, token not offered")
        << "smtp-scripted" << QStringList{"--security", "none", "--allow-cleartext-auth"}
        << scriptedUser << QByteArray("ya29.a0-secret-token-value") << true
        << "auth.mechanism_unsupported";
    // Bearer tokens (issue 18): Gmail's OAUTHBEARER and XOAUTH2 accepting and
    // refusing with its JSON challenge, Exchange Online refusing a JWT.
    const QByteArray gmailToken = "ya29.good-gmail-token";
    for (const char *mechanism : {"OAUTHBEARER", "XOAUTH2"}) {
        for (const QByteArray &secret : {gmailToken, QByteArray("ya29.refused-secret-token")}) {
            QTest::addRow("gmail %s %s", mechanism, secret == gmailToken ? "accepted" : "refused")
                << "smtp-oauth-gmail"
                << QStringList{"--security",
                               "none",
                               "--allow-cleartext-auth",
                               "--auth-mechanism",
                               mechanism,
                               "--from",
                               "me@gmail.test",
                               "--to",
                               "you@doctor.test"}
                << QByteArray("me@gmail.test") << secret << true
                << (secret == gmailToken ? "auth.oauth_ok" : "auth.oauth_refused");
        }
    }
    const QByteArray expiredJwt
        = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
          + QByteArray(
                R"({"aud":"https://outlook.office.com","scp":"SMTP.Send","upn":"me@contoso.test","exp":1700000000})")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
          + ".c2VjcmV0LXNpZ25hdHVyZS1wYXJ0LW9mLXRoZS10b2tlbg";
    QTest::newRow("microsoft, expired JWT")
        << "smtp-oauth-microsoft" << QStringList{"--security", "none", "--allow-cleartext-auth"}
        << QByteArray("me@contoso.test") << expiredJwt << true << "auth.oauth_token_expired";
    for (const char *mechanism : {"PLAIN", "LOGIN", "CRAM-MD5"}) {
        for (const QByteArray &secret : {right, WrongPassword}) {
            QTest::addRow("exim %s %s", mechanism, secret == right ? "right" : "wrong")
                << "exim"
                << QStringList{"--security",
                               "starttls",
                               "--auth-mechanism",
                               mechanism,
                               "--from",
                               "me@doctor.test",
                               "--to",
                               "you@example.test"}
                << QByteArray("doctor") << secret << false
                << (secret == right ? "auth.ok" : "auth.failed");
        }
    }
    QTest::newRow("exim, backup connection")
        << "exim-backup" << QStringList{"--security", "starttls", "--backup-security", "tls"}
        << QByteArray("doctor") << right << false << "profile.backup_works";
    QTest::newRow("hostile, endless AUTH challenges")
        << "hostile-smtp" << QStringList{"--security", "none", "--allow-cleartext-auth"}
        << QByteArray("user@doctor.test") << right << false << "smtp.bad_reply";
}

void TestSecrets::cliOutputs()
{
    QFETCH(QString, peer);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, secret);
    QFETCH(bool, token);
    QFETCH(QString, expected);

    QString port;
    QStringList where;
    if (peer == QLatin1String("smtp-scripted")) {
        REQUIRE_PEER(scripted, "smtp-scripted");
        port = QString::number(scripted.port("smtp"));
    } else if (peer.startsWith(QLatin1String("smtp-oauth-"))) {
        REQUIRE_PEER(oauth, "smtp-oauth");
        port = QString::number(oauth.port(peer.section(QLatin1Char('-'), 2)));
    } else if (peer == QLatin1String("hostile-smtp")) {
        REQUIRE_PEER(hostile, "hostile-smtp");
        port = QString::number(hostile.port("auth-endless-334"));
    } else {
        REQUIRE_PEER(exim, "exim");
        where << "--ca-file" << exim.value("ca_file");
        if (peer == QLatin1String("exim-backup")) {
            where << "--backup-port" << QString::number(exim.port("smtps"));
            port = closedPort();
        } else {
            port = QString::number(exim.port("smtp"));
        }
    }
    const QTemporaryDir outputs;
    QVERIFY(outputs.isValid());
    QList<QPair<QString, QByteArray>> places;
    int run = 0;
    for (const char *format : {"text", "markdown", "json", "html"}) {
        // Half the runs read the secret from the environment, half from stdin.
        const bool fromStdin = run++ % 2 == 1 && !token;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("DOCTOR_SECRET", QString::fromUtf8(secret));
        const QString output = outputs.filePath(QStringLiteral("report.%1").arg(format));
        QStringList command{"diagnose",
                            "--host",
                            "127.0.0.1",
                            "--port",
                            port,
                            "--ports",
                            port,
                            "--control-host",
                            "none",
                            "--timeout",
                            "2",
                            "--user",
                            QString::fromUtf8(user),
                            "--format",
                            format};
        command << arguments << where;
        if (token)
            command << "--token-env"
                    << "DOCTOR_SECRET";
        else if (fromStdin)
            command << "--password-stdin";
        else
            command << "--password-env"
                    << "DOCTOR_SECRET";
        // Once to stdout, once to a file.
        for (const bool toFile : {false, true}) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(CliRun::program(),
                          toFile ? command + QStringList{"--output", output} : command);
            QVERIFY(process.waitForStarted());
            if (fromStdin)
                process.write(secret + '\n');
            process.closeWriteChannel();
            QVERIFY(process.waitForFinished(60000));
            QVERIFY2(process.exitStatus() == QProcess::NormalExit, format);
            const QString label = QStringLiteral("%1 %2").arg(format,
                                                              toFile ? "file run" : "stdout run");
            const QByteArray out = process.readAllStandardOutput();
            if (QByteArray(format) == "json" && !toFile) {
                CliRun run;
                run.out = out;
                QVERIFY2(run.findingIds().contains(expected),
                         qPrintable(run.findingIds().join(' ')));
            }
            places.append({label + " stdout", out});
            places.append({label + " stderr", process.readAllStandardError()});
        }
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        places.append({QStringLiteral("%1 report file").arg(format), file.readAll()});
    }
    const QStringList leaked = leaks(places, user, secret);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join('\n')));
}

void TestSecrets::wizardOutputs()
{
    // The wizard: a right and a wrong password with "remember" ticked, then
    // every export, the settings file, the history and the transcript.
    REQUIRE_PEER(scripted, "smtp-scripted");
    const QByteArray user = "ok@doctor.test";
    const QTemporaryDir exports;
    QList<QPair<QString, QByteArray>> places;
    for (const QByteArray &secret : {QByteArray("s3cret-Passw0rd"), WrongPassword}) {
        {
            DoctorWizard wizard(DoctorWizardSteps::instance());
            wizard.show();
            wizard.next();
            const QString port = QString::number(scripted.port("smtp"));
            wizard.findChild<QLineEdit *>("hostEdit")->setText("127.0.0.1");
            wizard.findChild<QComboBox *>("securityCombo")->setCurrentIndex(0);
            wizard.findChild<QSpinBox *>("portSpin")->setValue(port.toInt());
            wizard.findChild<QLineEdit *>("portsEdit")->setText(port);
            wizard.findChild<QLineEdit *>("controlHostEdit")->clear();
            wizard.next();
            QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
            wizard.next();
            wizard.next();
            auto *page = qobject_cast<TestEmailPage *>(wizard.currentPage());
            QVERIFY(page);
            wizard.findChild<QLineEdit *>("fromEdit")->setText(QString::fromUtf8(user));
            wizard.findChild<QLineEdit *>("toEdit")->setText("someone@doctor.test");
            wizard.findChild<QLineEdit *>("userEdit")->setText(QString::fromUtf8(user));
            wizard.findChild<QLineEdit *>("secretEdit")->setText(QString::fromUtf8(secret));
            wizard.findChild<QCheckBox *>("cleartextCheck")->setChecked(true);
            wizard.findChild<QCheckBox *>("rememberCheck")->setChecked(true);
            QTest::mouseClick(wizard.findChild<QPushButton *>("sendButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
            places.append(
                {"transcript",
                 wizard.findChild<QPlainTextEdit *>("transcript")->toPlainText().toUtf8()});
            wizard.next(); // results
            const Report report = wizard.combinedReport();
            WizardDriver::appendExports(report,
                                        exports.path(),
                                        {ReportExporter::Format::Markdown,
                                         ReportExporter::Format::Html,
                                         ReportExporter::Format::Json},
                                        &places);
            if (QTest::currentTestFailed())
                return;
            wizard.close(); // the history gets the run, the settings the fields
        }
        int saved = 0;
        WizardDriver::appendSettingsAndHistory(&places, &saved);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(saved > 0, "the run went to no history file");
        const QStringList leaked = leaks(places, user, secret);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join('\n')));
    }
    // PDF: rendered from the same HTML (checked above) with embedded glyph
    // ids, so its bytes are no place to look for text.
}

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
