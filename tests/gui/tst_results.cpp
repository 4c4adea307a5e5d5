// SPDX-License-Identifier: GPL-3.0-or-later
// The results pane, reports, history, settings and the desktop-app parts of
// the wizard (issue 6), driven offscreen end to end against real peers on
// loopback and in the firewall lab. Dialogs are answered by ScriptedDialogs.

#include "AboutDialog.h"
#include "DoctorWizard.h"
#include "DoctorWizardSteps.h"
#include "FindingsModel.h"
#include "GroupedFindingsModel.h"
#include "HistoryDialog.h"
#include "report/HistoryStore.h"
#include "report/JsonReport.h"
#include "NetworkNamespace.h"
#include "PeerInfo.h"
#include "report/ReportFile.h"
#include "report/ReportStep.h"
#include "report/ReportVerdict.h"
#include "ReportWindow.h"
#include "ResultsView.h"
#include "ScriptedDialogs.h"
#include "SettingsStore.h"
#include "SeverityIcons.h"
#include "core/Version.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMetaEnum>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QRegularExpression>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTreeView>

class TestResults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void allGood();
    void portFiltered();
    void wrongPassword();
    void openCliReport();
    void badFilesGiveAClearMessage_data();
    void badFilesGiveAClearMessage();
    void closingMidRunKeepsTheFindings();
    void closingMidTestKeepsTheFindings();
    void cancellingMidSweepKeepsWhatAnswered_data();
    void cancellingMidSweepKeepsWhatAnswered();
    void settingsRememberedNeverThePassword();
    void keyboardAndAccessibleNames();
    void highDpiIconsAndAbout();

private:
    struct Server
    {
        QString host;
        quint16 port = 0;
        QString ports;
        QString controlHost;
        int timeoutSeconds = 5;
        Target::Security security = Target::Security::None;
        QString caFile;
    };
    static void fillServerPage(DoctorWizard &wizard, const Server &server);
    static QString pdfText(const QString &path);
    static QString withoutSpaces(QString text);
    QString exportAs(DoctorWizard &wizard, const QString &fileName);

    ScriptedDialogs m_dialogs;
    QTemporaryDir m_files;
};

void TestResults::initTestCase()
{
    // Settings and history in ~/.qttest, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    DialogProvider::setInstance(&m_dialogs);
    QVERIFY(m_files.isValid());
}

void TestResults::init()
{
    QSettings().clear();
    QDir(HistoryStore().directory()).removeRecursively();
    m_dialogs = ScriptedDialogs();
}

void TestResults::cleanup()
{
    // Report windows and dialogs left open by a test.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<ReportWindow *>(widget) || qobject_cast<HistoryDialog *>(widget)
            || qobject_cast<AboutDialog *>(widget))
            delete widget;
    }
}

void TestResults::fillServerPage(DoctorWizard &wizard, const Server &server)
{
    QCOMPARE(wizard.currentId(), int(DoctorWizard::WelcomePageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ServerPageId));
    QTest::keyClicks(wizard.findChild<QLineEdit *>("hostEdit"), server.host);
    wizard.findChild<QComboBox *>("securityCombo")->setCurrentIndex(int(server.security));
    QTest::keyClicks(wizard.findChild<QLineEdit *>("caFileEdit"), server.caFile);
    wizard.findChild<QSpinBox *>("portSpin")->setValue(server.port);
    wizard.findChild<QSpinBox *>("timeoutSpin")->setValue(server.timeoutSeconds);
    auto *ports = wizard.findChild<QLineEdit *>("portsEdit");
    ports->clear();
    QTest::keyClicks(ports, server.ports.isEmpty() ? QString::number(server.port) : server.ports);
    auto *control = wizard.findChild<QLineEdit *>("controlHostEdit");
    control->clear();
    QTest::keyClicks(control, server.controlHost);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

QString TestResults::withoutSpaces(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

QString TestResults::pdfText(const QString &path)
{
    // poppler-utils (installer/setup.sh test): the PDF's text as a reader sees it.
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, "-"});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return {};
    // Without spaces and line breaks: the layout wraps lines, even at a slash.
    return withoutSpaces(QString::fromUtf8(pdftotext.readAllStandardOutput()));
}

