// SPDX-License-Identifier: GPL-3.0-or-later
// The "Test from your website" step, end to end on loopback: the real
// wizard saves a real probe, PHP's built-in server (php -S, started and
// stopped here by PID) serves it, the page runs it and merges the answer.
#include "DoctorWizard.h"
#include "DoctorWizardSteps.h"
#include "FindingsModel.h"
#include "PeerInfo.h"
#include "ScriptedDialogs.h"
#include "SiteProbePage.h"
#include "report/HistoryStore.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class TestSitePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void urlValidation_data();
    void urlValidation();
    void keyboardOnlyRunAgainstARealProbe();
    void tabOrderAndAccelerators();
    void unreachableProbeSaysItIsNotDeleted();

private:
    void toSitePage(DoctorWizard &wizard, quint16 smtpPort);
    static quint16 freePort();

    ScriptedDialogs m_dialogs;
    QTemporaryDir m_webRoot;
    QProcess m_php;
    quint16 m_webPort = 0;
};

quint16 TestSitePage::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

void TestSitePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    DialogProvider::setInstance(&m_dialogs);
    const QString php = QStandardPaths::findExecutable(QStringLiteral("php"));
    if (php.isEmpty())
        QSKIP("php is not installed (Debian: php-cli, installed by installer/setup.sh test)");
    m_webPort = freePort();
    m_php.setProgram(php);
    m_php.setArguments(
        {"-S", QStringLiteral("127.0.0.1:%1").arg(m_webPort), "-t", m_webRoot.path()});
    m_php.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_php.start();
    QVERIFY2(m_php.waitForStarted(5000), "php -S did not start");
    // Ready when it accepts a connection.
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_webPort);
            return socket.waitForConnected(200);
        }(),
        10000);
}

void TestSitePage::cleanupTestCase()
{
    DialogProvider::setInstance(nullptr);
    if (m_php.state() != QProcess::NotRunning) {
        m_php.terminate(); // our own child, by its PID
        if (!m_php.waitForFinished(5000))
            m_php.kill();
    }
}

void TestSitePage::init()
{
    QSettings().clear();
    QDir(HistoryStore().directory()).removeRecursively();
    m_dialogs = ScriptedDialogs();
}

void TestSitePage::cleanup()
{
    QVERIFY2(m_dialogs.errors.isEmpty(), qPrintable(m_dialogs.errors.join('\n')));
}

void TestSitePage::toSitePage(DoctorWizard &wizard, quint16 smtpPort)
{
    auto *website = wizard.findChild<QAbstractButton *>(
        QStringLiteral("sentFrom%1").arg(int(Situation::SentFrom::Website)));
    QVERIFY(website);
    website->click();
    wizard.next();
    QTest::keyClicks(wizard.findChild<QLineEdit *>("hostEdit"), "127.0.0.1");
    wizard.findChild<QComboBox *>("securityCombo")->setCurrentIndex(int(Target::Security::None));
    wizard.findChild<QSpinBox *>("portSpin")->setValue(smtpPort);
    wizard.findChild<QLineEdit *>("portsEdit")->setText(QString::number(smtpPort));
    wizard.findChild<QLineEdit *>("controlHostEdit")->clear();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ConnectivityPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::SiteProbePageId));
}

void TestSitePage::urlValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("usable");
    QTest::newRow("https") << "https://www.example.com/smtp-doctor-probe-x.php" << true;
    QTest::newRow("http, port") << "http://127.0.0.1:8080/a/b.PHP" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("no scheme") << "www.example.com/probe.php" << false;
    QTest::newRow("ftp") << "ftp://www.example.com/probe.php" << false;
    QTest::newRow("no host") << "https:///probe.php" << false;
    QTest::newRow("not php") << "https://www.example.com/probe.txt" << false;
    QTest::newRow("folder") << "https://www.example.com/" << false;
}

void TestSitePage::urlValidation()
{
    QFETCH(QString, url);
    QFETCH(bool, usable);
    QCOMPARE(SiteProbePage::urlProblem(url).isEmpty(), usable);
}

