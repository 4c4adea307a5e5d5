// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for tests/bench/startup_bench.py: the smallest Qt Widgets
// program that shows one QWizard page, with the same startup probe as the
// real wizard, so both are timed to their first painted page the same way.

#include "StartupProbe.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    StartupProbe::installIfAsked(app); // off unless SMTP_DOCTOR_STARTUP_PROBE=1
    QWizard wizard;
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Minimal wizard"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("One page, nothing else."), page));
    wizard.addPage(page);
    wizard.show();
    return app.exec();
}
