// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElfNeeded.h"
#include "MessageSamples.h"
#include "mail/MailChecks.h"
#include "mail/MailModule.h"
#include "message/MessageDiagnosis.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// Issue 19 point 3: the wizard starts without GMime, libopendkim,
// libopendmarc and libetpan; its message and fetch-back checks come from the
// mail module (app/mailmodule), loaded on first use, and say what the
// engine's own classes say.
class TestMailModule : public QObject
{
    Q_OBJECT
private slots:
    void wizardStartsWithoutTheMailLibraries();
    void moduleChecksAMessageAsTheEngineDoes();
};

namespace {

QStringList idsOf(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &finding : findings)
        ids.append(finding.id);
    return ids;
}

} // namespace

void TestMailModule::wizardStartsWithoutTheMailLibraries()
{
    if (QStandardPaths::findExecutable(QStringLiteral("readelf")).isEmpty())
        QSKIP("readelf (binutils) is not installed: cannot read the programs' dynamic sections");
    const QString problem = loadedOnlyWithTheModule("SMTP_DOCTOR_MAIL_MODULE",
                                                    {QStringLiteral("libgmime"),
                                                     QStringLiteral("libopendkim"),
                                                     QStringLiteral("libopendmarc"),
                                                     QStringLiteral("libetpan")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestMailModule::moduleChecksAMessageAsTheEngineDoes()
{
    QString error;
    const MailChecks *checks = MailModule::checks(&error);
    QVERIFY2(checks, qPrintable(error));
    QVERIFY(!checks->messageInputProblem(QByteArray()).isEmpty());
    QCOMPARE(checks->messageInputProblem(messageSample(QStringLiteral("not-a-message.txt"))),
             MessageDiagnosis::inputProblem(messageSample(QStringLiteral("not-a-message.txt"))));
    const QByteArray source = messageSample(QStringLiteral("quarantined.eml"));
    QCOMPARE(checks->messageInputProblem(source), QString());

    MessageDiagnosis::Options options;
    options.checkAgain = false; // what the message says: no DNS
    MessageJob *fromModule = checks->newMessageDiagnosis(source, options, this);
    MessageDiagnosis linked(source, options);
    QSignalSpy moduleDone(fromModule, &MessageJob::finished);
    QSignalSpy linkedDone(&linked, &MessageDiagnosis::finished);
    fromModule->start();
    linked.start();
    QVERIFY(fromModule->isRunning());
    QVERIFY(moduleDone.wait(5000));
    QVERIFY(linkedDone.count() == 1 || linkedDone.wait(5000));
    QCOMPARE(moduleDone.count(), 1);
    QVERIFY(!fromModule->isRunning());
    QVERIFY(!fromModule->report().findings.isEmpty());
    QCOMPARE(idsOf(fromModule->report().findings), idsOf(linked.report().findings));
    delete fromModule;
}

QTEST_GUILESS_MAIN(TestMailModule)
#include "tst_mailmodule.moc"
