// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's "Check a message that arrived" step: the real wizard, the
// sample messages of tests/data/messages pasted or opened through scripted
// dialogs, the findings listed, the route and the alignment drawn, and the
// same in the exported HTML and PDF reports and in the history.
#include "DoctorWizard.h"
#include "DoctorWizardSteps.h"
#include "FindingsModel.h"
#include "MessagePage.h"
#include "ReportExporter.h"
#include "ScriptedDialogs.h"
#include "WizardSession.h"
#include "report/HistoryStore.h"
#include "report/MessageDiagrams.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

class TestMessagePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void onlyTheNotReceivedSymptomLeadsHere();
    void pastedMessageIsChecked();
    void serverSettingsReachTheMessageChecks();
    void openedEmlIsChecked();
    void badInputSaysWhy_data();
    void badInputSaysWhy();
    void backAndNextKeepTheText();
    void reportsShowTheTimelineAndTheDiagram();
    void reportListsTheMessageFirst();
    void tabOrderAndAccelerators();
    void stopCheckingAgain();

private:
    void toMessagePage(DoctorWizard &wizard);
    void checkAndWait(DoctorWizard &wizard);
    static QByteArray readData(const QString &name);
    static QString dataPath(const QString &name);
    static QStringList ids(const QAbstractItemModel *model);

    ScriptedDialogs m_dialogs;
};

QString TestMessagePage::dataPath(const QString &name)
{
    return QStringLiteral(SMTP_DOCTOR_TEST_DATA "/messages/") + name;
}

QByteArray TestMessagePage::readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

QStringList TestMessagePage::ids(const QAbstractItemModel *model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->index(row, 0).data(FindingsModel::IdRole).toString());
    return list;
}

void TestMessagePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    DialogProvider::setInstance(&m_dialogs);
}

void TestMessagePage::cleanupTestCase()
{
    DialogProvider::setInstance(nullptr);
}

void TestMessagePage::init()
{
    QSettings().clear();
    QDir(HistoryStore().directory()).removeRecursively();
    m_dialogs = ScriptedDialogs();
}

void TestMessagePage::cleanup()
{
    QVERIFY2(m_dialogs.errors.isEmpty(), qPrintable(m_dialogs.errors.join('\n')));
}

void TestMessagePage::toMessagePage(DoctorWizard &wizard)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *notReceived = wizard.findChild<QAbstractButton *>(
        QStringLiteral("symptom%1").arg(int(Situation::Symptom::NotReceived)));
    QVERIFY(notReceived);
    notReceived->click();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::MessagePageId));
    // What the message says only: the checks done again need DNS, which this
    // test's resolver (127.0.0.254, nothing listens) never answers;
    // stopCheckingAgain runs them.
    wizard.findChild<QCheckBox *>("messageCheckAgain")->setChecked(false);
}

void TestMessagePage::checkAndWait(DoctorWizard &wizard)
{
    auto *check = wizard.findChild<QPushButton *>("messageCheckButton");
    QTRY_VERIFY(check->isEnabled());
    QTest::mouseClick(check, Qt::LeftButton);
    auto *page = qobject_cast<MessagePage *>(wizard.currentPage());
    QVERIFY(page);
    QTRY_VERIFY(!page->isRunning());
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestMessagePage::onlyTheNotReceivedSymptomLeadsHere()
{
    {
        DoctorWizard wizard(DoctorWizardSteps::instance());
        wizard.show();
        wizard.next(); // "Cannot connect", the default
        QCOMPARE(wizard.currentId(), int(DoctorWizard::ServerPageId));
    }
    DoctorWizard wizard(DoctorWizardSteps::instance());
    toMessagePage(wizard);
    // Nothing pasted: the step can be skipped, on to the sending side.
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ServerPageId));
    QVERIFY(!wizard.stepReport(DoctorWizard::MessagePageId).checks.size());
}

