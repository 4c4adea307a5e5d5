// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorWizard.h"
#include "DoctorWizardSteps.h"
#include "findings/FindingCatalog.h"
#include "SettingsStore.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWizardPage>

// Switching the interface to French: the wizard's own strings, Qt's (the
// wizard buttons, from qtbase_fr) and a finding's texts; and back.
class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void french();
    void englishAgain();
    void choosingALanguageReopensTheWizard();
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestLanguage::cleanupTestCase()
{
    Translations::install(*qApp, QStringLiteral("en"));
}

void TestLanguage::french()
{
    QVERIFY(Translations::install(*qApp, QStringLiteral("fr")));
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Que se passe-t-il\u00a0?"));
    // Qt's own strings come from qtbase_fr.
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Suivant >"));
    QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("Annuler"));
    const Finding filtered = FindingCatalog::make(
        QStringLiteral("net.filtered"),
        {QStringLiteral("192.0.2.1"), QStringLiteral("587")},
        {},
        QStringLiteral("smtp"));
    QVERIFY2(filtered.title.startsWith(QStringLiteral("Aucune r")), qPrintable(filtered.title));
    QVERIFY(filtered.title.contains(QStringLiteral("587")));
    QVERIFY(!filtered.advice.isEmpty());
    QVERIFY2(!filtered.advice.first().contains(QStringLiteral(" the ")),
             qPrintable(filtered.advice.first()));
    QCOMPARE(Finding::severityLabel(Finding::Severity::Failure), QStringLiteral("Probl\u00e8me"));
}

void TestLanguage::englishAgain()
{
    QVERIFY(Translations::install(*qApp, QStringLiteral("en")));
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    QCOMPARE(wizard.currentPage()->title(), QStringLiteral("What is happening?"));
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Next >"));
    QCOMPARE(FindingCatalog::make(QStringLiteral("net.filtered"),
                                  {QStringLiteral("192.0.2.1"), QStringLiteral("587")},
                                  {},
                                  QStringLiteral("smtp"))
                 .title,
             QStringLiteral("No answer from port 587 on 192.0.2.1"));
}

void TestLanguage::choosingALanguageReopensTheWizard()
{
    // The choice on the first page is remembered, and the wizard closes to
    // reopen in it (main() does the reopening).
    DoctorWizard wizard(DoctorWizardSteps::instance());
    wizard.show();
    auto *language = wizard.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(language);
    QVERIFY(!wizard.requestedLanguage());
    const int french = language->findData(QStringLiteral("fr"));
    QVERIFY(french > 0);
    language->setCurrentIndex(french);
    emit language->activated(french);
    QCOMPARE(wizard.requestedLanguage().value_or(QString()), QStringLiteral("fr"));
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(SettingsStore().language(), QStringLiteral("fr"));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
