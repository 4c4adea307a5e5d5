// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorWizard.h"
#include "DoctorWizardSteps.h"
#include "FetchBackPanel.h"
#include "FindingsModel.h"
#include "PeerInfo.h"
#include "ReportExporter.h"
#include "RunRecorder.h"
#include "SettingsStore.h"
#include "TestEmailPage.h"
#include "WizardDriver.h"
#include "journal/JournalReplay.h"
#include "report/JsonReport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
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
    void closingWhileLookingKeepsWhatWasSeen();
    void aNewStartRemembersTheMailbox();
    void wrongPassword();

private:
    // A new wizard, walked to the test e-mail step with the lab's server.
    void openTestEmailStep();
    // Sends to `to` with the panel checked; returns once the page and the
    // panel are done.
    void sendAndFetch(const QString &to, const QString &imapPassword, bool waitForFetch = true);
    QStringList pageIds() const;
    static QStringList idsOf(const Report &report);
    static QList<QJsonObject> journalLines(const QString &path);
    static std::optional<Report> readReport(const QString &path);
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
    m_wizard = std::make_unique<DoctorWizard>(DoctorWizardSteps::instance());
    DoctorWizard &wizard = *m_wizard;
    WizardDriver::walkToTestEmailStep(wizard,
                                      {m_lab.port(QStringLiteral("smtp")),
                                       Target::Security::StartTls,
                                       m_lab.value("ca_file"),
                                       m_dns.port(QStringLiteral("dns"))});
    if (QTest::currentTestFailed())
        return;
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

QStringList TestFetchBackPanel::idsOf(const Report &report)
{
    QStringList ids;
    for (const Finding &finding : report.findings)
        ids.append(finding.id);
    return ids;
}

QList<QJsonObject> TestFetchBackPanel::journalLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QJsonObject()};
    QList<QJsonObject> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

std::optional<Report> TestFetchBackPanel::readReport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return JsonReport::read(file.readAll(), nullptr);
}

QStringList TestFetchBackPanel::reportIds() const
{
    QStringList ids;
    for (const Finding &finding : m_wizard->combinedReport().findings)
        ids.append(finding.id);
    return ids;
}

void TestFetchBackPanel::sendAndFetch(const QString &to,
                                      const QString &imapPassword,
                                      bool waitForFetch)
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
    if (!waitForFetch)
        return;
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

    // The run's journal follows the fetch-back: the step resumed after the
    // send's report, the IMAP dialogue as it went, then the findings, the
    // check's end and the step's report again.
    const QString journalPath = m_wizard->runRecorder()->journalPath();
    const QList<QJsonObject> lines = journalLines(journalPath);
    const auto last = [&lines](const char *type,
                               const std::function<bool(const QJsonObject &)> &is) {
        for (qsizetype i = lines.size() - 1; i >= 0; --i) {
            if (lines.at(i).value("type").toString() == QLatin1String(type) && is(lines.at(i)))
                return i;
        }
        return qsizetype(-1);
    };
    const auto ofStep = [](const QJsonObject &line) {
        return line.value("step").toString() == QLatin1String("TestEmailPageId");
    };
    const qsizetype resumed = last("resume", ofStep);
    const qsizetype sendEnded = last("report", [&](const QJsonObject &line) {
        return ofStep(line)
               && !line.value("report").toObject().value("findings").toArray().isEmpty()
               && !QJsonDocument(line).toJson().contains("message.delivered_inbox");
    });
    const qsizetype imapEvent = last("event", [](const QJsonObject &line) {
        return line.value("event").toObject().value("check").toString() == "fetch-back";
    });
    const qsizetype landed = last("finding", [](const QJsonObject &line) {
        return line.value("finding").toObject().value("id").toString() == "message.delivered_inbox";
    });
    const qsizetype checkEnded = last("check", [](const QJsonObject &line) {
        return line.value("check").toString() == "fetch-back"
               && line.value("status").toString() == "done";
    });
    const qsizetype stepEnded = last("report", ofStep);
    QVERIFY2(sendEnded >= 0 && sendEnded < resumed && resumed < imapEvent && imapEvent < landed
                 && landed < checkEnded && checkEnded < stepEnded,
             qPrintable(QStringLiteral("%1 %2 %3 %4 %5 %6")
                            .arg(sendEnded)
                            .arg(resumed)
                            .arg(imapEvent)
                            .arg(landed)
                            .arg(checkEnded)
                            .arg(stepEnded)));
    const auto replayed = JournalReplay::readFile(journalPath, nullptr);
    QVERIFY(replayed);
    QVERIFY(replayed->finished);
    QCOMPARE(idsOf(replayed->report).count("message.delivered_inbox"), 1);
    QCOMPARE(idsOf(replayed->report).count("send.accepted"), 1);

    // The history entry, as the history window reopens it: where it landed
    // and after how long, the IMAP dialogue after the send's, its check.
    const auto saved = readReport(m_wizard->runRecorder()->lastSavedPath());
    QVERIFY(saved);
    QCOMPARE(idsOf(*saved).count("message.delivered_inbox"), 1);
    for (const Finding &finding : saved->findings) {
        if (finding.id == QLatin1String("message.delivered_inbox")) {
            QCOMPARE(finding.facts.value(FindingArg::Mailbox), QStringLiteral("INBOX"));
            QVERIFY(!finding.facts.value(FindingArg::SecondsToArrival).isEmpty());
            QCOMPARE(finding.facts.value(FindingArg::MessageId), sent);
        }
    }
    qint64 lastSmtp = -1, firstImap = -1, lastImap = -1;
    for (const Event &event : saved->events) {
        if (event.check == QLatin1String("smtp"))
            lastSmtp = event.offsetMs;
        if (event.check == QLatin1String("fetch-back")) {
            firstImap = firstImap < 0 ? event.offsetMs : firstImap;
            lastImap = event.offsetMs;
        }
    }
    QVERIFY2(lastSmtp >= 0 && firstImap >= lastSmtp && lastImap <= saved->durationMs,
             qPrintable(QStringLiteral("%1 %2 %3 %4")
                            .arg(lastSmtp)
                            .arg(firstImap)
                            .arg(lastImap)
                            .arg(saved->durationMs)));
    QVERIFY(std::any_of(saved->checks.cbegin(), saved->checks.cend(), [](const auto &check) {
        return check.name == QLatin1String("fetch-back") && check.status == QLatin1String("done");
    }));
    QVERIFY(!saved->stopped);
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
}