void TestMessagePage::serverSettingsReachTheMessageChecks()
{
    // The host of the server step and the account the test e-mail signed in
    // with are what the message is compared with: From against the sign-in
    // (message.from_mismatch), the route against the host.
    DoctorWizard wizard(DoctorWizardSteps::instance());
    auto *host = wizard.findChild<QLineEdit *>("hostEdit");
    QVERIFY(host);
    host->setText("smtp.provider.example");
    wizard.session()->setSignIn({"shop@provider.example", {}, false, {}, false});
    toMessagePage(wizard);
    wizard.findChild<QPlainTextEdit *>("messageSource")
        ->setPlainText(QString::fromUtf8(readData("outlook-junk.eml")));
    checkAndWait(wizard);
    const Report report = wizard.stepReport(DoctorWizard::MessagePageId);
    QStringList found;
    for (const Finding &finding : report.findings)
        found << finding.id + QLatin1Char('#') + finding.facts.value(FindingArg::Reason);
    QVERIFY2(found.contains("message.from_mismatch#signed_in")
                 && found.contains("message.spam_verdict#spam"),
             qPrintable(found.join(' ')));
    QVERIFY2(!found.join(' ').contains("message.sent_by_web_server"), qPrintable(found.join(' ')));
}

void TestMessagePage::pastedMessageIsChecked()
{
    DoctorWizard wizard(DoctorWizardSteps::instance());
    toMessagePage(wizard);
    auto *source = wizard.findChild<QPlainTextEdit *>("messageSource");
    QVERIFY(source);
    // Pasted as a user does, through the clipboard.
    QApplication::clipboard()->setText(QString::fromUtf8(readData("quarantined.eml")));
    source->setFocus();
    source->paste();
    checkAndWait(wizard);

    const QStringList expected{"message.receiver_results",
                               "message.dmarc_fail",
                               "message.dkim_missing",
                               "message.received_chain",
                               "message.slow_hop",
                               // Postfix pickup: PHP's mail() on the web host.
                               "message.sent_by_web_server"};
    QCOMPARE(ids(wizard.findChild<QListView *>("messageFindings")->model()), expected);
    const Report report = wizard.stepReport(DoctorWizard::MessagePageId);
    QStringList reportIds;
    for (const Finding &finding : report.findings)
        reportIds.append(finding.id);
    QCOMPARE(reportIds, expected);
    QVERIFY(wizard.findChild<QLabel *>("messageStatus")->text().startsWith("Done:"));

    // The timeline and the diagram, as shown and as a screen reader gets them.
    auto *diagrams = wizard.findChild<QTextBrowser *>("messageDiagrams");
    QVERIFY(diagrams->isVisible());
    const QString shown = diagrams->toPlainText();
    QVERIFY2(shown.contains(MessageDiagrams::timelineTitle()), qPrintable(shown));
    QVERIFY(shown.contains("web12.hoster.example [203.0.113.25]"));
    QVERIFY(shown.contains("11 min 14 s (slow: the time went here)"));
    QVERIFY(shown.contains(MessageDiagrams::alignmentTitle()));
    QVERIFY(shown.contains("shop.example.com"));
    QVERIFY(shown.contains("aligned (same organization; not in strict mode)"));
    const QString spoken = diagrams->accessibleDescription();
    QVERIFY2(spoken.contains("2. web12.hoster.example [203.0.113.25] → mx.google.com, "
                             "2023-12-05 18:42:16 UTC, 11 min 14 s after the previous hop "
                             "(slow: the time went here)"),
             qPrintable(spoken));
    QVERIFY(spoken.contains("SPF: shop.example.com, softfail, aligned"));
    QVERIFY(spoken.contains("DMARC: example.com, fail, aligned (the same domain)"));

    // The history has the step, as it has every other.
    const QList<HistoryEntry> history = HistoryStore().entries();
    QCOMPARE(history.size(), 1);
    QFile file(history.constFirst().path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("\"message.slow_hop\""));
    QVERIFY(json.contains("\"hops\":"));
    QVERIFY(json.contains("\"alignment\":"));
}

