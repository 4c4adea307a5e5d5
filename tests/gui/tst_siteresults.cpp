// SPDX-License-Identifier: GPL-3.0-or-later
// The results step with the website's side (issue 15, points 6 and 7): the
// wizard diagnoses the firewall lab's control host from a client that
// reaches every port, smtp-doctor-cli makes its JSON report "on the web
// server" (the lab's client whose firewall drops outgoing 587), and the
// results step's "Add the server's report..." merges it. Asserted: the
// merged site.* findings, the "From this computer | From your website"
// table in the pane, the verdict that names the website, and the same
// table in the copied Markdown and the exported PDF (pdftotext).

#include "DoctorWizard.h"
#include "DoctorWizardSteps.h"
#include "FindingsModel.h"
#include "NetworkNamespace.h"
#include "PeerInfo.h"
#include "ResultsView.h"
#include "ScriptedDialogs.h"
#include "report/HistoryStore.h"
#include "report/VantageTable.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestSiteResults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void serverReportMergedIntoTheResults();
    void unreadableServerReportKeepsTheResults();

private:
    // The lab's namespace for `role`, the control host's IPv4 address.
    QString namespaceOf(const QString &role) const;
    QString controlAddress() const;
    // smtp-doctor-cli diagnose run inside `role`'s namespace, its JSON
    // report written to `path`; returns the exit status.
    int cliReportFrom(const QString &role, const QString &path) const;
    void runToResults(DoctorWizard &wizard) const;
    static QString pdfText(const QString &path);

    ScriptedDialogs m_dialogs;
    QTemporaryDir m_files;
    PeerInfo m_lab;
};

void TestSiteResults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    DialogProvider::setInstance(&m_dialogs);
    QVERIFY(m_files.isValid());
    m_lab = PeerInfo::load(QStringLiteral("netlab"));
    if (!m_lab.isValid())
        QSKIP("the firewall lab is not running: run this test through ctest, which starts it");
    if (!m_lab.value("skipped").isEmpty())
        QSKIP(qPrintable("firewall lab unavailable: " + m_lab.value("skipped")));
    QCOMPARE(m_lab.value("status"), QStringLiteral("ready"));
}

void TestSiteResults::init()
{
    QSettings().clear();
    QDir(HistoryStore().directory()).removeRecursively();
    m_dialogs = ScriptedDialogs();
}

void TestSiteResults::cleanupTestCase()
{
    DialogProvider::setInstance(nullptr);
}

QString TestSiteResults::namespaceOf(const QString &role) const
{
    return m_lab.json.value("namespaces").toObject().value(role).toString();
}

QString TestSiteResults::controlAddress() const
{
    return m_lab.json.value("addresses")
        .toObject()
        .value("control")
        .toObject()
        .value("ipv4")
        .toString();
}

int TestSiteResults::cliReportFrom(const QString &role, const QString &path) const
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    cli.start(QStringLiteral("ip"),
              {"netns",
               "exec",
               namespaceOf(role),
               qEnvironmentVariable("SMTP_DOCTOR_CLI"),
               "diagnose",
               "--host",
               controlAddress(),
               "--port",
               "587",
               "--ports",
               "587,465",
               "--security",
               "none",
               "--control-host",
               "none",
               "--timeout",
               "2",
               "--format",
               "json",
               "--output",
               path});
    if (!cli.waitForFinished(60000))
        return -1;
    return cli.exitCode();
}

void TestSiteResults::runToResults(DoctorWizard &wizard) const
{
    QCOMPARE(wizard.currentId(), int(DoctorWizard::WelcomePageId));
    wizard.next();
    QTest::keyClicks(wizard.findChild<QLineEdit *>("hostEdit"), controlAddress());
    wizard.findChild<QComboBox *>("securityCombo")->setCurrentIndex(int(Target::Security::None));
    wizard.findChild<QSpinBox *>("portSpin")->setValue(587);
    wizard.findChild<QSpinBox *>("timeoutSpin")->setValue(2);
    wizard.findChild<QLineEdit *>("portsEdit")->setText(QStringLiteral("587, 465"));
    wizard.findChild<QLineEdit *>("controlHostEdit")->clear();
    WizardDriver::nextToResults(wizard);
}

QString TestSiteResults::pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, "-"});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return {};
    // Without spaces and line breaks: the layout wraps the table's cells;
    // NFKC: the PDF's fonts set "ff" and "fi" as ligatures.
    return QString::fromUtf8(pdftotext.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .remove(QRegularExpression(QStringLiteral("\\s+")));
}

