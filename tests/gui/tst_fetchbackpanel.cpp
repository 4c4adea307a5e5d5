// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorWizard.h"
#include "FetchBackPanel.h"
#include "FindingsModel.h"
#include "PeerInfo.h"
#include "ReportExporter.h"
#include "RunRecorder.h"
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
// message.fetch_failed and stays out of every export, the run's journal,
// the history and the settings, which bring the mailbox's server, port,
// encryption and user back at the next start (not its password, not the
// consent). Folded, the panel is its check box line alone.
class TestFetchBackPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void landsInInbox();
    void landsInJunk();
    void wrongPassword();
    void aNewStartRemembersTheMailbox();

private:
    // A new wizard, walked to the test e-mail step with the lab's server.
    void openTestEmailStep();
    // Sends to `to` with the panel checked; returns once the page and the
    // panel are done.
    void sendAndFetch(const QString &to, const QString &imapPassword);
    QStringList pageIds() const;
    QStringList reportIds() const;

    PeerInfo m_lab;
    PeerInfo m_dns;
    QString m_wrongPassword;
    // (place, contents) that must never hold the IMAP password.
    QList<QPair<QString, QByteArray>> m_places;
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
    m_dns = dnsPeer;
    openTestEmailStep();
    if (QTest::currentTestFailed())
        return;
    DoctorWizard &wizard = *m_wizard;
    // Reading someone's mailbox is opt-in.
    QVERIFY(m_panel->isCheckable());
    QVERIFY(!m_panel->isChecked());
    QVERIFY(!wizard.findChild<QLineEdit *>("imapHostEdit")->isEnabled());
    QCOMPARE(wizard.findChild<QSpinBox *>("imapPortSpin")->value(), 993);
    QCOMPARE(wizard.findChild<QLineEdit *>("imapPasswordEdit")->echoMode(), QLineEdit::Password);
    WizardDriver::verifyUniqueMnemonics(wizard);
    // Folded, the check box line alone: no empty frame under it.
    const int folded = m_panel->height();
    QVERIFY2(folded <= QCheckBox(m_panel->title()).sizeHint().height() + 2,
             qPrintable(QString::number(folded)));
    m_panel->setChecked(true);
    QTRY_VERIFY2(m_panel->height() > 5 * folded, qPrintable(QString::number(m_panel->height())));
    m_panel->setChecked(false);
    QTRY_COMPARE(m_panel->height(), folded);

    m_panel->setChecked(true);
    wizard.findChild<QLineEdit *>("imapHostEdit")->setText("127.0.0.1");
    wizard.findChild<QLineEdit *>("imapUserEdit")->setText(m_lab.value("imap_user"));
}

void TestFetchBackPanel::openTestEmailStep()
{
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
        ->setText(QStringLiteral("127.0.0.1@%1").arg(m_dns.port(QStringLiteral("dns"))));
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
    wizard.findChild<QLineEdit *>("fromEdit")->setText("doctor@dkim.test");
    wizard.findChild<QLineEdit *>("userEdit")->setText(m_lab.value("user"));
    QLineEdit *secret = wizard.findChild<QLineEdit *>("secretEdit");
    secret->clear();
    QTest::keyClicks(secret, m_lab.value("password"));
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
    // Over STARTTLS on the lab's port: the choice the next start must bring back.
    QComboBox *security = m_wizard->findChild<QComboBox *>("imapSecurityCombo");
    security->setCurrentIndex(security->findData(int(ImapAccount::Security::StartTls)));
    m_wizard->findChild<QSpinBox *>("imapPortSpin")->setValue(m_lab.port("imap"));
    m_wrongPassword = QStringLiteral("Wr0ng-imap-%1").arg(QDateTime::currentMSecsSinceEpoch());
    sendAndFetch("someone@inbox.test", m_wrongPassword);
    const QStringList ids = pageIds();
    QVERIFY2(ids.contains("message.fetch_failed"), qPrintable(ids.join(' ')));
    QVERIFY(!ids.contains("message.delivered_inbox"));
    QVERIFY2(reportIds().contains("message.fetch_failed"), qPrintable(reportIds().join(' ')));

    // The IMAP password is in no export, not in the run's journal; the
    // settings file and the history are read once the wizard has closed.
    const QTemporaryDir exports;
    const Report report = m_wizard->combinedReport();
    WizardDriver::appendExports(report,
                                exports.path(),
                                {ReportExporter::Format::Markdown, ReportExporter::Format::Json},
                                &m_places);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_places.constFirst().second.contains("message.fetch_failed")
            || m_places.constLast().second.contains("message.fetch_failed"));
    QFile journal(m_wizard->runRecorder()->journalPath());
    QVERIFY2(journal.open(QIODevice::ReadOnly), qPrintable(journal.fileName()));
    m_places.append({"journal", journal.readAll()});
    QVERIFY(m_places.constLast().second.contains("message.fetch_failed"));
    m_wizard->close();
    m_wizard.reset();
}

void TestFetchBackPanel::aNewStartRemembersTheMailbox()
{
    QVERIFY(!m_wrongPassword.isEmpty());
    // A new wizard reads the settings again.
    openTestEmailStep();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_wizard->findChild<QLineEdit *>("imapHostEdit")->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_wizard->findChild<QLineEdit *>("imapUserEdit")->text(), m_lab.value("imap_user"));
    QCOMPARE(m_wizard->findChild<QComboBox *>("imapSecurityCombo")->currentData().toInt(),
             int(ImapAccount::Security::StartTls));
    QCOMPARE(m_wizard->findChild<QSpinBox *>("imapPortSpin")->value(), m_lab.port("imap"));
    QVERIFY(m_wizard->findChild<QLineEdit *>("imapPasswordEdit")->text().isEmpty());
    // Consent is given for a run: a new start asks again, folded.
    QVERIFY(!m_panel->isChecked());
    QVERIFY(m_panel->height() <= QCheckBox(m_panel->title()).sizeHint().height() + 2);
    m_wizard->close();
    m_wizard.reset();

    int historyFiles = 0;
    WizardDriver::appendSettingsAndHistory(&m_places, &historyFiles);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(historyFiles > 0);
    const QByteArray settings = m_places.at(m_places.size() - historyFiles - 1).second;
    QVERIFY2(settings.contains("fetchBack"), settings.constData()); // the file was written
    // Plain, base64, and inside SASL PLAIN's string.
    const QByteArray secret = m_wrongPassword.toUtf8();
    const QByteArray plain = '\0' + m_lab.value("imap_user").toUtf8() + '\0' + secret;
    for (const auto &[place, bytes] : std::as_const(m_places)) {
        for (const QByteArray &form : {secret, secret.toBase64(), plain.toBase64()})
            QVERIFY2(!bytes.contains(form), qPrintable(place));
    }
}

QTEST_MAIN(TestFetchBackPanel)
#include "tst_fetchbackpanel.moc"