void TestMessagePage::openedEmlIsChecked()
{
    DoctorWizard wizard(DoctorWizardSteps::instance());
    toMessagePage(wizard);
    m_dialogs.fileAnswers = {dataPath("bounce.eml")};
    QTest::mouseClick(wizard.findChild<QPushButton *>("messageOpenButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs.fileDialogsShown, 1);
    auto *source = wizard.findChild<QPlainTextEdit *>("messageSource");
    QVERIFY(source->toPlainText().contains("Content-Type: message/delivery-status"));
    checkAndWait(wizard);
    const QStringList found = ids(wizard.findChild<QListView *>("messageFindings")->model());
    QVERIFY2(found.contains("message.bounce"), qPrintable(found.join(' ')));

    // A file that cannot be read says so, and keeps what was there.
    m_dialogs.fileAnswers = {dataPath("no-such-message.eml")};
    QTest::mouseClick(wizard.findChild<QPushButton *>("messageOpenButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs.errors.size(), 1);
    QVERIFY(m_dialogs.errors.first().contains("no-such-message.eml"));
    m_dialogs.errors.clear();
    QVERIFY(source->toPlainText().contains("Content-Type: message/delivery-status"));
    // Cancelled: nothing changes.
    m_dialogs.fileAnswers = {};
    QTest::mouseClick(wizard.findChild<QPushButton *>("messageOpenButton"), Qt::LeftButton);
    QVERIFY(source->toPlainText().contains("Content-Type: message/delivery-status"));
}

void TestMessagePage::badInputSaysWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("empty") << QString() << "Paste the message's headers";
    QTest::newRow("spaces") << "   \n  "
                            << "Paste the message's headers";
    QTest::newRow("prose") << "Hello, my mail does not arrive, please help."
                           << "This does not look like a message's headers";
    QTest::newRow("not a message") << QString::fromUtf8(readData("not-a-message.txt"))
                                   << "This does not look like a message's headers";
}

void TestMessagePage::badInputSaysWhy()
{
    QFETCH(QString, text);
    QFETCH(QString, sentence);
    DoctorWizard wizard(DoctorWizardSteps::instance());
    toMessagePage(wizard);
    auto *source = wizard.findChild<QPlainTextEdit *>("messageSource");
    auto *problem = wizard.findChild<QLabel *>("messageProblem");
    auto *check = wizard.findChild<QPushButton *>("messageCheckButton");
    source->setPlainText(QStringLiteral("From: a@example.com\nDate: Wed, 06 Dec 2023 08:00:01 "
                                        "+0000\n\nbody\n"));
    QTRY_VERIFY(check->isEnabled());
    QVERIFY(!problem->isVisible());
    source->clear();
    // Typed when it is one line of ASCII, pasted otherwise (as a user would).
    if (!text.contains('\n') && QString::fromLatin1(text.toLatin1()) == text)
        QTest::keyClicks(source, text);
    else
        source->insertPlainText(text);
    QTRY_VERIFY2(problem->isVisible() && problem->text().startsWith(sentence),
                 qPrintable(problem->text()));
    QVERIFY(!check->isEnabled());
    // The step can still be skipped.
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestMessagePage::backAndNextKeepTheText()
{
    DoctorWizard wizard(DoctorWizardSteps::instance());
    toMessagePage(wizard);
    auto *source = wizard.findChild<QPlainTextEdit *>("messageSource");
    const QString pasted = QString::fromUtf8(readData("headers-only.txt"));
    source->setPlainText(pasted);
    QTest::keyClicks(source, "X-Note: typed by hand");
    const QString typed = source->toPlainText();
    wizard.back();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::WelcomePageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::MessagePageId));
    QCOMPARE(source->toPlainText(), typed);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ServerPageId));
    wizard.back();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::MessagePageId));
    QCOMPARE(source->toPlainText(), typed);
    QTRY_VERIFY(wizard.findChild<QPushButton *>("messageCheckButton")->isEnabled());
}