void TestSiteResults::serverReportMergedIntoTheResults()
{
    // The web server's own report: 587 dropped by its firewall, 465 open.
    const QString serverReport = m_files.filePath("from-the-web-server.json");
    QCOMPARE(cliReportFrom("client_blocked", serverReport), 1);
    QFile file(serverReport);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList serverIds;
    for (const QJsonValue &finding :
         QJsonDocument::fromJson(file.readAll()).object().value("findings").toArray())
        serverIds.append(finding.toObject().value("id").toString());
    QVERIFY2(serverIds.contains("net.filtered"), qPrintable(serverIds.join(' ')));

    NetworkNamespace client(namespaceOf("client"));
    QVERIFY2(client.isEntered(), "cannot enter the client namespace (root needed)");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    runToResults(wizard);
    auto *view = wizard.findChild<QTreeView *>("resultsView");
    auto *table = wizard.findChild<QTableWidget *>("vantageTable");
    auto *add = wizard.findChild<QPushButton *>("addServerReportButton");
    QVERIFY(view && table && add);
    QVERIFY(!WizardDriver::findingIds(view->model()).join(' ').contains("site."));
    QVERIFY(!table->isVisibleTo(&wizard)); // no website view yet
    QVERIFY(add->isEnabled());
    QVERIFY(!add->text().isEmpty() && add->text().contains('&')); // an accelerator

    m_dialogs.fileAnswers = {serverReport};
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_dialogs.fileDialogsShown, 1);
    QVERIFY2(m_dialogs.errors.isEmpty(), qPrintable(m_dialogs.errors.join('\n')));

    // The merged findings: the conclusion, and the server's facts seen from the website.
    const QStringList found = WizardDriver::findingIds(view->model());
    QVERIFY2(found.contains("site.port_blocked"), qPrintable(found.join(' ')));
    int fromSite = 0;
    for (const Finding &finding : wizard.combinedReport().findings) {
        if (finding.subject.vantage == FindingSubject::Vantage::Site) {
            ++fromSite;
            if (finding.id == QLatin1String("site.port_blocked"))
                QCOMPARE(finding.subject.port, quint16(587));
        }
    }
    QVERIFY(fromSite >= 2);
    const QString verdict = wizard.findChild<QLabel *>("verdictLabel")->text();
    QVERIFY2(verdict.startsWith("From your website port 587 is blocked; from this computer it "
                                "works"),
             qPrintable(verdict));

    // The table: 587 first and differing, 465 the same from both sides.
    QVERIFY(table->isVisibleTo(&wizard));
    QCOMPARE(table->columnCount(), 3);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), VantageTable::hereHeading());
    QCOMPARE(table->horizontalHeaderItem(2)->text(), VantageTable::siteHeading());
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("587"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("open, greets as control.lab.test"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("no answer (dropped)"));
    QVERIFY(table->item(0, 2)->font().bold());
    QCOMPARE(table->item(0, 2)->toolTip(), VantageTable::differsMark());
    // 465 opens from both; this computer also tried TLS there, the server's
    // report did not: nothing to compare, no difference claimed.
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("465"));
    QVERIFY(table->item(1, 1)->text().startsWith(QLatin1String("open")));
    QVERIFY(table->item(1, 2)->text().startsWith(QLatin1String("open")));
    QVERIFY(!table->item(1, 2)->font().bold());

    // Added twice, by its accelerator: replaced, not doubled.
    m_dialogs.fileAnswers = {serverReport};
    QTest::keyClick(&wizard, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_dialogs.fileDialogsShown, 2); // a mnemonic clicks after its animation
    QCOMPARE(WizardDriver::findingIds(view->model()).count("site.port_blocked"), 1);
    QCOMPARE(table->rowCount(), 2);

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(wizard.findChild<QPushButton *>("copyReportButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(
        copied.contains("| 587 | open, greets as control.lab.test | **no answer (dropped)** |"),
        qPrintable(copied));

    // The PDF is printed from the HTML report: the table is in it.
    const QString pdf = m_files.filePath("merged.pdf");
    m_dialogs.fileAnswers = {pdf};
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Save);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains("FromthiscomputerandfromyourwebsitePortFromthiscomputerFromyourwebsite"),
             qPrintable(text.left(600)));
    QVERIFY2(text.contains("587open,greetsascontrol.lab.testnoanswer(dropped)(differs)"),
             qPrintable(text.left(600)));
    QVERIFY(text.contains(QString(verdict).remove(QRegularExpression("\\s+"))));

    // The history keeps the merged run.
    QTRY_VERIFY(!HistoryStore().entries().isEmpty());
    QFile saved(HistoryStore().entries().constFirst().path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().contains("site.port_blocked"));
}

// A file that is no report: a clear message, this computer's results kept.
void TestSiteResults::unreadableServerReportKeepsTheResults()
{
    NetworkNamespace client(namespaceOf("client"));
    QVERIFY2(client.isEntered(), "cannot enter the client namespace (root needed)");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    runToResults(wizard);
    auto *view = wizard.findChild<QTreeView *>("resultsView");
    const QStringList before = WizardDriver::findingIds(view->model());
    const QString verdict = wizard.findChild<QLabel *>("verdictLabel")->text();
    const QString bad = m_files.filePath("login-page.json");
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><body>Please log in</body></html>");
    file.close();
    m_dialogs.fileAnswers = {bad};
    QTest::mouseClick(wizard.findChild<QPushButton *>("addServerReportButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs.errors.size(), 1);
    QVERIFY2(m_dialogs.errors.constFirst().contains("login-page.json"),
             qPrintable(m_dialogs.errors.constFirst()));
    QCOMPARE(WizardDriver::findingIds(view->model()), before);
    QCOMPARE(wizard.findChild<QLabel *>("verdictLabel")->text(), verdict);
    QVERIFY(!wizard.findChild<QTableWidget *>("vantageTable")->isVisibleTo(&wizard));
}

QTEST_MAIN(TestSiteResults)
#include "tst_siteresults.moc"
