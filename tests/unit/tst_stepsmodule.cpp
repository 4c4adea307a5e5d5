// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElfNeeded.h"
#include "core/PluginModule.h"
#include "mail/MailChecks.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class WizardSteps;

// Issue 19 point 3: the wizard's first page shows without the engine's
// libraries; its steps come from the steps module (app/stepsmodule),
// loaded once that page is painted.
class TestStepsModule : public QObject
{
    Q_OBJECT
private slots:
    void wizardStartsWithoutTheEngineLibraries();
    void stepsLoadAfterTheFirstPaint();
    void aModuleThatCannotLoadSaysWhy();
};

void TestStepsModule::wizardStartsWithoutTheEngineLibraries()
{
    if (QStandardPaths::findExecutable(QStringLiteral("readelf")).isEmpty())
        QSKIP("readelf (binutils) is not installed: cannot read the programs' dynamic sections");
    const QString problem = loadedOnlyWithTheModule("SMTP_DOCTOR_STEPS_MODULE",
                                                    {QStringLiteral("libunbound"),
                                                     QStringLiteral("libgsasl"),
                                                     QStringLiteral("libpsl"),
                                                     QStringLiteral("libcrypto"),
                                                     QStringLiteral("libQt6Network"),
                                                     QStringLiteral("libQt6NetworkAuth"),
                                                     QStringLiteral("libQt6Charts"),
                                                     QStringLiteral("libqt6keychain")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestStepsModule::stepsLoadAfterTheFirstPaint()
{
    // The real program, offscreen, with a settings folder of its own; the
    // probe prints at the first paint, then once the steps are in.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("SMTP_DOCTOR_STARTUP_PROBE"), QStringLiteral("steps"));
    QProcess wizard;
    wizard.setProcessEnvironment(environment);
    wizard.start(qEnvironmentVariable("SMTP_DOCTOR_GUI"), QStringList());
    QVERIFY(wizard.waitForFinished(30000));
    const QString errors = QString::fromUtf8(wizard.readAllStandardError());
    QCOMPARE(wizard.exitStatus(), QProcess::NormalExit);
    QVERIFY2(wizard.exitCode() == 0, qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("startup-probe: wall_ns=")), qPrintable(errors));
    const QRegularExpressionMatch steps
        = QRegularExpression(
              QStringLiteral("startup-probe: steps pages=(\\d+) unbound_at_first_paint=(\\d) "
                             "unbound_now=(\\d)"))
              .match(errors);
    QVERIFY2(steps.hasMatch(), qPrintable(errors));
    QCOMPARE(steps.captured(1).toInt(), 10);          // every step, from the module
    QCOMPARE(steps.captured(2), QStringLiteral("0")); // the first page without the engine
    QCOMPARE(steps.captured(3), QStringLiteral("1")); // and the engine with the steps
}

void TestStepsModule::aModuleThatCannotLoadSaysWhy()
{
    // Nowhere to be found: each place tried is named.
    QString error;
    const PluginModule missing(QStringLiteral("smtp-doctor-nothing"), "SMTP_DOCTOR_NOTHING_MODULE");
    QVERIFY(!missing.instance(&error));
    QVERIFY2(error.contains(missing.fileName()), qPrintable(error));
    QVERIFY2(error.contains(missing.candidates().constLast()), qPrintable(error));

    // Named, but not a plugin: the loader's reason.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString notAPlugin = folder.filePath(QStringLiteral("libsmtp-doctor-broken.so"));
    QFile file(notAPlugin);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not an ELF file\n");
    file.close();
    qputenv("SMTP_DOCTOR_BROKEN_MODULE", notAPlugin.toUtf8());
    const PluginModule broken(QStringLiteral("smtp-doctor-broken"), "SMTP_DOCTOR_BROKEN_MODULE");
    QVERIFY(!broken.instance(&error));
    QVERIFY2(error.contains(notAPlugin), qPrintable(error));

    // Another module than the one asked for: the steps module is not the mail checks.
    qputenv("SMTP_DOCTOR_WRONG_MODULE", qgetenv("SMTP_DOCTOR_STEPS_MODULE"));
    const PluginModule wrong(QStringLiteral("smtp-doctor-wrong"), "SMTP_DOCTOR_WRONG_MODULE");
    QVERIFY(!wrong.load<MailChecks>(&error));
    QVERIFY2(error.contains(QStringLiteral("not the module")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestStepsModule)
#include "tst_stepsmodule.moc"