void TestMessagePage::reportsShowTheTimelineAndTheDiagram()
{
    DoctorWizard wizard(DoctorWizardSteps::instance());
    toMessagePage(wizard);
    m_dialogs.fileAnswers = {dataPath("quarantined.eml")};
    QTest::mouseClick(wizard.findChild<QPushButton *>("messageOpenButton"), Qt::LeftButton);
    checkAndWait(wizard);

    QTemporaryDir directory;
    const Report report = wizard.combinedReport();
    QString error;
    const QString html = directory.filePath("report.html");
    QVERIFY2(ReportExporter::write(report, html, ReportExporter::Format::Html, &error),
             qPrintable(error));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(MessageDiagrams::timelineTitle().toHtmlEscaped()));
    QVERIFY(text.contains("<tr class=\"slow\""));
    QVERIFY(text.contains("<b>11 min 14 s</b> (slow: the time went here)"));
    QVERIFY(text.contains(MessageDiagrams::alignmentTitle().toHtmlEscaped()));
    QVERIFY(text.contains("<td>shop.example.com</td><td>softfail</td>"));
    QCOMPARE(text.count("<td>\u2192</td>"), 3);

    const QString pdf = directory.filePath("report.pdf");
    QVERIFY2(ReportExporter::write(report, pdf, ReportExporter::Format::Pdf, &error),
             qPrintable(error));
    // poppler-utils (installer/setup.sh test): the PDF's text as a reader sees it.
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, "-"});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        QSKIP("pdftotext (poppler-utils) is not available: the PDF's text is not checked");
    // Narrow cells wrap: the words are read with one space between them.
    const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY2(pdfText.contains(MessageDiagrams::timelineTitle()), qPrintable(pdfText));
    QVERIFY2(pdfText.contains("slow: the time went here"), qPrintable(pdfText));
    QVERIFY(pdfText.contains(MessageDiagrams::alignmentTitle()));
}

// The wizard asks about the message first, so the report reads in that
// order too; its heading still names the server that the later steps checked.
void TestMessagePage::reportListsTheMessageFirst()
{
    DoctorWizard wizard(DoctorWizardSteps::instance());
    toMessagePage(wizard);
    m_dialogs.fileAnswers = {dataPath("bounce.eml")};
    QTest::mouseClick(wizard.findChild<QPushButton *>("messageOpenButton"), Qt::LeftButton);
    checkAndWait(wizard);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ServerPageId));
    Report connectivity;
    connectivity.target.host = QStringLiteral("mail.doctor.test");
    connectivity.target.port = 2525;
    Finding open;
    open.id = QStringLiteral("net.open");
    connectivity.findings = {open};
    wizard.setReport(DoctorWizard::ConnectivityPageId, connectivity);

    const Report combined = wizard.combinedReport();
    QVERIFY(combined.findings.size() > 1);
    QVERIFY2(combined.findings.first().id.startsWith("message."),
             qPrintable(combined.findings.first().id));
    QCOMPARE(combined.findings.last().id, QStringLiteral("net.open"));
    QCOMPARE(combined.target.host, QStringLiteral("mail.doctor.test"));
    QCOMPARE(combined.target.port, quint16(2525));
}