// Ctrl+S on the results pane, the scripted dialog answering `fileName`.
QString TestResults::exportAs(DoctorWizard &wizard, const QString &fileName)
{
    const QString path = m_files.filePath(fileName);
    QFile::remove(path);
    auto *view = wizard.findChild<QTreeView *>("resultsView");
    view->setFocus();
    // The dialog's own filter stays (HTML): the name's suffix decides.
    m_dialogs.fileAnswers = {path};
    QTest::keySequence(view, QKeySequence::Save);
    return path;
}

void TestResults::allGood()
{
    REQUIRE_PEER(smtp, "smtp");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    fillServerPage(wizard, {"127.0.0.1", smtp.port("smtp"), {}, {}, 5});
    WizardDriver::nextToResults(wizard);

    // The model: one step, its findings, nothing else.
    auto *view = wizard.findChild<QTreeView *>("resultsView");
    const QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Connectivity: no problem"));
    QVERIFY(model->index(0, 0).data(GroupedFindingsModel::IsGroupRole).toBool());
    QCOMPARE(WizardDriver::findingIds(model), QStringList({"net.open", "smtp.greeting_ok"}));
    const QString verdict = wizard.findChild<QLabel *>("verdictLabel")->text();
    QCOMPARE(verdict,
             QStringLiteral("No problem found: this server accepts connections as a mail "
                            "program expects."));
    // The worst finding is selected, and its details hold the check's log.
    const QString details = wizard.findChild<QTextBrowser *>("detailsBrowser")->toPlainText();
    QVERIFY2(details.contains("Log of this check"), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("127.0.0.1 port %1").arg(smtp.port("smtp"))));

    // Ctrl+C: Markdown for a support ticket.
    QGuiApplication::clipboard()->clear();
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Copy);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(
                 QStringLiteral("## SMTP Doctor: 127.0.0.1 port %1 (none)").arg(smtp.port("smtp"))),
             qPrintable(copied.left(80)));
    QVERIFY(copied.contains("**0 problem(s), 0 warning(s), 2 passed**"));
    QVERIFY(copied.contains("`smtp.greeting_ok`"));
    // The verdict sentence and the step grouping, as the HTML report has them.
    QVERIFY2(copied.contains(QStringLiteral("> **%1**").arg(verdict)), qPrintable(copied));
    QVERIFY(copied.indexOf("### Connectivity") < copied.indexOf("`smtp.greeting_ok`"));
    // Where text is selected, Ctrl+C copies that text, not the report.
    auto *detailsBrowser = wizard.findChild<QTextBrowser *>("detailsBrowser");
    detailsBrowser->setFocus();
    detailsBrowser->selectAll();
    QTest::keySequence(detailsBrowser, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             detailsBrowser->textCursor().selection().toPlainText());
    QVERIFY(!QGuiApplication::clipboard()->text().startsWith("## SMTP Doctor"));
    view->setFocus();

    // Every export format, by the file name's suffix.
    const Report shown = wizard.findChild<ResultsView *>()->report();
    const QString json = exportAs(wizard, "all-good.json");
    QString error;
    const auto reread = ReportFile::load(json, &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(JsonReport::write(*reread), JsonReport::write(shown)); // round trip: equal
    QCOMPARE(JsonReport::write(*reread), JsonReport::write(wizard.combinedReport()));
    const QString markdown = exportAs(wizard, "all-good.md");
    QFile markdownFile(markdown);
    QVERIFY(markdownFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(markdownFile.readAll()), copied);
    QFile html(exportAs(wizard, "all-good.html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString htmlText = QString::fromUtf8(html.readAll());
    QVERIFY(htmlText.contains(QStringLiteral("<p class=\"verdict\">%1</p>").arg(verdict)));
    QFile pdf(exportAs(wizard, "all-good.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY2(pdf.size() > 1000, QByteArray::number(pdf.size()));
    const QString pdfWords = pdfText(pdf.fileName());
    QVERIFY2(pdfWords.contains(withoutSpaces(verdict)), qPrintable(pdfWords.left(300)));
    QVERIFY(m_dialogs.errors.isEmpty());
    QCOMPARE(m_dialogs.fileDialogsShown, 4);

    // The run is in the history; History (Ctrl+H) reopens it.
    const QList<HistoryEntry> history = HistoryStore().entries();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.constFirst().host, QStringLiteral("127.0.0.1"));
    QCOMPARE(history.constFirst().verdict, verdict);
    QTest::keyClick(&wizard, Qt::Key_H, Qt::ControlModifier);
    auto *historyDialog = wizard.findChild<HistoryDialog *>();
    QVERIFY(historyDialog);
    QCOMPARE(historyDialog->entryCount(), 1);
    QVERIFY(historyDialog->openSelected());
    auto *window = wizard.findChild<ReportWindow *>();
    QVERIFY(window);
    QCOMPARE(WizardDriver::findingIds(window->resultsView()->findingsView()->model()),
             WizardDriver::findingIds(model));
    QCOMPARE(window->findChild<QLabel *>("verdictLabel")->text(), verdict);
}

void TestResults::portFiltered()
{
    const PeerInfo lab = PeerInfo::load(QStringLiteral("netlab"));
    if (!lab.isValid())
        QSKIP("the firewall lab is not running: run this test through ctest, which starts it");
    if (!lab.value("skipped").isEmpty())
        QSKIP(qPrintable("firewall lab unavailable: " + lab.value("skipped")));
    QCOMPARE(lab.value("status"), QStringLiteral("ready"));
    const QJsonObject namespaces = lab.json.value("namespaces").toObject();
    // From the client whose firewall drops outgoing 587, to the lab's
    // control host, which answers on 25, 465, 587 and 2525; the control
    // host is also the reference, so the block shows as this network's.
    NetworkNamespace blocked(namespaces.value("client_blocked").toString());
    QVERIFY2(blocked.isEntered(), "cannot enter the client_blocked namespace (root needed)");
    const QString control = lab.json.value("addresses")
                                .toObject()
                                .value("control")
                                .toObject()
                                .value("ipv4")
                                .toString();

    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    fillServerPage(wizard, {control, 587, "587, 465, 2525", control, 2});
    WizardDriver::nextToResults(wizard);

    const QStringList found = WizardDriver::findingIds(
        wizard.findChild<QTreeView *>("resultsView")->model());
    QVERIFY2(found.contains("net.filtered"), qPrintable(found.join(' ')));
    QVERIFY2(found.contains("net.outbound_blocked"), qPrintable(found.join(' ')));
    // 465 and 2525, as hints: one finding that names both ports.
    QCOMPARE(found.count("net.open"), 1);
    const QString verdict = wizard.findChild<QLabel *>("verdictLabel")->text();
    QCOMPARE(verdict,
             QStringLiteral("Your network blocks outgoing port 587, but 465 works: switch to "
                            "port 465 with SSL/TLS."));
    // Problems only: the failures, not the open ports.
    wizard.findChild<QAbstractButton *>("problemsOnlyCheck")->setChecked(true);
    const QStringList problems = WizardDriver::findingIds(
        wizard.findChild<QTreeView *>("resultsView")->model());
    QVERIFY(!problems.contains("net.open"));
    QVERIFY(problems.contains("net.filtered"));

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(wizard.findChild<QPushButton *>("copyReportButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains("`net.outbound_blocked`"));
    QVERIFY(copied.contains("**2 problem(s)") || copied.contains("problem(s)"));
    QVERIFY2(copied.contains(QStringLiteral("> **%1**").arg(verdict)), qPrintable(copied));
    QVERIFY(copied.contains("### Connectivity"));

    const QString json = exportAs(wizard, "filtered.json");
    const auto reread = ReportFile::load(json, nullptr);
    QVERIFY(reread);
    QCOMPARE(JsonReport::write(*reread), JsonReport::write(wizard.combinedReport()));
    QFile html(exportAs(wizard, "filtered.html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(html.readAll()).contains(verdict));
    const QString pdf = exportAs(wizard, "filtered.pdf");
    QVERIFY2(pdfText(pdf).contains(withoutSpaces(verdict)), qPrintable(pdfText(pdf).left(300)));
    QCOMPARE(HistoryStore().entries().constFirst().verdict, verdict);
}

void TestResults::wrongPassword()
{
    REQUIRE_PEER(exim, "exim");
    const QByteArray wrong = "not-the-Passw0rd-42";
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    Server server{"127.0.0.1", exim.port("smtp"), {}, {}, 10};
    server.security = Target::Security::StartTls;
    server.caFile = exim.value("ca_file");
    fillServerPage(wizard, server);
    while (wizard.currentId() != DoctorWizard::TestEmailPageId) {
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);
    }
    // The real user name, a wrong password: Exim answers 535.
    QTest::keyClicks(wizard.findChild<QLineEdit *>("userEdit"), exim.value("user"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>("secretEdit"), QString::fromLatin1(wrong));
    QTest::mouseClick(wizard.findChild<QPushButton *>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.findChild<QPushButton *>("sendButton")->isEnabled()
                                 || wizard.button(QWizard::NextButton)->isEnabled(),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);
    WizardDriver::nextToResults(wizard);

    const QStringList found = WizardDriver::findingIds(
        wizard.findChild<QTreeView *>("resultsView")->model());
    QVERIFY2(found.contains("auth.failed"), qPrintable(found.join(' ')));
    QCOMPARE(found.constFirst(), QStringLiteral("auth.failed"));
    const QAbstractItemModel *model = wizard.findChild<QTreeView *>("resultsView")->model();
    QCOMPARE(model->index(0, 0).data(GroupedFindingsModel::StepRole).toInt(),
             int(ReportStep::Step::TestEmail));
    const QString verdict = wizard.findChild<QLabel *>("verdictLabel")->text();
    QVERIFY2(verdict.startsWith("Most likely cause: "), qPrintable(verdict));

    // The password reaches no report, no history file, no settings file.
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(wizard.findChild<QPushButton *>("copyReportButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains("`auth.failed`"));
    QVERIFY(!copied.contains(QString::fromLatin1(wrong)));
    const QString json = exportAs(wizard, "wrong-password.json");
    const auto reread = ReportFile::load(json, nullptr);
    QVERIFY(reread);
    QCOMPARE(JsonReport::write(*reread), JsonReport::write(wizard.combinedReport()));
    QFile html(exportAs(wizard, "wrong-password.html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray htmlBytes = html.readAll();
    QVERIFY(htmlBytes.contains(verdict.toHtmlEscaped().toUtf8()));
    const QString pdf = exportAs(wizard, "wrong-password.pdf");
    QVERIFY2(pdfText(pdf).contains(withoutSpaces(verdict)), qPrintable(pdfText(pdf).left(300)));
    wizard.close();
    QStringList written = {json, html.fileName(), pdf, SettingsStore().fileName()};
    for (const HistoryEntry &entry : HistoryStore().entries())
        written.append(entry.path);
    QVERIFY(written.size() >= 5);
    for (const QString &path : written) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(wrong), qPrintable(path));
        QVERIFY2(!content.contains(wrong.toBase64()), qPrintable(path));
    }
    QVERIFY(!pdfText(pdf).contains(QString::fromLatin1(wrong)));
}

void TestResults::openCliReport()
{
    REQUIRE_PEER(smtp, "smtp");
    // The report a user made on the server with smtp-doctor-cli.
    const QString path = m_files.filePath("from-the-server.json");
    QProcess cli;
    cli.start(qEnvironmentVariable("SMTP_DOCTOR_CLI"),
              {"diagnose",
               "--host",
               "127.0.0.1",
               "--port",
               QString::number(smtp.port("smtp")),
               "--ports",
               QString::number(smtp.port("smtp")),
               "--security",
               "none",
               "--control-host",
               "none",
               "--format",
               "json",
               "--output",
               path});
    QVERIFY2(cli.waitForFinished(60000), qPrintable(cli.errorString()));
    QCOMPARE(cli.exitCode(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList cliIds;
    for (const QJsonValue &finding :
         QJsonDocument::fromJson(file.readAll()).object().value("findings").toArray())
        cliIds.append(finding.toObject().value("id").toString());

    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    m_dialogs.fileAnswers = {path};
    QTest::keyClick(&wizard, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(m_dialogs.fileDialogsShown, 1);
    QVERIFY2(m_dialogs.errors.isEmpty(), qPrintable(m_dialogs.errors.join('\n')));
    auto *window = wizard.findChild<ReportWindow *>();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QStringList shown = WizardDriver::findingIds(window->resultsView()->findingsView()->model());
    std::sort(shown.begin(), shown.end());
    std::sort(cliIds.begin(), cliIds.end());
    QCOMPARE(shown, cliIds);
    QVERIFY(window->windowTitle().contains("from-the-server.json"));
    QVERIFY(window->findChild<QLabel *>("verdictLabel")->text().startsWith("No problem found"));
}

void TestResults::badFilesGiveAClearMessage_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray report = R"({"schema": "smtp-doctor-report/1", "target": {"host": "h"},
        "findings": [{"id": "net.open", "severity": "pass"}], "events": []})";
    QTest::newRow("empty") << QByteArray() << "empty.json is empty: it holds no report.";
    QTest::newRow("not json") << QByteArray("\x89PNG\r\n\x1a\n not json")
                              << "not json.json is not a JSON file";
    QTest::newRow("another schema")
        << QByteArray(R"({"schema": "other-tool/3", "items": []})")
        << "another schema.json is a JSON file, but not an SMTP Doctor report";
    QTest::newRow("truncated") << report.left(report.size() / 2) << "truncated.json is cut short";
}

void TestResults::badFilesGiveAClearMessage()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_files.filePath(QStringLiteral("%1.json").arg(QTest::currentDataTag()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    m_dialogs.fileAnswers = {path};
    QTest::mouseClick(wizard.findChild<QAbstractButton *>("openReportButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs.errors.size(), 1);
    QVERIFY2(m_dialogs.errors.constFirst().startsWith(message),
             qPrintable(m_dialogs.errors.constFirst()));
    QVERIFY(!wizard.findChild<ReportWindow *>());
    QVERIFY(wizard.isVisible()); // and nothing crashed
}

void TestResults::closingMidRunKeepsTheFindings()
{
    REQUIRE_PEER(silent, "silent");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    // The port opens at once; the greeting never comes, so the step runs
    // on for the whole timeout: close the window meanwhile.
    fillServerPage(wizard, {"127.0.0.1", silent.port("smtp"), {}, {}, 30});
    wizard.next();
    auto *live = wizard.findChild<QListView *>("connectivityFindings");
    QTRY_VERIFY_WITH_TIMEOUT(live->model()->rowCount() > 0, 10000);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // still running
    QVERIFY(HistoryStore().entries().isEmpty());
    QElapsedTimer clock;
    clock.start();
    wizard.close();
    QVERIFY(clock.elapsed() < 5000);

    const QList<HistoryEntry> history = HistoryStore().entries();
    QCOMPARE(history.size(), 1);
    const auto saved = ReportFile::load(history.constFirst().path, nullptr);
    QVERIFY(saved);
    QStringList savedIds;
    for (const Finding &finding : saved->findings)
        savedIds.append(finding.id);
    QVERIFY2(savedIds.contains("net.open"), qPrintable(savedIds.join(' ')));
    QVERIFY(!savedIds.contains("smtp.greeting_ok"));
}

void TestResults::closingMidTestKeepsTheFindings()
{
    REQUIRE_PEER(silent, "silent");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    // The connectivity step waits 2 s for a greeting that never comes.
    fillServerPage(wizard, {"127.0.0.1", silent.port("smtp"), {}, {}, 2});
    while (wizard.currentId() != DoctorWizard::TestEmailPageId) {
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
    }
    QCOMPARE(HistoryStore().entries().size(), 1); // the connectivity step's
    QTest::keyClicks(wizard.findChild<QLineEdit *>("fromEdit"), "app@doctor.test");
    QTest::keyClicks(wizard.findChild<QLineEdit *>("toEdit"), "support@doctor.test");
    QTest::mouseClick(wizard.findChild<QPushButton *>("sendButton"), Qt::LeftButton);
    // The test's connect succeeds, then it waits for the greeting: close.
    auto *live = wizard.findChild<QListView *>("testFindings");
    QTRY_VERIFY_WITH_TIMEOUT(live->model()->rowCount() > 0, 10000);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    wizard.close();

    const QList<HistoryEntry> history = HistoryStore().entries();
    QCOMPARE(history.size(), 1); // the same run, now with the test's findings
    const auto saved = ReportFile::load(history.constFirst().path, nullptr);
    QVERIFY(saved);
    QStringList savedIds;
    for (const Finding &finding : saved->findings)
        savedIds.append(finding.id);
    // Once from the connectivity step, once from the unfinished test.
    QCOMPARE(savedIds.count("net.open"), 2);
    QVERIFY2(savedIds.contains("smtp.no_greeting"), qPrintable(savedIds.join(' ')));
}

void TestResults::cancellingMidSweepKeepsWhatAnswered_data()
{
    QTest::addColumn<bool>("closeWindow");
    QTest::newRow("Cancel") << false;
    QTest::newRow("closing the window") << true;
}

// Issue 21: the grid has shown 465 and 2525 open while 587 still waits;
// Cancel (or closing) keeps both facts, and 587 is no answer yet, not filtered.
void TestResults::cancellingMidSweepKeepsWhatAnswered()
{
    QFETCH(bool, closeWindow);
    const PeerInfo lab = PeerInfo::load(QStringLiteral("netlab"));
    if (!lab.isValid())
        QSKIP("the firewall lab is not running: run this test through ctest, which starts it");
    if (!lab.value("skipped").isEmpty())
        QSKIP(qPrintable("firewall lab unavailable: " + lab.value("skipped")));
    // This client's firewall drops outgoing 587; the control host answers on the others.
    NetworkNamespace blocked(
        lab.json.value("namespaces").toObject().value("client_blocked").toString());
    QVERIFY2(blocked.isEntered(), "cannot enter the client_blocked namespace (root needed)");
    const QString control = lab.json.value("addresses")
                                .toObject()
                                .value("control")
                                .toObject()
                                .value("ipv4")
                                .toString();
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    fillServerPage(wizard, {control, 587, "587, 465, 2525", {}, 30});
    wizard.next();
    const QAbstractItemModel *grid = wizard.findChild<QTableView *>("portGrid")->model();
    const auto answered = [grid] {
        int cells = 0;
        for (int row = 0; row < grid->rowCount(); ++row) {
            for (int column = 0; column < grid->columnCount(); ++column)
                cells += grid->index(row, column).data().toString() == QLatin1String("open");
        }
        return cells;
    };
    QTRY_COMPARE_WITH_TIMEOUT(answered(), 2, 10000);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // 587 still waits
    if (closeWindow) {
        wizard.close();
    } else {
        QTest::mouseClick(wizard.findChild<QPushButton *>("connectivityCancelButton"),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 5000);
        const QAbstractItemModel *list = wizard.findChild<QListView *>("connectivityFindings")
                                             ->model();
        QStringList live;
        for (int row = 0; row < list->rowCount(); ++row)
            live.append(list->index(row, 0).data(FindingsModel::IdRole).toString());
        QVERIFY2(live.contains("net.cancelled_waiting"), qPrintable(live.join(' ')));
    }

    const QList<HistoryEntry> history = HistoryStore().entries();
    QCOMPARE(history.size(), 1);
    const auto saved = ReportFile::load(history.constFirst().path, nullptr);
    QVERIFY(saved);
    QStringList savedIds;
    QStringList evidence;
    for (const Finding &finding : saved->findings) {
        savedIds.append(finding.id);
        evidence += finding.evidence;
    }
    QVERIFY2(!savedIds.contains("net.filtered"), qPrintable(savedIds.join(' ')));
    QCOMPARE(savedIds.count("net.cancelled_waiting"), 1);
    QCOMPARE(savedIds.count("net.open"), 2); // 465 and 2525, as hints
    for (const quint16 port : {465, 2525}) {
        QVERIFY2(evidence.contains(QRegularExpression(
                     QStringLiteral("connect to .* port %1: open after .*").arg(port))),
                 qPrintable(evidence.join('\n')));
    }
    QVERIFY(evidence.contains(
        QRegularExpression("connect to .* port 587: no answer within \\d+ ms, cancelled")));
    // The saved run says where it stopped.
    const auto ports = std::find_if(saved->checks.cbegin(),
                                    saved->checks.cend(),
                                    [](const auto &c) { return c.name == QLatin1String("ports"); });
    QVERIFY(ports != saved->checks.cend());
    QCOMPARE(ports->status, QStringLiteral("cancelled"));
    QVERIFY(saved->stopped);
    QCOMPARE(saved->stopped->reason, RunStop::Reason::Cancelled);
    QCOMPARE(saved->stopped->step, ReportStep::Step::Connectivity);
    QVERIFY2(saved->stopped->checks.contains("ports"),
             qPrintable(saved->stopped->checks.join(' ')));
    QCOMPARE(history.constFirst().state, HistoryEntry::State::Cancelled);
}

void TestResults::settingsRememberedNeverThePassword()
{
    {
        DoctorWizard wizard(DoctorWizardSteps::instance());
        wizard.show();
        auto *providers = wizard.findChild<QComboBox *>("providerCombo");
        providers->setCurrentIndex(0); // Other SMTP server
        wizard.next();
        QTest::keyClicks(wizard.findChild<QLineEdit *>("hostEdit"), "mail.example.test");
        wizard.findChild<QSpinBox *>("portSpin")->setValue(2525);
        QTest::keyClicks(wizard.findChild<QLineEdit *>("domainEdit"), "example.test");
        // Any password field the wizard has gets a value that must never be stored.
        for (QLineEdit *edit : wizard.findChildren<QLineEdit *>()) {
            if (edit->echoMode() == QLineEdit::Password)
                edit->setText("s3cret-Passw0rd");
        }
        wizard.resize(900, 640);
        wizard.close();
    }
    SettingsStore store;
    QVERIFY2(store.fileName().contains(".qttest"), qPrintable(store.fileName()));
    QCOMPARE(store.value("server/host").toString(), QStringLiteral("mail.example.test"));
    QCOMPARE(store.value("server/port").toInt(), 2525);
    QVERIFY(!store.setValue("session/password", "s3cret-Passw0rd"));
    store.sync();
    QFile file(store.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("mail.example.test"));
    QVERIFY(!saved.contains("s3cret-Passw0rd"));
    QVERIFY(!saved.toLower().contains("password"));

    // The next start has them back, and the window's size.
    DoctorWizard again(DoctorWizardSteps::instance());
    again.show();
    again.next();
    QCOMPARE(again.findChild<QLineEdit *>("hostEdit")->text(), QStringLiteral("mail.example.test"));
    QCOMPARE(again.target().port, quint16(2525));
    QCOMPARE(again.target().domain, QStringLiteral("example.test"));
    QCOMPARE(again.size(), QSize(900, 640));
}

void TestResults::keyboardAndAccessibleNames()
{
    REQUIRE_PEER(smtp, "smtp");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    // Every input a user can reach with Tab says what it is to a screen reader.
    auto checkNames = [&wizard](const char *page) {
        for (QWidget *widget : wizard.currentPage()->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(&wizard) || widget->focusPolicy() == Qt::NoFocus
                || qobject_cast<QLabel *>(widget))
                continue;
            if (widget->parentWidget() && qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue; // a spin box's own line edit
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            const QString name = accessible->text(QAccessible::Name);
            QVERIFY2(!name.trimmed().isEmpty(),
                     qPrintable(
                         QStringLiteral("%1: %2 (%3) has no accessible name")
                             .arg(page, widget->objectName(), widget->metaObject()->className())));
        }
    };
    checkNames("welcome");
    fillServerPage(wizard, {"127.0.0.1", smtp.port("smtp"), {}, {}, 5});
    checkNames("server");
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
    checkNames("connectivity");
    while (wizard.currentId() != DoctorWizard::ResultsPageId) {
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled()
                                     || wizard.currentId() == DoctorWizard::ResultsPageId,
                                 30000);
        checkNames(QMetaEnum::fromType<DoctorWizard::PageId>().valueToKey(wizard.currentId()));
    }

    // Tab order in the pane follows it from the top: the row of filter,
    // copy and export, then the findings and their details.
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    // The page opens with the focus on its first control: the hidden table
    // of both sides must not take it (nothing would have the focus).
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QLatin1String("problemsOnlyCheck"));
    wizard.findChild<QWidget *>("problemsOnlyCheck")->setFocus();
    for (const char *next : {"copyReportButton", "exportButton", "resultsView", "detailsBrowser"}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QLatin1String(next));
    }
    // The findings' rows are named for screen readers, severity first.
    const QAbstractItemModel *model = wizard.findChild<QTreeView *>("resultsView")->model();
    QCOMPARE(model->index(0, 0, model->index(0, 0)).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("OK: ") + model->index(0, 0, model->index(0, 0)).data().toString());

    // F5 on the results: the whole diagnosis again, from the first check.
    const QString firstRun = HistoryStore().entries().constFirst().path;
    QTest::keyClick(&wizard, Qt::Key_F5);
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ConnectivityPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
    QTRY_COMPARE(HistoryStore().entries().size(), 2);
    QVERIFY(HistoryStore().entries().constFirst().path != firstRun);
}

void TestResults::highDpiIconsAndAbout()
{
    for (const auto severity : {Finding::Severity::Pass,
                                Finding::Severity::Info,
                                Finding::Severity::Warning,
                                Finding::Severity::Failure}) {
        // SVG: sharp at any scale, here a 200% screen.
        const QPixmap pixmap = SeverityIcons::icon(severity).pixmap(QSize(16, 16), 2.0);
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        QCOMPARE(pixmap.size(), QSize(32, 32));
    }
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    QVERIFY(!wizard.windowIcon().pixmap(QSize(64, 64), 2.0).isNull());
    QTest::mouseClick(wizard.findChild<QAbstractButton *>("aboutButton"), Qt::LeftButton);
    auto *about = wizard.findChild<AboutDialog *>();
    QVERIFY(about && about->isVisible());
    const QString text = about->findChild<QTextBrowser *>("aboutText")->toPlainText();
    QVERIFY(text.contains(QStringLiteral("SMTP Doctor " SMTP_DOCTOR_VERSION)));
    for (const char *licence : {"LGPL-3.0", "BSD-3-Clause", "LGPL-2.1-or-later", "Apache-2.0"})
        QVERIFY2(text.contains(QLatin1String(licence)), licence);
    for (const char *library : {"Qt 6", "libunbound", "libgsasl", "OpenSSL"})
        QVERIFY2(text.contains(QLatin1String(library)), library);
}

QTEST_MAIN(TestResults)
#include "tst_results.moc"
