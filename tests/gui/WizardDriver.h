// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DoctorWizard.h"
#include "FindingsModel.h"

#include <QAbstractItemModel>
#include <QAbstractButton>
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

} // namespace WizardDriver
