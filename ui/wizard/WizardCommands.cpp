// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardCommands.h"

#include "AboutDialog.h"
#include "DialogProvider.h"
#include "DoctorWizard.h"
#include "HistoryDialog.h"
#include "ReportWindow.h"

#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>

WizardCommands::WizardCommands(DoctorWizard *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
{
    // The buttons are WizardButtons', there from the first page.
    connect(wizard, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            openReport();
        else if (which == QWizard::CustomButton2)
            showHistory();
        else if (which == QWizard::CustomButton3)
            showAbout();
    });
    auto *open = new QShortcut(QKeySequence::Open, wizard);
    connect(open, &QShortcut::activated, this, [this] { openReport(); });
    auto *history = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), wizard);
    connect(history, &QShortcut::activated, this, &WizardCommands::showHistory);
    auto *rerun = new QShortcut(QKeySequence::Refresh, wizard);
    connect(rerun, &QShortcut::activated, this, &WizardCommands::runAgain);
}

ReportWindow *WizardCommands::openReport()
{
    const QString path = DialogProvider::instance().openFileName(
        m_wizard,
        tr("Open a report"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        {tr("SMTP Doctor reports (*.json)"), tr("All files (*)")});
    if (path.isEmpty())
        return nullptr;
    return ReportWindow::openFile(path, m_wizard);
}

void WizardCommands::showHistory()
{
    auto *dialog = new HistoryDialog(QString(), m_wizard);
    dialog->show();
}

void WizardCommands::showAbout()
{
    auto *dialog = new AboutDialog(m_wizard);
    dialog->show();
}

void WizardCommands::runAgain()
{
    // A step that runs checks has its own Run again button.
    QWizardPage *page = m_wizard->currentPage();
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->objectName().endsWith(QLatin1String("RerunButton")) && button->isEnabled()
            && button->isVisibleTo(page)) {
            button->click();
            return;
        }
    }
    if (m_wizard->currentId() != DoctorWizard::ResultsPageId
        || !m_wizard->visitedIds().contains(DoctorWizard::ServerPageId))
        return;
    // From the results: back to the settings, then forward again, which
    // starts every step afresh with the same settings.
    while (m_wizard->currentId() != DoctorWizard::ServerPageId)
        m_wizard->back();
    m_wizard->next();
}