void TestFetchBackPanel::closingWhileLookingKeepsWhatWasSeen()
{
    QVERIFY(m_page);
    // lost@ never arrives: the panel looks until the window closes.
    sendAndFetch("lost@inbox.test", m_lab.value("imap_password"), false);
    QVERIFY(m_panel->isRunning());
    const QString journalPath = m_wizard->runRecorder()->journalPath();
    // A kill now: the journal brings back the send and the search so far.
    const auto searched = [&journalPath] { // since this send's fetch-back began
        const QList<QJsonObject> lines = journalLines(journalPath);
        const auto resumed = std::find_if(lines.crbegin(), lines.crend(), [](const auto &line) {
            return line.value("type").toString() == "resume";
        });
        return std::any_of(lines.crbegin(), resumed, [](const QJsonObject &line) {
            const QJsonObject event = line.value("event").toObject();
            return event.value("check").toString() == "fetch-back"
                   && event.value("text").toString().contains("SEARCH");
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(searched(), 5000);
    const auto killed = JournalReplay::readFile(journalPath, nullptr);
    QVERIFY(killed);
    QVERIFY(!killed->finished);
    QVERIFY(idsOf(killed->report).contains("send.accepted"));
    QVERIFY(killed->report.stopped);
    QCOMPARE(killed->report.stopped->reason, RunStop::Reason::Interrupted);
    QCOMPARE(killed->report.stopped->checks.join(" "), QStringLiteral("fetch-back"));
    QFile journal(journalPath);
    QVERIFY(journal.open(QIODevice::ReadOnly));
    m_places.append({"journal while looking", journal.readAll()});

    // Closed: the search is stopped and kept, as a cancelled send would be.
    const QString historyPath = m_wizard->runRecorder()->lastSavedPath();
    m_wizard->close();
    QVERIFY(!QFile::exists(journalPath));
    const auto saved = readReport(historyPath);
    QVERIFY(saved);
    QVERIFY(idsOf(*saved).contains("send.accepted"));
    QVERIFY(!idsOf(*saved).contains("message.not_delivered")); // nothing concluded
    QVERIFY(std::any_of(saved->events.cbegin(), saved->events.cend(), [](const Event &event) {
        return event.check == QLatin1String("fetch-back") && event.text.contains("SEARCH");
    }));
    QVERIFY(std::any_of(saved->checks.cbegin(), saved->checks.cend(), [](const auto &check) {
        return check.name == QLatin1String("fetch-back")
               && check.status == QLatin1String("cancelled");
    }));
    QVERIFY(saved->stopped);
    QCOMPARE(saved->stopped->reason, RunStop::Reason::Cancelled);
    QCOMPARE(saved->stopped->checks, QStringList{"fetch-back"});
    m_wizard.reset();
}

void TestFetchBackPanel::aNewStartRemembersTheMailbox()
{
    QVERIFY(!m_places.isEmpty());
    // A new wizard reads the settings again: landsInJunk's STARTTLS on the lab's port.
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
}

void TestFetchBackPanel::wrongPassword()
{
    QVERIFY(m_wizard && m_page);
    // Last: Dovecot delays the next sign-ins from an address after a failed one.
    m_panel->setChecked(true); // as remembered: STARTTLS on the lab's port
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
    QList<QPair<QString, QByteArray>> exported;
    WizardDriver::appendExports(report,
                                exports.path(),
                                {ReportExporter::Format::Markdown, ReportExporter::Format::Json},
                                &exported);
    if (QTest::currentTestFailed())
        return;
    for (const auto &[path, bytes] : std::as_const(exported))
        QVERIFY2(bytes.contains("message.fetch_failed"), qPrintable(path));
    m_places += exported;
    QFile journal(m_wizard->runRecorder()->journalPath());
    QVERIFY2(journal.open(QIODevice::ReadOnly), qPrintable(journal.fileName()));
    m_places.append({"journal", journal.readAll()});
    QVERIFY(m_places.constLast().second.contains("message.fetch_failed"));
    m_wizard->close();
    m_wizard.reset();

    int historyFiles = 0;
    WizardDriver::appendSettingsAndHistory(&m_places, &historyFiles);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(historyFiles > 0);
    const QByteArray settings = m_places.at(m_places.size() - historyFiles - 1).second;
    QVERIFY2(settings.contains("fetchBack"), settings.constData()); // the file was written
    // Neither IMAP password, plain, base64, or inside SASL PLAIN's string.
    for (const QString &password : {m_wrongPassword, m_lab.value("imap_password")}) {
        const QByteArray secret = password.toUtf8();
        const QByteArray plain = '\0' + m_lab.value("imap_user").toUtf8() + '\0' + secret;
        for (const auto &[place, bytes] : std::as_const(m_places)) {
            for (const QByteArray &form : {secret, secret.toBase64(), plain.toBase64()})
                QVERIFY2(!bytes.contains(form), qPrintable(place));
        }
    }
}

QTEST_MAIN(TestFetchBackPanel)
#include "tst_fetchbackpanel.moc"
