// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorWizard.h"
#include "DoctorWizardSteps.h"
#include "FindingsModel.h"
#include "PeerInfo.h"
#include "SettingsStore.h"
#include "TestEmailPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>

// The test e-mail page of the real wizard against the scripted SMTP peer:
// sign-in and send, a wrong password, a backup connection side by side,
// the keychain choice, and input that cannot be used.
class TestTestEmailPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void sendsWithLiveTranscript();
    void wrongPassword();
    void backupSideBySide();
    void unusableInput_data();
    void unusableInput();
    void passwordNeverInSettings();

private:
    // Walks the wizard to the test e-mail page for 127.0.0.1:port, no TLS.
    static TestEmailPage *openPage(DoctorWizard &wizard, quint16 port);
    static void fill(DoctorWizard &wizard, const QString &user, const QString &password);
    static QStringList ids(const DoctorWizard &wizard);
    static void runTest(DoctorWizard &wizard, TestEmailPage *page);
};

void TestTestEmailPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTestEmailPage::init()
{
    QSettings().clear();
}

TestEmailPage *TestTestEmailPage::openPage(DoctorWizard &wizard, quint16 port)
{
    wizard.show();
    wizard.next();
    wizard.findChild<QLineEdit *>("hostEdit")->setText("127.0.0.1");
    wizard.findChild<QComboBox *>("securityCombo")->setCurrentIndex(int(Target::Security::None));
    wizard.findChild<QSpinBox *>("portSpin")->setValue(port);
    wizard.findChild<QLineEdit *>("portsEdit")->setText(QString::number(port));
    wizard.findChild<QLineEdit *>("controlHostEdit")->clear();
    wizard.next(); // connectivity
    if (!QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000))
        return nullptr;
    wizard.next(); // domain records: none entered
    wizard.next();
    if (wizard.currentId() != DoctorWizard::TestEmailPageId)
        return nullptr;
    return qobject_cast<TestEmailPage *>(wizard.currentPage());
}

void TestTestEmailPage::fill(DoctorWizard &wizard, const QString &user, const QString &password)
{
    wizard.findChild<QLineEdit *>("fromEdit")->setText(user);
    wizard.findChild<QLineEdit *>("toEdit")->setText("someone@doctor.test");
    wizard.findChild<QLineEdit *>("userEdit")->setText(user);
    QTest::keyClicks(wizard.findChild<QLineEdit *>("secretEdit"), password);
    // The scripted peer has no TLS: the user must opt in to send the password.
    wizard.findChild<QCheckBox *>("cleartextCheck")->setChecked(true);
}

QStringList TestTestEmailPage::ids(const DoctorWizard &wizard)
{
    QStringList list;
    const QAbstractItemModel *model = wizard.findChild<QListView *>("testFindings")->model();
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->index(row, 0).data(FindingsModel::IdRole).toString());
    return list;
}

