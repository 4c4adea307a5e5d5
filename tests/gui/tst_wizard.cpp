// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorWizard.h"
#include "DoctorWizardSteps.h"
#include "SettingsStore.h"
#include "core/TargetBuilder.h"
#include "FindingsModel.h"
#include "InputIssuesView.h"
#include "PeerInfo.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

// The real wizard, driven by object name as a user would, against real
// test servers on loopback (QT_QPA_PLATFORM=offscreen).
class TestWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void wholeRunAgainstAGoodServer();
    void rejectedGreetingLeadsTheVerdict();
    void badResolverBlocksNext();
    void targetFollowsTheCliRules();
    void presetFillsTheServerPage();
    void oneClickFixes();
    void portGridFillsLive();
    void domainRecordsStep();
    void detectSettings();
    void versionWithoutDisplay();
    void windowIconFromThePackagePngs();
    void laterStepsBuiltAfterTheFirstPaint();

private:
    static void fillServerPage(DoctorWizard &wizard, quint16 port);
    static void snapshot(QWidget &widget, const QString &name);
};

void TestWizard::initTestCase()
{
    // Settings and history in a test folder (~/.qttest), never the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestWizard::init()
{
    // Each test starts as on a first run: nothing remembered.
    QSettings().clear();
}

void TestWizard::fillServerPage(DoctorWizard &wizard, quint16 port)
{
    QCOMPARE(wizard.currentId(), int(DoctorWizard::WelcomePageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ServerPageId));
    auto *host = wizard.findChild<QLineEdit *>("hostEdit");
    auto *portSpin = wizard.findChild<QSpinBox *>("portSpin");
    auto *security = wizard.findChild<QComboBox *>("securityCombo");
    QVERIFY(host && portSpin && security);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // the host is required
    QTest::keyClicks(host, "127.0.0.1");
    security->setCurrentIndex(int(Target::Security::None));
    portSpin->setValue(port);
    // Only the server's own port, and no reference host: loopback only.
    auto *ports = wizard.findChild<QLineEdit *>("portsEdit");
    ports->clear();
    QTest::keyClicks(ports, QString::number(port));
    wizard.findChild<QLineEdit *>("controlHostEdit")->clear();
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard.target().controlHost.isEmpty());
    QCOMPARE(wizard.target().port, port);
    QCOMPARE(wizard.target().security, Target::Security::None);
}

// With SMTP_DOCTOR_SCREENSHOT_DIR set, each step the test reaches is saved
// as a PNG there: the real wizard, rendered offscreen.
void TestWizard::snapshot(QWidget &widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("SMTP_DOCTOR_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QTest::qWait(50); // widgets added a moment ago are shown by the event loop
    QVERIFY(widget.grab().save(directory + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestWizard::wholeRunAgainstAGoodServer()
{
    REQUIRE_PEER(smtp, "smtp");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    fillServerPage(wizard, smtp.port("smtp"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ConnectivityPageId));
    auto *live = wizard.findChild<QListView *>("connectivityFindings");
    QVERIFY(live);
    // Next waits for the check; then the findings are in the live list.
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    QCOMPARE(WizardDriver::findingIds(live->model()),
             QStringList({"net.open", "smtp.greeting_ok"}));
    QVERIFY(wizard.findChild<QLabel *>("connectivityStatus")->text().contains("no problem"));

    wizard.next(); // domain records
    wizard.next(); // test e-mail
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ResultsPageId));
    auto *results = wizard.findChild<QAbstractItemView *>("resultsView");
    QCOMPARE(WizardDriver::findingIds(results->model()),
             QStringList({"net.open", "smtp.greeting_ok"}));
    QVERIFY(wizard.findChild<QLabel *>("verdictLabel")->text().startsWith("No problem found"));

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(wizard.findChild<QPushButton *>("copyReportButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    // Markdown, ready for a support ticket.
    QVERIFY2(copied.startsWith("## SMTP Doctor: 127.0.0.1 port"), qPrintable(copied.left(80)));
    QVERIFY(copied.contains("`smtp.greeting_ok`"));
    QVERIFY(copied.contains(QStringLiteral("127.0.0.1 port %1").arg(smtp.port("smtp"))));
}

void TestWizard::rejectedGreetingLeadsTheVerdict()
{
    REQUIRE_PEER(reject, "smtp-reject");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    fillServerPage(wizard, reject.port("smtp"));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    wizard.next();
    wizard.next();
    wizard.next();
    auto *results = wizard.findChild<QAbstractItemView *>("resultsView");
    // Worst first.
    QCOMPARE(WizardDriver::findingIds(results->model()),
             QStringList({"smtp.rejected_greeting", "net.open"}));
    const QString verdict = wizard.findChild<QLabel *>("verdictLabel")->text();
    QVERIFY2(verdict.startsWith("Most likely cause: The server on 127.0.0.1"), qPrintable(verdict));
    QVERIFY(verdict.contains("Next step:"));

    auto *problemsOnly = wizard.findChild<QCheckBox *>("problemsOnlyCheck");
    problemsOnly->setChecked(true);
    QCOMPARE(WizardDriver::findingIds(results->model()), QStringList({"smtp.rejected_greeting"}));
    problemsOnly->setChecked(false);
    QCOMPARE(WizardDriver::findingIds(results->model()).size(), 2);
}

void TestWizard::badResolverBlocksNext()
{
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    wizard.next();
    QTest::keyClicks(wizard.findChild<QLineEdit *>("hostEdit"), "mail.example.com");
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(wizard.findChild<QLineEdit *>("resolverEdit"), "not-an-address");
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard.findChild<QLabel *>("resolverError")->isVisibleTo(&wizard));
    auto *resolver = wizard.findChild<QLineEdit *>("resolverEdit");
    resolver->clear();
    QTest::keyClicks(resolver, "127.0.0.1@5353");
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.target().resolver->port, quint16(5353));

    auto *ports = wizard.findChild<QLineEdit *>("portsEdit");
    QTest::keyClicks(ports, ", smtp");
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard.findChild<QLabel *>("portsError")->isVisibleTo(&wizard));
    ports->setText("25, 2525");
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.target().extraPorts, QList<quint16>({25, 2525}));
}

