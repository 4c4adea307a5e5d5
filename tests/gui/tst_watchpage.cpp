// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's "works sometimes" step, driven like a user would: symptom
// "works sometimes", the flaky peer's refuse-third port, the connectivity
// step, then the repeated attempts page: its live chart gets a point per
// phase and a red mark per failure, its table a row per attempt, and the
// run becomes the step's report (with the watch section) for the results
// and the history. QT_QPA_PLATFORM=offscreen.

#include "AttemptChart.h"
#include "DoctorWizard.h"
#include "DoctorWizardSteps.h"
#include "RunRecorder.h"
#include "report/HistoryStore.h"
#include "report/JsonReport.h"
#include "PeerInfo.h"
#include "ReportExporter.h"
#include "WatchPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestWatchPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chartGetsTheAttempts();
};

void TestWatchPage::initTestCase()
{
    // Settings and history in a test folder (~/.qttest), never the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestWatchPage::chartGetsTheAttempts()
{
    REQUIRE_PEER(peer, "flaky-smtp");
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // Qt Charts is set up when the page is first shown, not at start.
    QVERIFY(!wizard.findChild<AttemptChart *>());

    auto *worksSometimes = wizard.findChild<QAbstractButton *>(QStringLiteral("symptom4"));
    QVERIFY(worksSometimes);
    worksSometimes->click();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ServerPageId));
    auto *host = wizard.findChild<QLineEdit *>(QStringLiteral("hostEdit"));
    QVERIFY(host);
    host->clear();
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    const quint16 port = peer.port(QStringLiteral("refuse-third"));
    wizard.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(port);
    wizard.findChild<QComboBox *>(QStringLiteral("securityCombo"))->setCurrentIndex(0);
    auto *ports = wizard.findChild<QLineEdit *>(QStringLiteral("portsEdit"));
    ports->clear();
    QTest::keyClicks(ports, QString::number(port));
    auto *control = wizard.findChild<QLineEdit *>(QStringLiteral("controlHostEdit"));
    control->clear();
    QTest::keyClicks(control, QStringLiteral("none"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ConnectivityPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);

    // "Works sometimes": the repeated attempts come after the test e-mail
    // step, and sign in with what was typed there (no message is sent).
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::DomainPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::TestEmailPageId));
    wizard.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText("someone@doctor.test");
    wizard.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(peer.value("password"));
    wizard.findChild<QCheckBox *>(QStringLiteral("cleartextCheck"))->setChecked(true);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::WatchPageId));
    QVERIFY(wizard.findChild<AttemptChart *>(QStringLiteral("watchChart")));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("watchStatus"))
                ->text()
                .contains("sign in as someone@doctor.test"));
    auto *page = qobject_cast<WatchPage *>(wizard.currentPage());
    QVERIFY(page);
    wizard.findChild<QSpinBox *>(QStringLiteral("watchCount"))->setValue(6);
    wizard.findChild<QDoubleSpinBox *>(QStringLiteral("watchInterval"))->setValue(0);
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("watchStartButton")),
                      Qt::LeftButton);
    QVERIFY(page->isRunning());
    QVERIFY(!page->isComplete());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    QVERIFY(page->isComplete());

    // Six attempts against a port that refuses one connection in three:
    // two failures, each a red mark; the others have connect and greeting.
    AttemptChart *chart = page->chart();
    QCOMPARE(chart->failureCount(), 2);
    QVERIFY2(chart->phasePointCount() >= 2 * 4 + 2,
             qPrintable(QString::number(chart->phasePointCount())));
    QCOMPARE(wizard.findChild<QTableWidget *>(QStringLiteral("watchTable"))->rowCount(), 6);

    const Report report = wizard.combinedReport();
    QVERIFY(report.watch);
    QCOMPARE(report.watch->attempts.size(), 6);
    // The attempts that got through signed in.
    for (const WatchAttempt &attempt : report.watch->attempts) {
        if (attempt.succeeded())
            QVERIFY(attempt.ms(WatchAttempt::Phase::Auth) >= 0);
    }
    QVERIFY(std::any_of(report.findings.cbegin(), report.findings.cend(), [](const Finding &f) {
        return f.id == QLatin1String("net.intermittent");
    }));

    // The image for the HTML and PDF exports: drawn, at the asked size.
    const QImage image = chart->render(QSize(640, 360));
    QCOMPARE(image.size(), QSize(640, 360));
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            coloured += image.pixel(x, y) != qRgb(255, 255, 255);
    }
    QVERIFY2(coloured > 500, qPrintable(QString::number(coloured)));
    // The exports carry the chart: inside the HTML file as a PNG, and in
    // the PDF as an image, with the attempts' table in both.
    const QTemporaryDir exports;
    QString exportError;
    const QString html = exports.filePath(QStringLiteral("watch.html"));
    QVERIFY2(ReportExporter::write(report, html, ReportExporter::Format::Html, &exportError),
             qPrintable(exportError));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray htmlBytes = htmlFile.readAll();
    const qsizetype at = htmlBytes.indexOf("<img src=\"data:image/png;base64,");
    QVERIFY2(at > 0, htmlBytes.left(400).constData());
    const QByteArray base64 = htmlBytes.mid(at + 32, htmlBytes.indexOf('"', at + 32) - at - 32);
    QImage embedded;
    QVERIFY(embedded.loadFromData(QByteArray::fromBase64(base64), "PNG"));
    QVERIFY(embedded.width() >= 640);
    const QString pdf = exports.filePath(QStringLiteral("watch.pdf"));
    QVERIFY2(ReportExporter::write(report, pdf, ReportExporter::Format::Pdf, &exportError),
             qPrintable(exportError));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QVERIFY2(pdfBytes.contains("/Subtype /Image"), "the PDF holds no image");

    if (qEnvironmentVariableIsSet("SMTP_DOCTOR_SAVE_CHART"))
        image.save(qEnvironmentVariable("SMTP_DOCTOR_SAVE_CHART"));
    if (qEnvironmentVariableIsSet("SMTP_DOCTOR_SAVE_PAGE"))
        wizard.grab().save(qEnvironmentVariable("SMTP_DOCTOR_SAVE_PAGE"));

    // Run again and cancel: what was measured stays, as the step's report.
    wizard.findChild<QSpinBox *>(QStringLiteral("watchCount"))->setValue(500);
    wizard.findChild<QDoubleSpinBox *>(QStringLiteral("watchInterval"))->setValue(0.1);
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("watchStartButton")),
                      Qt::LeftButton);
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("watchTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() >= 3, 20000);
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("watchCancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 5000);
    const Report cancelled = wizard.combinedReport();
    QVERIFY(cancelled.watch);
    QVERIFY(cancelled.watch->cancelled);
    QCOMPARE(cancelled.watch->attempts.size(), table->rowCount());
    QVERIFY(cancelled.watch->attempts.size() >= 3 && cancelled.watch->attempts.size() < 500);
    // The chart started afresh with this run: one red mark per failed attempt.
    const auto failed = std::count_if(
        cancelled.watch->attempts.cbegin(),
        cancelled.watch->attempts.cend(),
        [](const WatchAttempt &attempt) { return !attempt.succeeded(); });
    QCOMPARE(chart->failureCount(), int(failed));

    // Saved in the history like any other run, the attempts with it.
    // (Named when the run began, which the recorder knows.)
    const QString saved = wizard.runRecorder()->lastSavedPath();
    QCOMPARE(QFileInfo(saved).absolutePath(),
             QFileInfo(HistoryStore().directory()).absoluteFilePath());
    QFile file(saved);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(saved));
    QString error;
    const auto reopened = JsonReport::read(file.readAll(), &error);
    QVERIFY2(reopened && reopened->watch, qPrintable(error));
    QCOMPARE(reopened->watch->attempts.size(), cancelled.watch->attempts.size());
    QVERIFY(reopened->watch->cancelled);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ResultsPageId));
}

QTEST_MAIN(TestWatchPage)
#include "tst_watchpage.moc"
