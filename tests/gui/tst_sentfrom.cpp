// SPDX-License-Identifier: GPL-3.0-or-later
// Where the failing mail is sent from, the first page's second question:
// the real wizard, driven by object name against a real SMTP server on
// loopback (QT_QPA_PLATFORM=offscreen).
#include "DoctorWizard.h"
#include "DoctorWizardSteps.h"
#include "PeerInfo.h"
#include "ServerCommands.h"
#include "report/HistoryStore.h"
#include "report/JsonReport.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSentFrom : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void thisComputerKeepsTheOrder();
    void serverAddsItsStep();
    void serverCommandsRunForReal();
    void keptInReportHistoryAndSettings();

private:
    static void choose(DoctorWizard &wizard, Situation::Symptom symptom, Situation::SentFrom from);
    static void fillServerPage(DoctorWizard &wizard, quint16 port);
    static void runConnectivity(DoctorWizard &wizard);
};

void TestSentFrom::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSentFrom::init()
{
    QSettings().clear();
    QDir(HistoryStore().directory()).removeRecursively();
}

void TestSentFrom::choose(DoctorWizard &wizard,
                          Situation::Symptom symptom,
                          Situation::SentFrom from)
{
    QCOMPARE(wizard.currentId(), int(DoctorWizard::WelcomePageId));
    auto *symptomButton = wizard.findChild<QAbstractButton *>(
        QStringLiteral("symptom%1").arg(int(symptom)));
    auto *fromButton = wizard.findChild<QAbstractButton *>(
        QStringLiteral("sentFrom%1").arg(int(from)));
    QVERIFY(symptomButton && fromButton);
    // The keyboard's way: focus and Space, as for any radio button.
    fromButton->setFocus();
    QTest::keyClick(fromButton, Qt::Key_Space);
    QVERIFY(fromButton->isChecked());
    symptomButton->click();
    QCOMPARE(wizard.situation().symptom, symptom);
    QCOMPARE(wizard.situation().sentFrom, from);
}

void TestSentFrom::fillServerPage(DoctorWizard &wizard, quint16 port)
{
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ServerPageId));
    QTest::keyClicks(wizard.findChild<QLineEdit *>("hostEdit"), "127.0.0.1");
    wizard.findChild<QComboBox *>("securityCombo")->setCurrentIndex(int(Target::Security::None));
    wizard.findChild<QSpinBox *>("portSpin")->setValue(port);
    auto *ports = wizard.findChild<QLineEdit *>("portsEdit");
    ports->setText(QString::number(port));
    wizard.findChild<QLineEdit *>("controlHostEdit")->clear();
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestSentFrom::runConnectivity(DoctorWizard &wizard)
{
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ConnectivityPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
}

// The default answer, this computer, is the wizard as it was: no extra step.
void TestSentFrom::thisComputerKeepsTheOrder()
{
    REQUIRE_PEER(smtp, "smtp");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    QCOMPARE(wizard.situation().sentFrom, Situation::SentFrom::ThisComputer);
    fillServerPage(wizard, smtp.port("smtp"));
    runConnectivity(wizard);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::DomainPageId));
}

// A server: its step comes right after this computer's connectivity, with
// the commands for the server's settings, then the domain records.
void TestSentFrom::serverAddsItsStep()
{
    REQUIRE_PEER(smtp, "smtp");
    const quint16 port = smtp.port("smtp");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    choose(wizard, Situation::Symptom::TimesOut, Situation::SentFrom::Server);
    fillServerPage(wizard, port);
    runConnectivity(wizard);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ServerRunPageId));
    const QString commands = wizard.findChild<QPlainTextEdit *>("serverCommands")->toPlainText();
    QCOMPARE(commands,
             QStringLiteral("tar xzf %3\n"
                            "./%1/smtp-doctor-cli diagnose --host 127.0.0.1 --port %2 --security "
                            "none --ports %2 --control-host none --format json --output "
                            "smtp-doctor-server.json\n")
                 .arg(ServerCommands::portableFolder())
                 .arg(port)
                 .arg(ServerCommands::portableArchive()));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(wizard.findChild<QPushButton *>("serverCopyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), commands);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::DomainPageId));
    // Back from the domain records goes through the server's step again.
    wizard.back();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ServerRunPageId));
}

// What the page tells the user to paste is a command line the real tool
// takes: run with the built smtp-doctor-cli in place of the portable
// launcher, it writes the JSON report the page names.
void TestSentFrom::serverCommandsRunForReal()
{
    REQUIRE_PEER(smtp, "smtp");
    Target target;
    target.host = QStringLiteral("127.0.0.1");
    target.port = smtp.port("smtp");
    target.security = Target::Security::None;
    target.extraPorts = {target.port};
    const QString line = ServerCommands::diagnose(target);
    QStringList words = QProcess::splitCommand(line);
    QCOMPARE(words.constFirst(), "./" + ServerCommands::portableFolder() + "/smtp-doctor-cli");
    words.removeFirst();
    QTemporaryDir directory;
    QProcess cli;
    cli.setWorkingDirectory(directory.path());
    cli.start(qEnvironmentVariable("SMTP_DOCTOR_CLI"), words);
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QFile report(directory.filePath(ServerCommands::reportFileName()));
    QVERIFY2(report.open(QIODevice::ReadOnly), qPrintable(report.fileName()));
    QString error;
    const auto read = JsonReport::read(report.readAll(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->target.port, target.port);
    QVERIFY(!read->findings.isEmpty());
}

// The answer and the symptom are in the combined report, in the history's
// JSON, and remembered for the next start.
void TestSentFrom::keptInReportHistoryAndSettings()
{
    REQUIRE_PEER(smtp, "smtp");
    {
        DoctorWizard wizard(DoctorWizardSteps::instance());
        wizard.show();
        choose(wizard, Situation::Symptom::AuthenticationFails, Situation::SentFrom::Website);
        fillServerPage(wizard, smtp.port("smtp"));
        runConnectivity(wizard);
        const Report report = wizard.combinedReport();
        QVERIFY(report.situation);
        QCOMPARE(report.situation->symptom, Situation::Symptom::AuthenticationFails);
        QCOMPARE(report.situation->sentFrom, Situation::SentFrom::Website);

        const QList<HistoryEntry> history = HistoryStore().entries();
        QCOMPARE(history.size(), 1);
        QVERIFY(history.constFirst().situation);
        QCOMPARE(history.constFirst().situation->sentFrom, Situation::SentFrom::Website);
        QFile saved(history.constFirst().path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject situation = QJsonDocument::fromJson(saved.readAll())
                                          .object()
                                          .value("situation")
                                          .toObject();
        QCOMPARE(situation.value("symptom").toString(), QStringLiteral("authentication_fails"));
        QCOMPARE(situation.value("sent_from").toString(), QStringLiteral("website"));
        wizard.close();
    }
    DoctorWizard again(DoctorWizardSteps::instance());
    again.show();
    QCOMPARE(again.situation().symptom, Situation::Symptom::AuthenticationFails);
    QCOMPARE(again.situation().sentFrom, Situation::SentFrom::Website);
}

QTEST_MAIN(TestSentFrom)
#include "tst_sentfrom.moc"
