// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardCommands.h"

#include "AboutDialog.h"
#include "DialogProvider.h"
#include "DoctorWizard.h"
#include "HistoryDialog.h"
#include "ReportWindow.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>

WizardCommands::WizardCommands(DoctorWizard *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
{
    wizard->setButtonText(QWizard::CustomButton1, tr("&Open report..."));
    wizard->setButtonText(QWizard::CustomButton2, tr("&History..."));
    wizard->setButtonText(QWizard::CustomButton3, tr("&About"));
    wizard->setOption(QWizard::HaveCustomButton1, true);
    wizard->setOption(QWizard::HaveCustomButton2, true);
    wizard->setOption(QWizard::HaveCustomButton3, true);
    wizard->setButtonLayout({QWizard::CustomButton1,
                             QWizard::CustomButton2,
                             QWizard::CustomButton3,
                             QWizard::Stretch,
                             QWizard::BackButton,
                             QWizard::NextButton,
                             QWizard::CommitButton,
                             QWizard::FinishButton,
                             QWizard::CancelButton});
    const QList<QPair<QWizard::WizardButton, const char *>> names = {
        {QWizard::CustomButton1, "openReportButton"},
        {QWizard::CustomButton2, "historyButton"},
        {QWizard::CustomButton3, "aboutButton"},
    };
    for (const auto &[button, name] : names)
        wizard->button(button)->setObjectName(QLatin1String(name));
    wizard->button(QWizard::CustomButton1)
        ->setToolTip(
            tr("Open a JSON report, for example one made by smtp-doctor-cli on a server (Ctrl+O)"));
    wizard->button(QWizard::CustomButton2)->setToolTip(tr("Reopen an earlier run (Ctrl+H)"));

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
