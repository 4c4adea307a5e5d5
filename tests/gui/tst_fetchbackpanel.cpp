// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorWizard.h"
#include "FetchBackPanel.h"
#include "FindingsModel.h"
#include "PeerInfo.h"
#include "ReportExporter.h"
#include "SettingsStore.h"
#include "TestEmailPage.h"
#include "WizardDriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The test e-mail step's "check where it landed" on the fetch-back lab
// (tests/peers/fetchlab.py): the real wizard sends through the lab's Exim
// (STARTTLS, the lab's CA as the server step's CA file, the dkim-lab's NSD
// as its resolver), then the panel signs in to Dovecot and finds the test
// message in INBOX or, for junk@, in Junk; a wrong IMAP password gives
// message.fetch_failed and stays out of every export and the settings.
class TestFetchBackPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void landsInInbox();
    void landsInJunk();
    void wrongPassword();

private:
    // Sends to `to` with the panel checked; returns once the page and the
    // panel are done.
    void sendAndFetch(const QString &to, const QString &imapPassword);
    QStringList pageIds() const;
    QStringList reportIds() const;

    PeerInfo m_lab;
    std::unique_ptr<DoctorWizard> m_wizard;
    TestEmailPage *m_page = nullptr;
    FetchBackPanel *m_panel = nullptr;
};

void TestFetchBackPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    REQUIRE_PEER(fetchPeer, "fetch-lab");
    REQUIRE_PEER(dnsPeer, "dkim-lab");
    m_lab = fetchPeer;
    const QString smtp = QString::number(m_lab.port(QStringLiteral("smtp")));

    m_wizard = std::make_unique<DoctorWizard>();
    DoctorWizard &wizard = *m_wizard;
    wizard.show();
    wizard.next();
    wizard.findChild<QLineEdit *>("hostEdit")->setText("127.0.0.1");
    wizard.findChild<QComboBox *>("securityCombo")
        ->setCurrentIndex(int(Target::Security::StartTls));
    wizard.findChild<QSpinBox *>("portSpin")->setValue(smtp.toInt());
    wizard.findChild<QLineEdit *>("portsEdit")->setText(smtp);
    wizard.findChild<QLineEdit *>("controlHostEdit")->clear();
    wizard.findChild<QLineEdit *>("caFileEdit")->setText(m_lab.value("ca_file"));
    wizard.findChild<QLineEdit *>("resolverEdit")
        ->setText(QStringLiteral("127.0.0.1@%1").arg(dnsPeer.port(QStringLiteral("dns"))));
    wizard.next(); // connectivity
    QVERIFY(
        QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000));
    wizard.next(); // domain records: none entered
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::TestEmailPageId));
    m_page = qobject_cast<TestEmailPage *>(wizard.currentPage());
    QVERIFY(m_page);
    m_panel = wizard.findChild<FetchBackPanel *>("fetchBackGroup");
    QVERIFY(m_panel);
    // Reading someone's mailbox is opt-in.
    QVERIFY(m_panel->isCheckable());
    QVERIFY(!m_panel->isChecked());
    QVERIFY(!wizard.findChild<QLineEdit *>("imapHostEdit")->isEnabled());
    QCOMPARE(wizard.findChild<QSpinBox *>("imapPortSpin")->value(), 993);
    QCOMPARE(wizard.findChild<QLineEdit *>("imapPasswordEdit")->echoMode(), QLineEdit::Password);
    WizardDriver::verifyUniqueMnemonics(wizard);

    wizard.findChild<QLineEdit *>("fromEdit")->setText("doctor@dkim.test");
    wizard.findChild<QLineEdit *>("userEdit")->setText(m_lab.value("user"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>("secretEdit"), m_lab.value("password"));
    m_panel->setChecked(true);
    wizard.findChild<QLineEdit *>("imapHostEdit")->setText("127.0.0.1");
    wizard.findChild<QLineEdit *>("imapUserEdit")->setText(m_lab.value("imap_user"));
}

void TestFetchBackPanel::cleanupTestCase()
{
    m_wizard.reset();
}

QStringList TestFetchBackPanel::pageIds() const
{
    return WizardDriver::findingIds(m_wizard->findChild<QListView *>("testFindings")->model());
}

QStringList TestFetchBackPanel::reportIds() const
{
    QStringList ids;
    for (const Finding &finding : m_wizard->combinedReport().findings)
        ids.append(finding.id);
    return ids;
}