// The wizard builds its target with the CLI's TargetBuilder: the same typed
// values give the same target (the domain in its ASCII form, as --domain does).
void TestWizard::targetFollowsTheCliRules()
{
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    wizard.next();
    QTest::keyClicks(wizard.findChild<QLineEdit *>("hostEdit"), " mail.example.com ");
    // setText: QTest types ASCII only.
    wizard.findChild<QLineEdit *>("domainEdit")->setText("Bücher.Example");
    QTest::keyClicks(wizard.findChild<QLineEdit *>("selectorsEdit"), "s1, s2");
    const Target target = wizard.target();
    TargetBuilder::Input typed;
    typed.host = " mail.example.com ";
    typed.port = "587";
    typed.security = "starttls";
    typed.controlHost = Target::defaultControlHost();
    typed.domain = "Bücher.Example";
    typed.dkimSelectors = {"s1, s2"};
    const Target cli = TargetBuilder::build(typed).target;
    QCOMPARE(target.domain, QStringLiteral("xn--bcher-kva.example"));
    QCOMPARE(target.domain, cli.domain);
    QCOMPARE(target.host, cli.host);
    QCOMPARE(target.dkimSelectors, cli.dkimSelectors);
    QCOMPARE(target.controlHost, cli.controlHost);
    // An empty reference host field means none, as its placeholder says.
    wizard.findChild<QLineEdit *>("controlHostEdit")->clear();
    QVERIFY(wizard.target().controlHost.isEmpty());
}

void TestWizard::presetFillsTheServerPage()
{
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    auto *providers = wizard.findChild<QComboBox *>("providerCombo");
    QVERIFY(providers->count() > 20);
    providers->setCurrentIndex(providers->findData("postmark"));
    wizard.next();
    QCOMPARE(wizard.findChild<QLineEdit *>("hostEdit")->text(),
             QStringLiteral("smtp.postmarkapp.com"));
    QCOMPARE(wizard.target().port, quint16(587));
    QCOMPARE(wizard.target().security, Target::Security::StartTls);
    auto *hint = wizard.findChild<QLabel *>("providerHint");
    QVERIFY(hint->isVisibleTo(&wizard));
    QVERIFY(hint->text().contains("No implicit-TLS port"));

    // Coming back keeps what the user changed on the server page.
    wizard.findChild<QSpinBox *>("portSpin")->setValue(2525);
    wizard.back();
    wizard.next();
    QCOMPARE(wizard.target().port, quint16(2525));

    // An unconfirmed setting is shown as such.
    wizard.back();
    providers->setCurrentIndex(providers->findData("yahoo"));
    wizard.next();
    QVERIFY(hint->text().contains("587 (not confirmed)"));
}

