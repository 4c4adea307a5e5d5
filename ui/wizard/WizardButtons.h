// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWizard;

// The wizard's buttons beside Back and Next, on every page from the first:
// Open report, History and About, with their names and tooltips. What they
// do is WizardCommands', added with the steps.
class WizardButtons
{
    Q_DECLARE_TR_FUNCTIONS(WizardButtons)
public:
    static void addTo(QWizard *wizard);
};
