// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorWizard.h"
#include "DoctorWizardSteps.h"
#include "FindingsModel.h"
#include "PeerInfo.h"
#include "ReportExporter.h"
#include "SettingsStore.h"
#include "TestEmailPage.h"
#include "report/HistoryStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The keychain for real (issue 16, point 5): the wizard, offscreen, against
// a real Secret Service (gnome-keyring-daemon on a fresh keyring in its own
// D-Bus session, started by with_keyring.sh) and the scripted SMTP peer. It
// stores the password through QtKeychain, a new wizard reads it back and
// signs in with it, unticking "remember" deletes it; secret-tool (libsecret)
// looks in the keyring from outside. The settings, the history and the
// exported reports never hold it. A locked keyring: the page says so and
// the test mail goes out with the typed password all the same.
class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void storeReadBackDelete();
    void lockedKeyring();

private:
    // Walks the wizard to the test e-mail page for 127.0.0.1:port, no TLS.
    static TestEmailPage *openPage(DoctorWizard &wizard, quint16 port);
    static void send(DoctorWizard &wizard, TestEmailPage *page);
    static QStringList ids(const DoctorWizard &wizard);
    // What libsecret finds under QtKeychain's attributes (service "SMTP
    // Doctor", key "USER on HOST"); nullopt when it finds nothing.
    static std::optional<QByteArray> lookUp(const QString &user);
    // Every file the wizard wrote or exported, for the leak search.
    static QList<QPair<QString, QByteArray>> writtenFiles(const DoctorWizard &wizard,
                                                          const QString &exportDir);
    static QStringList leaks(const QList<QPair<QString, QByteArray>> &places,
                             const QByteArray &secret);
};

void TestKeychain::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("SMTP_DOCTOR_KEYRING_MISSING"))
        QSKIP(qPrintable("no keyring for this test: "
                         + qEnvironmentVariable("SMTP_DOCTOR_KEYRING_MISSING")));
    if (qEnvironmentVariable("SMTP_DOCTOR_KEYRING") != QLatin1String("ready"))
        QSKIP("no keyring for this test: run it through tests/gui/with_keyring.sh (ctest does)");
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        QSKIP("secret-tool (libsecret-tools) is missing: the keyring cannot be read from outside");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

TestEmailPage *TestKeychain::openPage(DoctorWizard &wizard, quint16 port)
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

void TestKeychain::send(DoctorWizard &wizard, TestEmailPage *page)
{
    // The scripted peer has no TLS: the user must opt in to send the password.
    wizard.findChild<QCheckBox *>("cleartextCheck")->setChecked(true);
    QTest::mouseClick(wizard.findChild<QPushButton *>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

QStringList TestKeychain::ids(const DoctorWizard &wizard)
{
    QStringList list;
    const QAbstractItemModel *model = wizard.findChild<QListView *>("testFindings")->model();
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->index(row, 0).data(FindingsModel::IdRole).toString());
    return list;
}

std::optional<QByteArray> TestKeychain::lookUp(const QString &user)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"),
                QStringLiteral("server"),
                QStringLiteral("SMTP Doctor"),
                QStringLiteral("user"),
                QStringLiteral("%1 on 127.0.0.1").arg(user)});
    if (!tool.waitForFinished(20000) || tool.exitStatus() != QProcess::NormalExit
        || tool.exitCode() != 0)
        return std::nullopt;
    return tool.readAllStandardOutput();
}

QList<QPair<QString, QByteArray>> TestKeychain::writtenFiles(const DoctorWizard &wizard,
                                                             const QString &exportDir)
{
    QList<QPair<QString, QByteArray>> places;
    const Report report = wizard.combinedReport();
    for (const auto format : {ReportExporter::Format::Markdown,
                              ReportExporter::Format::Html,
                              ReportExporter::Format::Json}) {
        const QString path = QStringLiteral("%1/export.%2")
                                 .arg(exportDir, ReportExporter::suffix(format));
        QString error;
        if (!ReportExporter::write(report, path, format, &error))
            places.append({path, "export failed: " + error.toUtf8()});
    }
    SettingsStore().sync();
    QStringList files{SettingsStore().fileName()};
    for (const QString &dir : {HistoryStore().directory(), exportDir}) {
        QDirIterator iterator(dir, QDir::Files, QDirIterator::Subdirectories);
        while (iterator.hasNext())
            files.append(iterator.next());
    }
    for (const QString &path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            places.append({path, file.readAll()});
    }
    return places;
}

QStringList TestKeychain::leaks(const QList<QPair<QString, QByteArray>> &places,
                                const QByteArray &secret)
{
    QStringList found;
    for (const auto &[where, content] : places) {
        for (const QByteArray &form :
             {secret, secret.toBase64(), secret.toHex(), secret.toHex().toUpper()}) {
            if (content.contains(form))
                found.append(QStringLiteral("%1 holds %2").arg(where, QString::fromLatin1(form)));
        }
    }
    return found;
}