void TestWizard::oneClickFixes()
{
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    wizard.next();
    auto *host = wizard.findChild<QLineEdit *>("hostEdit");
    QTest::keyClicks(host, "https://gmail.com:465");
    // Each mistake is named, with its fix one click away.
    for (const char *id : {"input.host_scheme", "input.host_with_port"})
        QVERIFY2(wizard.findChild<QLabel *>(QStringLiteral("issue_") + id), id);
    snapshot(wizard, "2-server-issues");
    QTest::mouseClick(wizard.findChild<QPushButton *>("fix_input.host_scheme"), Qt::LeftButton);
    QCOMPARE(host->text(), QStringLiteral("gmail.com:465"));
    QTest::mouseClick(wizard.findChild<QPushButton *>("fix_input.host_with_port"), Qt::LeftButton);
    QCOMPARE(host->text(), QStringLiteral("gmail.com"));
    QCOMPARE(wizard.target().port, quint16(465));
    // 465 with STARTTLS: the security fix comes next, then the mail domain.
    QTest::mouseClick(wizard.findChild<QPushButton *>("fix_input.port_security_mismatch"),
                      Qt::LeftButton);
    QCOMPARE(wizard.target().security, Target::Security::Tls);
    auto *useSmtpHost = wizard.findChild<QPushButton *>("fix_input.host_is_mail_domain");
    QVERIFY(useSmtpHost->text().contains("smtp.gmail.com"));
    QTest::mouseClick(useSmtpHost, Qt::LeftButton);
    QCOMPARE(host->text(), QStringLiteral("smtp.gmail.com"));
    QCOMPARE(wizard.findChild<InputIssuesView *>("inputIssues")->issueCount(), 0);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // A name that cannot be one blocks Next until it is mended.
    host->setText("smtp_relay.example.com");
    QVERIFY(wizard.findChild<QLabel *>("issue_input.host_invalid"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void TestWizard::portGridFillsLive()
{
    REQUIRE_PEER(smtp, "smtp");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    fillServerPage(wizard, smtp.port("smtp"));
    // A second port on which nothing listens: the grid shows both.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    wizard.findChild<QLineEdit *>("portsEdit")->setText(QString::number(closedPort));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    const QAbstractItemModel *grid = wizard.findChild<QTableView *>("portGrid")->model();
    QCOMPARE(grid->rowCount(), 1);
    QCOMPARE(grid->columnCount(), 2);
    QCOMPARE(grid->headerData(0, Qt::Vertical).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(grid->index(0, 0).data().toString(), QStringLiteral("open"));
    QCOMPARE(grid->index(0, 1).data().toString(), QStringLiteral("refused"));
    QVERIFY(grid->index(0, 1)
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(QString::number(closedPort)));
}

void TestWizard::domainRecordsStep()
{
    REQUIRE_PEER(smtp, "smtp");
    REQUIRE_PEER(dns, "dns-domains");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    fillServerPage(wizard, smtp.port("smtp"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>("domainEdit"), "spf-notauth.test");
    QTest::keyClicks(wizard.findChild<QLineEdit *>("resolverEdit"),
                     QStringLiteral("127.0.0.1@%1").arg(dns.port("dns")));
    snapshot(wizard, "2-server");
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    snapshot(wizard, "3-connectivity");
    // The connectivity step leaves the records to their own step.
    QVERIFY(
        !WizardDriver::findingIds(wizard.findChild<QListView *>("connectivityFindings")->model())
             .join(' ')
             .contains("domain."));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::DomainPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
    snapshot(wizard, "4-domain");
    const QStringList domainIds = WizardDriver::findingIds(
        wizard.findChild<QListView *>("domainFindings")->model());
    QVERIFY2(domainIds.contains("domain.spf_not_authorized"), qPrintable(domainIds.join(' ')));
    QVERIFY(wizard.findChild<QTableView *>(
        "portGrid", Qt::FindChildrenRecursively)); // the grid lives on the other step
    wizard.next();
    wizard.next();
    // The results hold both steps, the SPF problem first.
    snapshot(wizard, "6-results");
    const QStringList all = WizardDriver::findingIds(
        wizard.findChild<QAbstractItemView *>("resultsView")->model());
    QVERIFY(all.contains("smtp.greeting_ok"));
    QCOMPARE(all.constFirst(), QStringLiteral("domain.spf_not_authorized"));
    QVERIFY(wizard.findChild<QLabel *>("verdictLabel")->text().contains("spf-notauth.test"));
}

void TestWizard::detectSettings()
{
    REQUIRE_PEER(dns, "dns-domains");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    wizard.next();
    QTest::keyClicks(wizard.findChild<QLineEdit *>("resolverEdit"),
                     QStringLiteral("127.0.0.1@%1").arg(dns.port("dns")));
    auto *status = wizard.findChild<QLabel *>("detectStatus");
    QTest::mouseClick(wizard.findChild<QPushButton *>("detectButton"), Qt::LeftButton);
    QVERIFY(status->text().contains("sender domain first"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>("domainEdit"), "srv.test");
    QTest::mouseClick(wizard.findChild<QPushButton *>("detectButton"), Qt::LeftButton);
    // RFC 6186: implicit TLS on 465 is offered first, STARTTLS on 587 too.
    QTRY_COMPARE_WITH_TIMEOUT(
        wizard.findChild<QLineEdit *>("hostEdit")->text(), QStringLiteral("mail.srv.test"), 10000);
    QCOMPARE(wizard.target().port, quint16(465));
    QCOMPARE(wizard.target().security, Target::Security::Tls);
    QVERIFY(status->text().contains("587"));
}

// Issue 19 point 3: the window icon is the package's PNGs, read at their
// sizes without the SVG icon engine or format detection (DoctorWizard).
void TestWizard::windowIconFromThePackagePngs()
{
    DoctorWizard wizard(DoctorWizardSteps::instance());
    const QIcon icon = wizard.windowIcon();
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (const int size : {16, 32, 48, 64})
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    // Decoded, and drawn: not an empty transparent square.
    const QImage image = icon.pixmap(QSize(64, 64)).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            opaque += image.pixelColor(x, y).alpha() > 0 ? 1 : 0;
    }
    QVERIFY2(opaque > 64 * 64 / 4, qPrintable(QString::number(opaque)));
}

// Issue 19 point 3: only the first two pages are made at start; the other
// steps once the first page is painted, or when Next is pressed before that.
void TestWizard::laterStepsBuiltAfterTheFirstPaint()
{
    // As the application's wizard (with the steps module): the welcome page
    // alone until it is painted.
    const auto afterPaint = DoctorWizard::StepsAdded::AfterFirstPaint;
    const QString hostKey = SettingsStore::keyForField(QStringLiteral("host"));
    QSettings().setValue(hostKey, QStringLiteral("mail.example.test"));
    {
        // Closed before the steps came: what was remembered stays.
        DoctorWizard wizard(DoctorWizardSteps::instance(), afterPaint);
        wizard.reject();
    }
    QCOMPARE(QSettings().value(hostKey).toString(), QStringLiteral("mail.example.test"));
    {
        DoctorWizard wizard(DoctorWizardSteps::instance(), afterPaint);
        QCoreApplication::processEvents();
        QCOMPARE(wizard.pageIds(), QList<int>{DoctorWizard::WelcomePageId});
        QVERIFY(!wizard.session());
        QVERIFY(!wizard.runRecorder());
        // The buttons beside Back and Next are there from the first page.
        QVERIFY(wizard.findChild<QAbstractButton *>("historyButton"));
        QVERIFY(wizard.button(QWizard::CustomButton2)->isVisibleTo(&wizard));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_COMPARE(wizard.pageIds().size(), 10);
        QVERIFY(wizard.session() && wizard.runRecorder());
        QVERIFY(wizard.findChild<QLineEdit *>("fromEdit"));
        QCOMPARE(wizard.currentId(), int(DoctorWizard::WelcomePageId));
        // The server page's remembered fields are restored once it exists.
        QCOMPARE(wizard.field(QStringLiteral("host")).toString(),
                 QStringLiteral("mail.example.test"));
    }
    DoctorWizard wizard(DoctorWizardSteps::instance(), afterPaint);
    wizard.show();
    wizard.next(); // before any paint
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ServerPageId));
    QCOMPARE(wizard.pageIds().size(), 10);
    QCOMPARE(wizard.field(QStringLiteral("host")).toString(), QStringLiteral("mail.example.test"));
    // Built once: the queued build that follows the first paint adds nothing.
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::qWait(50);
    QCOMPARE(wizard.findChildren<QLineEdit *>("fromEdit").size(), 1);
}

void TestWizard::versionWithoutDisplay()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(name);
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("SMTP_DOCTOR_GUI"), {"--version"});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("smtp-doctor 0."));

    // Without --version and without a display: a clear message, no crash.
    process.start(qEnvironmentVariable("SMTP_DOCTOR_GUI"), QStringList());
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("smtp-doctor-cli"));
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