// Every action by keyboard: Space on Save, the address typed, Enter runs.
// The probe answers, the merge says the website sees what this computer
// sees, the file is gone, and the result is in the report and the history.
void TestSitePage::keyboardOnlyRunAgainstARealProbe()
{
    REQUIRE_PEER(smtp, "smtp");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    toSitePage(wizard, smtp.port("smtp"));
    auto *save = wizard.findChild<QPushButton *>("siteSaveButton");
    auto *url = wizard.findChild<QLineEdit *>("siteUrlEdit");
    auto *run = wizard.findChild<QPushButton *>("siteRunButton");
    auto *status = wizard.findChild<QLabel *>("siteStatus");
    QVERIFY(save && url && run && status);
    QVERIFY(!run->isEnabled()); // nothing saved yet
    QVERIFY(wizard.findChild<QLabel *>("siteUrlError")->isVisibleTo(&wizard));
    QVERIFY(!url->accessibleName().isEmpty());
    QVERIFY(!wizard.findChild<QListView *>("siteFindings")->accessibleName().isEmpty());
    // The Tab order follows the steps: Save, the address, Run.
    save->setFocus();
    QTest::keyClick(save, Qt::Key_Tab);
    QVERIFY(url->hasFocus());

    m_dialogs.fileAnswers = {m_webRoot.path() + QLatin1Char('/')};
    save->setFocus();
    QTest::keyClick(save, Qt::Key_Space);
    const QStringList saved = QDir(m_webRoot.path()).entryList({"smtp-doctor-probe-*.php"});
    QCOMPARE(saved.size(), 1);
    QVERIFY(url->hasFocus()); // ready for the address
    QTest::keyClicks(url,
                     QStringLiteral("http://127.0.0.1:%1/%2").arg(m_webPort).arg(saved.first()));
    QVERIFY(run->isEnabled());
    QVERIFY(!wizard.findChild<QLabel *>("siteUrlError")->isVisibleTo(&wizard));
    QTest::keyClick(url, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(DoctorWizard::SiteProbePageId)); // Enter ran, not Next
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());        // while it runs
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);

    const QStringList found = WizardDriver::findingIds(
        wizard.findChild<QListView *>("siteFindings")->model());
    QVERIFY2(found.contains("site.same_as_here"), qPrintable(found.join(' ')));
    QVERIFY2(status->text().contains("deleted from your website"), qPrintable(status->text()));
    QVERIFY2(!QFile::exists(m_webRoot.filePath(saved.first())), "the probe is still there");
    // The used file is gone: the page asks for a new one, not for the first one.
    QVERIFY(!run->isEnabled());
    const QString savedText = wizard.findChild<QLabel *>("siteSavedLabel")->text();
    QVERIFY2(savedText.contains("used and deleted"), qPrintable(savedText));
    const QString urlError = wizard.findChild<QLabel *>("siteUrlError")->text();
    QVERIFY2(urlError.contains("new probe file"), qPrintable(urlError));

    const Report step = wizard.stepReport(DoctorWizard::SiteProbePageId);
    bool seenFromSite = false;
    for (const Finding &finding : step.findings)
        seenFromSite = seenFromSite || finding.subject.vantage == FindingSubject::Vantage::Site;
    QVERIFY(seenFromSite);
    QStringList combined;
    for (const Finding &finding : wizard.combinedReport().findings)
        combined.append(finding.id);
    QVERIFY(combined.contains("site.same_as_here"));
    QVERIFY(combined.contains("net.open")); // this computer's side is kept
    const QList<HistoryEntry> history = HistoryStore().entries();
    QCOMPARE(history.size(), 1);
    QFile file(history.constFirst().path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("site.same_as_here"));
    QVERIFY(json.contains("\"vantage\": \"site\""));
}