void TestMessagePage::tabOrderAndAccelerators()
{
    DoctorWizard wizard(DoctorWizardSteps::instance());
    toMessagePage(wizard);
    auto *source = wizard.findChild<QPlainTextEdit *>("messageSource");
    auto *open = wizard.findChild<QPushButton *>("messageOpenButton");
    auto *check = wizard.findChild<QPushButton *>("messageCheckButton");
    WizardDriver::verifyUniqueMnemonics(wizard);
    if (QTest::currentTestFailed())
        return;
    for (const char *name :
         {"messageOpenButton", "messageCheckButton", "messageCancelButton", "messageCheckAgain"}) {
        const QString text = wizard.findChild<QAbstractButton *>(name)->text();
        QVERIFY2(!WizardDriver::mnemonicOf(text).isNull(), qPrintable(text));
    }
    // Alt+M: the text box (its label's accelerator).
    wizard.button(QWizard::NextButton)->setFocus();
    QTest::keyClick(&wizard, Qt::Key_M, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), source);
    source->setPlainText(QString::fromUtf8(readData("quarantined.eml")));
    QTRY_VERIFY(check->isEnabled());
    const QString before = source->toPlainText();
    // Tab leaves the text box (no tab characters typed) and goes down the page.
    QTest::keyClick(source, Qt::Key_Tab);
    auto *checkAgain = wizard.findChild<QCheckBox *>("messageCheckAgain");
    QCOMPARE(QApplication::focusWidget(), checkAgain);
    QTest::keyClick(checkAgain, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), open);
    QCOMPARE(source->toPlainText(), before);
    QTest::keyClick(open, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), check);
    QTest::keyClick(check, Qt::Key_Tab); // Stop is disabled: on to the findings
    QCOMPARE(QApplication::focusWidget(), wizard.findChild<QListView *>("messageFindings"));
    // Alt+E opens a file, Alt+C checks.
    QTest::keyClick(&wizard, Qt::Key_E, Qt::AltModifier);
    QTRY_COMPARE(m_dialogs.fileDialogsShown, 1); // a mnemonic clicks after its animation
    QTest::keyClick(&wizard, Qt::Key_C, Qt::AltModifier);
    auto *page = qobject_cast<MessagePage *>(wizard.currentPage());
    QTRY_VERIFY(page->findings()->rowCount() > 0);
    QTRY_VERIFY(!page->isRunning());
    QVERIFY(wizard.findChild<QTextBrowser *>("messageDiagrams")->isVisible());
}

void TestMessagePage::stopCheckingAgain()
{
    // Checking again asks DNS (here 127.0.0.254, where nothing answers): the
    // page shows progress, Stop ends it, and what the message said is kept.
    DoctorWizard wizard(DoctorWizardSteps::instance());
    toMessagePage(wizard);
    auto *checkAgain = wizard.findChild<QCheckBox *>("messageCheckAgain");
    checkAgain->setChecked(true);
    wizard.findChild<QPlainTextEdit *>("messageSource")
        ->setPlainText(QString::fromUtf8(readData("quarantined.eml")));
    auto *check = wizard.findChild<QPushButton *>("messageCheckButton");
    QTRY_VERIFY(check->isEnabled());
    QTest::mouseClick(check, Qt::LeftButton);
    auto *page = qobject_cast<MessagePage *>(wizard.currentPage());
    auto *stop = wizard.findChild<QPushButton *>("messageCancelButton");
    QTRY_COMPARE(
        wizard.findChild<QLabel *>("messageStatus")->text(),
        QStringLiteral("Checking DKIM, SPF and DMARC again, the sender's reverse DNS and the "
                       "blocklists..."));
    QVERIFY(page->isRunning());
    QVERIFY(stop->isEnabled());
    QVERIFY(wizard.findChild<QProgressBar *>("messageProgress")->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // not left while it runs
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY(!page->isRunning());
    QCOMPARE(wizard.findChild<QLabel *>("messageStatus")->text(), QStringLiteral("Stopped."));
    const Report report = wizard.stepReport(DoctorWizard::MessagePageId);
    QCOMPARE(report.checks.size(), 1);
    QCOMPARE(report.checks.first().status, QStringLiteral("cancelled"));
    QStringList found;
    for (const Finding &finding : report.findings)
        found.append(finding.id);
    QVERIFY2(found.contains("message.received_chain") && found.contains("message.slow_hop"),
             qPrintable(found.join(' ')));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(TestMessagePage)
#include "tst_messagepage.moc"