void TestKeychain::storeReadBackDelete()
{
    REQUIRE_PEER(peer, "smtp-scripted");
    const QString user = peer.value("user");
    const QString password = peer.value("password");
    QVERIFY(!lookUp(user));
    const QTemporaryDir exports;
    QList<QPair<QString, QByteArray>> places;

    // Stored: "remember" ticked, then the test mail.
    {
        DoctorWizard wizard(DoctorWizardSteps::instance());
        TestEmailPage *page = openPage(wizard, peer.port("smtp"));
        QVERIFY(page);
        wizard.findChild<QLineEdit *>("fromEdit")->setText(user);
        wizard.findChild<QLineEdit *>("toEdit")->setText("someone@doctor.test");
        wizard.findChild<QLineEdit *>("userEdit")->setText(user);
        QTest::keyClicks(wizard.findChild<QLineEdit *>("secretEdit"), password);
        wizard.findChild<QCheckBox *>("rememberCheck")->setChecked(true);
        send(wizard, page);
        QVERIFY2(ids(wizard).contains("send.accepted"), qPrintable(ids(wizard).join(' ')));
        QTRY_COMPARE_WITH_TIMEOUT(lookUp(user).value_or("(nothing)"), password.toUtf8(), 20000);
        const QString status = wizard.findChild<QLabel *>("keychainStatus")->text();
        qInfo() << "keychain after storing:" << status;
        QVERIFY(!status.isEmpty());
        wizard.next(); // results
        places += writtenFiles(wizard, exports.path());
        wizard.close(); // the history gets the run, the settings the fields
    }

    // Read back: a new wizard fills the password from the keychain and
    // signs in with it; then "remember" unticked deletes it.
    {
        DoctorWizard wizard(DoctorWizardSteps::instance());
        TestEmailPage *page = openPage(wizard, peer.port("smtp"));
        QVERIFY(page);
        QCOMPARE(wizard.findChild<QLineEdit *>("userEdit")->text(), user);
        QVERIFY(wizard.findChild<QCheckBox *>("rememberCheck")->isChecked());
        auto *secret = wizard.findChild<QLineEdit *>("secretEdit");
        QTRY_COMPARE_WITH_TIMEOUT(secret->text(), password, 20000);
        qInfo() << "keychain on a new start:"
                << wizard.findChild<QLabel *>("keychainStatus")->text();
        send(wizard, page);
        QVERIFY2(ids(wizard).contains("auth.ok"), qPrintable(ids(wizard).join(' ')));

        wizard.findChild<QCheckBox *>("rememberCheck")->setChecked(false);
        send(wizard, page);
        QTRY_VERIFY_WITH_TIMEOUT(!lookUp(user), 20000);
        wizard.next();
        places += writtenFiles(wizard, exports.path());
        wizard.close();
    }

    // Deleted: the next start has no password to offer.
    {
        DoctorWizard wizard(DoctorWizardSteps::instance());
        TestEmailPage *page = openPage(wizard, peer.port("smtp"));
        QVERIFY(page);
        QVERIFY(!wizard.findChild<QCheckBox *>("rememberCheck")->isChecked());
        QTest::qWait(1000); // time for a load that must not come
        QVERIFY(wizard.findChild<QLineEdit *>("secretEdit")->text().isEmpty());
    }
    QVERIFY(places.size() >= 4);
    const QStringList leaked = leaks(places, password.toUtf8());
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join('\n')));
}

void TestKeychain::lockedKeyring()
{
    REQUIRE_PEER(peer, "smtp-scripted");
    const QString user = peer.value("user");
    const QString password = peer.value("password");
    // Something saved, then the keyring locked as a screen lock would; with
    // no display its unlock prompt cannot appear, so access fails.
    {
        DoctorWizard wizard(DoctorWizardSteps::instance());
        TestEmailPage *page = openPage(wizard, peer.port("smtp"));
        QVERIFY(page);
        wizard.findChild<QLineEdit *>("userEdit")->setText(user);
        QTest::keyClicks(wizard.findChild<QLineEdit *>("secretEdit"), password);
        wizard.findChild<QCheckBox *>("rememberCheck")->setChecked(true);
        wizard.findChild<QLineEdit *>("fromEdit")->setText(user);
        wizard.findChild<QLineEdit *>("toEdit")->setText("someone@doctor.test");
        send(wizard, page);
        QTRY_VERIFY_WITH_TIMEOUT(lookUp(user).has_value(), 20000);
        wizard.close();
    }
    QProcess lock;
    lock.start(QStringLiteral("gdbus"),
               {"call",
                "--session",
                "--dest",
                "org.freedesktop.secrets",
                "--object-path",
                "/org/freedesktop/secrets",
                "--method",
                "org.freedesktop.Secret.Service.Lock",
                QStringLiteral("[objectpath '%1']")
                    .arg(qEnvironmentVariable("SMTP_DOCTOR_KEYRING_COLLECTION"))});
    QVERIFY(lock.waitForFinished(20000));
    QVERIFY2(lock.exitCode() == 0, lock.readAllStandardError().constData());
    QVERIFY2(!lookUp(user), "the keyring still answers after the lock");

    DoctorWizard wizard(DoctorWizardSteps::instance());
    TestEmailPage *page = openPage(wizard, peer.port("smtp"));
    QVERIFY(page);
    QVERIFY(wizard.findChild<QCheckBox *>("rememberCheck")->isChecked());
    auto *status = wizard.findChild<QLabel *>("keychainStatus");
    // The page says that the keychain could not give the password...
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty(), 20000);
    qInfo() << "keychain locked, on start:" << status->text();
    // libsecret reports a locked keyring as "nothing found": the words must
    // not claim that nothing was saved.
    QVERIFY2(status->text().contains("locked"), qPrintable(status->text()));
    QVERIFY(status->isVisibleTo(page));
    auto *secret = wizard.findChild<QLineEdit *>("secretEdit");
    QVERIFY(secret->text().isEmpty());
    // ...and carries on: the password typed again signs in, and storing it
    // again fails in words, not in silence or a hang.
    status->clear();
    QTest::keyClicks(secret, password);
    send(wizard, page);
    QVERIFY2(ids(wizard).contains("auth.ok") && ids(wizard).contains("send.accepted"),
             qPrintable(ids(wizard).join(' ')));
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty(), 20000);
    qInfo() << "keychain locked, on storing:" << status->text();
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(secret->text(), password);
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