// The step by keyboard alone: Tab goes Save, the address, Run, Cancel (when
// it can be pressed), the findings; every control has its own Alt+letter,
// none taken twice on the page with the wizard's buttons, and each one
// does what it says.
void TestSitePage::tabOrderAndAccelerators()
{
    REQUIRE_PEER(smtp, "smtp");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    toSitePage(wizard, smtp.port("smtp"));
    auto *save = wizard.findChild<QPushButton *>("siteSaveButton");
    auto *url = wizard.findChild<QLineEdit *>("siteUrlEdit");
    auto *run = wizard.findChild<QPushButton *>("siteRunButton");
    auto *cancel = wizard.findChild<QPushButton *>("siteCancelButton");
    auto *findings = wizard.findChild<QListView *>("siteFindings");
    QVERIFY(save && url && run && cancel && findings);

    WizardDriver::verifyUniqueMnemonics(wizard);
    if (QTest::currentTestFailed())
        return;
    for (const QAbstractButton *button : QList<QAbstractButton *>{save, run, cancel})
        QVERIFY2(!WizardDriver::mnemonicOf(button->text()).isNull(), qPrintable(button->text()));

    // Alt+D: to the address field, from its label.
    save->setFocus();
    QTest::keyClick(&wizard, Qt::Key_D, Qt::AltModifier);
    QVERIFY(url->hasFocus());
    // Alt+S: Save, and the focus goes on to the address.
    m_dialogs.fileAnswers = {m_webRoot.path() + QLatin1Char('/')};
    findings->setFocus();
    QTest::keyClick(&wizard, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_dialogs.fileDialogsShown, 1); // a mnemonic clicks after its animation
    const QStringList saved = QDir(m_webRoot.path()).entryList({"smtp-doctor-probe-*.php"});
    QCOMPARE(saved.size(), 1);
    QVERIFY(url->hasFocus());
    QTest::keyClicks(url,
                     QStringLiteral("http://127.0.0.1:%1/%2").arg(m_webPort).arg(saved.first()));

    // Tab order: Save, the address, Run, (Cancel is disabled: skipped), the findings.
    save->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(url->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(run->hasFocus());
    QVERIFY(!cancel->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(findings->hasFocus(),
             QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName())
                                         : "nothing has the focus");
    // And back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QVERIFY(run->hasFocus());

    // Alt+R runs; Alt+C cancels while it runs, or it has ended already.
    QTest::keyClick(&wizard, Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(!run->isEnabled() || findings->model()->rowCount() > 0);
    if (cancel->isEnabled())
        QTest::keyClick(&wizard, Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);
    QVERIFY(findings->model()->rowCount() > 0);
    QVERIFY(!cancel->isEnabled());
    // A cancelled run may leave the file: not for the next test.
    for (const QString &left : QDir(m_webRoot.path()).entryList({"smtp-doctor-probe-*.php"}))
        QFile::remove(m_webRoot.filePath(left));
}

// Nothing answers at the address: a finding says so, and the page says
// plainly that the file could not be deleted.
void TestSitePage::unreachableProbeSaysItIsNotDeleted()
{
    REQUIRE_PEER(smtp, "smtp");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    toSitePage(wizard, smtp.port("smtp"));
    QTemporaryDir elsewhere;
    m_dialogs.fileAnswers = {elsewhere.path() + QLatin1Char('/')};
    QTest::mouseClick(wizard.findChild<QPushButton *>("siteSaveButton"), Qt::LeftButton);
    const QString name = QDir(elsewhere.path()).entryList({"*.php"}).value(0);
    QVERIFY(!name.isEmpty());
    auto *url = wizard.findChild<QLineEdit *>("siteUrlEdit");
    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:%1/%2").arg(freePort()).arg(name));
    QTest::mouseClick(wizard.findChild<QPushButton *>("siteRunButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);
    const QStringList found = WizardDriver::findingIds(
        wizard.findChild<QListView *>("siteFindings")->model());
    QVERIFY2(found.join(' ').contains("site.probe_unreachable"), qPrintable(found.join(' ')));
    const QString status = wizard.findChild<QLabel *>("siteStatus")->text();
    QVERIFY2(status.contains("could not be deleted") && status.contains(name), qPrintable(status));
    // Run stays possible with the same probe.
    QVERIFY(wizard.findChild<QPushButton *>("siteRunButton")->isEnabled());
}

QTEST_MAIN(TestSitePage)
#include "tst_sitepage.moc"
