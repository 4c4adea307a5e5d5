// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardButtons.h"

#include <QAbstractButton>
#include <QWizard>

void WizardButtons::addTo(QWizard *wizard)
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
}