void TestTestEmailPage::runTest(DoctorWizard &wizard, TestEmailPage *page)
{
    QTest::mouseClick(wizard.findChild<QPushButton *>("sendButton"), Qt::LeftButton);
    QVERIFY(page->isRunning());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestTestEmailPage::sendsWithLiveTranscript()
{
    REQUIRE_PEER(peer, "smtp-scripted");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    TestEmailPage *page = openPage(wizard, peer.port("smtp"));
    QVERIFY(page);
    const QString password = peer.value("password");
    fill(wizard, peer.value("user"), password);
    runTest(wizard, page);
    const QStringList found = ids(wizard);
    QVERIFY2(found.contains("auth.ok") && found.contains("send.accepted"),
             qPrintable(found.join(' ')));

    // The transcript: time offset, direction, the secret replaced at the source.
    const QString transcript = wizard.findChild<QPlainTextEdit *>("transcript")->toPlainText();
    QVERIFY2(
        QRegularExpression("\\d+ ms  C: MAIL FROM:<ok@doctor.test>").match(transcript).hasMatch(),
        qPrintable(transcript));
    QVERIFY(transcript.contains("<credentials hidden>"));
    QVERIFY(transcript.contains("S: 250 2.0.0 Ok: queued as"));
    QVERIFY(!transcript.contains(password));
    QVERIFY(!transcript.contains(QString::fromLatin1(password.toUtf8().toBase64())));

    // The results page gets the step's report.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ResultsPageId));
    bool accepted = false;
    for (const Finding &finding : wizard.combinedReport().findings)
        accepted = accepted || finding.id == QLatin1String("send.accepted");
    QVERIFY(accepted);
}

void TestTestEmailPage::wrongPassword()
{
    REQUIRE_PEER(peer, "smtp-scripted");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    TestEmailPage *page = openPage(wizard, peer.port("smtp"));
    QVERIFY(page);
    fill(wizard, peer.value("user"), "not-the-password");
    // From the keyboard: Enter in the password field sends, and Next does
    // not run ahead of the test.
    QTest::keyClick(wizard.findChild<QLineEdit *>("secretEdit"), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(DoctorWizard::TestEmailPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    QCOMPARE(wizard.currentId(), int(DoctorWizard::TestEmailPageId));
    QVERIFY2(ids(wizard).contains("auth.failed"), qPrintable(ids(wizard).join(' ')));
    QVERIFY(!ids(wizard).contains("send.accepted"));
    QVERIFY(wizard.findChild<QLabel *>("testStatus")->text().contains("problem"));
}

void TestTestEmailPage::backupSideBySide()
{
    REQUIRE_PEER(peer, "smtp-scripted");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    TestEmailPage *page = openPage(wizard, peer.port("smtp"));
    QVERIFY(page);
    fill(wizard, peer.value("user"), peer.value("password"));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    wizard.findChild<QGroupBox *>("backupGroup")->setChecked(true);
    wizard.findChild<QSpinBox *>("backupPortSpin")->setValue(closedPort);
    wizard.findChild<QComboBox *>("backupSecurityCombo")->setCurrentIndex(0); // none
    runTest(wizard, page);
    QVERIFY2(ids(wizard).contains("profile.main_only"), qPrintable(ids(wizard).join(' ')));
    auto *table = wizard.findChild<QTableWidget *>("profileTable");
    QVERIFY(table->isVisible());
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("127.0.0.1 port %1 (none)").arg(closedPort));
    QVERIFY(table->item(1, 1)->text().contains("net.refused"));
    QVERIFY(table->item(3, 0)->text().contains("auth.ok"));
    QCOMPARE(table->item(5, 0)->text(), QStringLiteral("Works"));
    QCOMPARE(table->item(5, 1)->text(), QStringLiteral("Does not work"));
    // Both dialogues in one transcript, each line tagged.
    const QString transcript = wizard.findChild<QPlainTextEdit *>("transcript")->toPlainText();
    QVERIFY(transcript.contains("[main] C: EHLO"));
    QVERIFY(transcript.contains("[backup] TCP"));
}

void TestTestEmailPage::unusableInput_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("says");
    QTest::newRow("nothing") << ""
                             << ""
                             << ""
                             << ""
                             << "Enter a sender";
    QTest::newRow("sender only") << "me@doctor.test"
                                 << ""
                                 << ""
                                 << ""
                                 << "The recipient is needed too";
    QTest::newRow("not an address") << "me"
                                    << "you@doctor.test"
                                    << ""
                                    << ""
                                    << "\"me\"";
    QTest::newRow("no password") << ""
                                 << ""
                                 << "me@doctor.test"
                                 << ""
                                 << "The password is needed to sign in as me@doctor.test";
    QTest::newRow("password, no user") << ""
                                       << ""
                                       << ""
                                       << "x"
                                       << "user name";
}

void TestTestEmailPage::unusableInput()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, says);
    REQUIRE_PEER(peer, "smtp-scripted");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    TestEmailPage *page = openPage(wizard, peer.port("smtp"));
    QVERIFY(page);
    wizard.findChild<QLineEdit *>("fromEdit")->setText(from);
    wizard.findChild<QLineEdit *>("toEdit")->setText(to);
    wizard.findChild<QLineEdit *>("userEdit")->setText(user);
    wizard.findChild<QLineEdit *>("secretEdit")->setText(password);
    QTest::mouseClick(wizard.findChild<QPushButton *>("sendButton"), Qt::LeftButton);
    QVERIFY(!page->isRunning());
    const QString status = wizard.findChild<QLabel *>("testStatus")->text();
    QVERIFY2(status.contains(says), qPrintable(status));
    // Nothing typed is lost.
    QCOMPARE(wizard.findChild<QLineEdit *>("fromEdit")->text(), from);
    QCOMPARE(wizard.findChild<QLineEdit *>("secretEdit")->text(), password);
}

void TestTestEmailPage::passwordNeverInSettings()
{
    // "Remember" asks the system keychain; without one (no D-Bus session in
    // CI) the page says so and keeps the password in memory. Either way the
    // settings file holds the user name and the choice, never the password.
    REQUIRE_PEER(peer, "smtp-scripted");
    const QString password = peer.value("password");
    {
        DoctorWizard wizard(DoctorWizardSteps::instance());
        TestEmailPage *page = openPage(wizard, peer.port("smtp"));
        QVERIFY(page);
        fill(wizard, peer.value("user"), password);
        wizard.findChild<QCheckBox *>("rememberCheck")->setChecked(true);
        runTest(wizard, page);
        auto *keychain = wizard.findChild<QLabel *>("keychainStatus");
        QTRY_VERIFY_WITH_TIMEOUT(!keychain->text().isEmpty(), 10000);
        qInfo() << "keychain:" << keychain->text();
        QVERIFY(ids(wizard).contains("send.accepted"));
    }
    SettingsStore settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray saved = file.readAll();
    QVERIFY2(saved.contains(peer.value("user").toUtf8()), saved.constData());
    for (const QByteArray &form :
         {password.toUtf8(), password.toUtf8().toBase64(), password.toUtf8().toHex()})
        QVERIFY2(!saved.contains(form), saved.constData());

    // The next run starts with what was remembered, the password field empty
    // unless the keychain gave it back.
    DoctorWizard again(DoctorWizardSteps::instance());
    TestEmailPage *page = openPage(again, peer.port("smtp"));
    QVERIFY(page);
    QCOMPARE(again.findChild<QLineEdit *>("userEdit")->text(), peer.value("user"));
    QVERIFY(again.findChild<QCheckBox *>("rememberCheck")->isChecked());
}

QTEST_MAIN(TestTestEmailPage)
#include "tst_testemailpage.moc"
