// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DoctorWizard.h"
#include "FindingsModel.h"
#include "ReportExporter.h"
#include "SettingsStore.h"
#include "report/HistoryStore.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStringList>
#include <QTest>

// What the wizard tests do over and over: read the finding ids a step or the
// results show, and walk the wizard to its results.
namespace WizardDriver {

// The ids of a findings model, flat (a step's list) or grouped by step (the
// results), in the order shown.
inline QStringList findingIds(const QAbstractItemModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (model->rowCount(index) == 0)
            ids.append(index.data(FindingsModel::IdRole).toString());
        for (int child = 0; child < model->rowCount(index); ++child)
            ids.append(model->index(child, 0, index).data(FindingsModel::IdRole).toString());
    }
    return ids;
}

// Next through every step, each time once the step has finished its work.
inline void nextToResults(DoctorWizard &wizard)
{
    for (int step = 0; step < 8 && wizard.currentId() != DoctorWizard::ResultsPageId; ++step) {
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled()
                                     || wizard.currentId() == DoctorWizard::ResultsPageId,
                                 60000);
    }
    QCOMPARE(wizard.currentId(), int(DoctorWizard::ResultsPageId));
}

// The server step of a lab's SMTP server on 127.0.0.1: its port and
// encryption, its CA file and DNS server when it has them.
struct LabServer
{
    quint16 port = 0;
    Target::Security security = Target::Security::StartTls;
    QString caFile;
    quint16 dnsPort = 0;
};

// Shows the wizard, fills the server step for lab, goes through the
// connectivity step once it has finished and past the domain records (none
// entered) to the test e-mail step. Callers check
// QTest::currentTestFailed() after it.
inline void walkToTestEmailStep(DoctorWizard &wizard, const LabServer &lab)
{
    wizard.show();
    wizard.next();
    wizard.findChild<QLineEdit *>("hostEdit")->setText("127.0.0.1");
    wizard.findChild<QComboBox *>("securityCombo")->setCurrentIndex(int(lab.security));
    wizard.findChild<QSpinBox *>("portSpin")->setValue(lab.port);
    wizard.findChild<QLineEdit *>("portsEdit")->setText(QString::number(lab.port));
    wizard.findChild<QLineEdit *>("controlHostEdit")->clear();
    if (!lab.caFile.isEmpty())
        wizard.findChild<QLineEdit *>("caFileEdit")->setText(lab.caFile);
    if (lab.dnsPort != 0)
        wizard.findChild<QLineEdit *>("resolverEdit")
            ->setText(QStringLiteral("127.0.0.1@%1").arg(lab.dnsPort));
    wizard.next(); // connectivity
    QVERIFY(
        QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000));
    wizard.next(); // domain records: none entered
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::TestEmailPageId));
}

// The accelerator (&X) of a button or buddied label's text, or none.
inline QChar mnemonicOf(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    const auto match = mnemonic.match(text);
    return match.hasMatch() ? match.captured(1).at(0).toLower() : QChar();
}

// One letter per control on screen: the page's buttons, checkable group
// boxes and buddied labels, and the wizard's own buttons (Open report, History, About...). Callers
// check QTest::currentTestFailed() after it.
inline void verifyUniqueMnemonics(const QWidget &wizard)
{
    QStringList texts;
    for (const QAbstractButton *button : wizard.findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(&wizard))
            texts.append(button->text());
    }
    // A checkable group box's title is a control too: its letter ticks it.
    for (const QGroupBox *box : wizard.findChildren<QGroupBox *>()) {
        if (box->isCheckable() && box->isVisibleTo(&wizard))
            texts.append(box->title());
    }
    for (const QLabel *label : wizard.findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(&wizard))
            texts.append(label->text());
    }
    QHash<QChar, QString> taken;
    for (const QString &text : std::as_const(texts)) {
        const QChar letter = mnemonicOf(text);
        if (letter.isNull())
            continue;
        QVERIFY2(!taken.contains(letter),
                 qPrintable(QStringLiteral("Alt+%1 is both \"%2\" and \"%3\"")
                                .arg(letter)
                                .arg(taken.value(letter), text)));
        taken.insert(letter, text);
    }
}

// The report exported in each format into directory, appended to places as
// (path, contents): for the tests that look for what must never be written.
// Callers check QTest::currentTestFailed() after it.
inline void appendExports(const Report &report,
                          const QString &directory,
                          const QList<ReportExporter::Format> &formats,
                          QList<QPair<QString, QByteArray>> *places)
{
    for (const auto format : formats) {
        const QString path = QDir(directory).filePath(
            QStringLiteral("export.%1").arg(ReportExporter::suffix(format)));
        QString error;
        QVERIFY2(ReportExporter::write(report, path, format, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        places->append({path, file.readAll()});
    }
}

// The settings file and every history file, appended to places as (path,
// contents) after the wizard has closed; *historyFiles counts the latter.
// Callers check QTest::currentTestFailed() after it.
inline void appendSettingsAndHistory(QList<QPair<QString, QByteArray>> *places, int *historyFiles)
{
    SettingsStore().sync();
    QFile settings(SettingsStore().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    places->append({QStringLiteral("settings file"), settings.readAll()});
    *historyFiles = 0;
    for (QDirIterator history(HistoryStore().directory(), QDir::Files); history.hasNext();
         ++*historyFiles) {
        QFile file(history.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        places->append({file.fileName(), file.readAll()});
    }
}

} // namespace WizardDriver