void TestFetchBackPanel::sendAndFetch(const QString &to, const QString &imapPassword)
{
    DoctorWizard &wizard = *m_wizard;
    wizard.findChild<QLineEdit *>("toEdit")->setText(to);
    QLineEdit *password = wizard.findChild<QLineEdit *>("imapPasswordEdit");
    password->clear();
    QTest::keyClicks(password, imapPassword);
    QTest::mouseClick(wizard.findChild<QPushButton *>("sendButton"), Qt::LeftButton);
    QVERIFY(m_page->isRunning());
    // Next waits for the send, then for the fetch-back.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 20000);
    QVERIFY2(pageIds().contains("send.accepted"), qPrintable(pageIds().join(' ')));
    QVERIFY(m_panel->isRunning() || !pageIds().filter("message.").isEmpty());
    if (m_panel->isRunning())
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isRunning(), 15000);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestFetchBackPanel::landsInInbox()
{
    QVERIFY(m_page);
    // IMAPS, the panel's default.
    m_wizard->findChild<QSpinBox *>("imapPortSpin")->setValue(m_lab.port("imaps"));
    sendAndFetch("someone@inbox.test", m_lab.value("imap_password"));
    const QStringList ids = pageIds();
    QVERIFY2(ids.contains("message.delivered_inbox"), qPrintable(ids.join(' ')));
    QVERIFY(!ids.contains("message.delivered_junk"));
    // The message that arrived is read as well: Exim's signature, checked
    // through the server step's resolver (the dkim-lab NSD).
    QVERIFY2(ids.contains("message.dkim_pass"), qPrintable(ids.join(' ')));
    const QStringList inReport = reportIds();
    QVERIFY2(inReport.contains("message.delivered_inbox") && inReport.contains("send.accepted"),
             qPrintable(inReport.join(' ')));
    // It is the message the server accepted: the same Message-ID.
    QString sent, found;
    for (const Finding &finding : m_wizard->combinedReport().findings) {
        if (finding.id == QLatin1String("send.accepted"))
            sent = finding.facts.value(FindingArg::MessageId);
        if (finding.id == QLatin1String("message.delivered_inbox"))
            found = finding.facts.value(FindingArg::MessageId);
    }
    QVERIFY(sent.startsWith("<smtp-doctor."));
    QCOMPARE(found, sent);
}

void TestFetchBackPanel::landsInJunk()
{
    QVERIFY(m_page);
    // STARTTLS: choosing it moves the usual port to 143; the lab's is another.
    QComboBox *security = m_wizard->findChild<QComboBox *>("imapSecurityCombo");
    QSpinBox *port = m_wizard->findChild<QSpinBox *>("imapPortSpin");
    port->setValue(993);
    security->setCurrentIndex(security->findData(int(ImapAccount::Security::StartTls)));
    QCOMPARE(port->value(), 143);
    port->setValue(m_lab.port("imap"));
    sendAndFetch("junk@inbox.test", m_lab.value("imap_password"));
    const QStringList ids = pageIds();
    QVERIFY2(ids.contains("message.delivered_junk"), qPrintable(ids.join(' ')));
    QVERIFY(!ids.contains("message.delivered_inbox"));
    QVERIFY2(reportIds().contains("message.delivered_junk"), qPrintable(reportIds().join(' ')));
    security->setCurrentIndex(security->findData(int(ImapAccount::Security::Tls)));
}

void TestFetchBackPanel::wrongPassword()
{
    QVERIFY(m_page);
    m_wizard->findChild<QSpinBox *>("imapPortSpin")->setValue(m_lab.port("imaps"));
    const QString wrong = QStringLiteral("Wr0ng-imap-%1").arg(QDateTime::currentMSecsSinceEpoch());
    sendAndFetch("someone@inbox.test", wrong);
    const QStringList ids = pageIds();
    QVERIFY2(ids.contains("message.fetch_failed"), qPrintable(ids.join(' ')));
    QVERIFY(!ids.contains("message.delivered_inbox"));
    QVERIFY2(reportIds().contains("message.fetch_failed"), qPrintable(reportIds().join(' ')));

    // The IMAP password is in no export, not in the settings file.
    const QTemporaryDir exports;
    const Report report = m_wizard->combinedReport();
    QList<QPair<QString, QByteArray>> places;
    WizardDriver::appendExports(report,
                                exports.path(),
                                {ReportExporter::Format::Markdown, ReportExporter::Format::Json},
                                &places);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(places.constFirst().second.contains("message.fetch_failed")
            || places.constLast().second.contains("message.fetch_failed"));
    m_wizard->close();
    SettingsStore().sync();
    QFile settings(SettingsStore().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    places.append({"settings file", settings.readAll()});
    QVERIFY(places.constLast().second.contains("127.0.0.1")); // the file was written
    const QByteArray secret = wrong.toUtf8();
    for (const auto &[place, bytes] : std::as_const(places)) {
        QVERIFY2(!bytes.contains(secret), qPrintable(place));
        QVERIFY2(!bytes.contains(secret.toBase64()), qPrintable(place));
    }
}

QTEST_MAIN(TestFetchBackPanel)
#include "tst_fetchbackpanel.moc"
