// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileTable.h"

#include "findings/FindingCatalog.h"

#include <QHeaderView>

namespace {

// A step's cell: how the finding that decided it came out, and its id
// (the results list explains it).
QString cellText(const QString &id)
{
    if (id.isEmpty())
        return ProfileTable::tr("not tried");
    const Finding finding = FindingCatalog::make(id, FindingArgs(), {}, QString());
    return QStringLiteral("%1 (%2)").arg(Finding::severityLabel(finding.severity), id);
}

} // namespace

ProfileTable::ProfileTable(QWidget *parent)
    : QTableWidget(6, 2, parent)
{
    setObjectName(QStringLiteral("profileTable"));
    setAccessibleName(tr("The main and the backup connection side by side"));
    setHorizontalHeaderLabels({tr("Main connection"), tr("Backup connection")});
    setVerticalHeaderLabels({tr("Server"),
                             tr("Connection"),
                             tr("Encryption"),
                             tr("Sign-in"),
                             tr("Test message"),
                             tr("Verdict")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
}

void ProfileTable::setProfiles(const ProfileComparison::Column &main,
                               const ProfileComparison::Column &backup)
{
    const auto fill = [this](int column, const ProfileComparison::Column &profile) {
        const QStringList cells{ProfileComparison::describe(profile.target),
                                cellText(profile.connection),
                                cellText(profile.tls),
                                cellText(profile.signIn),
                                cellText(profile.message),
                                profile.works ? tr("Works") : tr("Does not work")};
        for (int row = 0; row < cells.size(); ++row) {
            auto *item = new QTableWidgetItem(cells.at(row));
            item->setData(
                Qt::AccessibleTextRole,
                QStringLiteral("%1: %2").arg(verticalHeaderItem(row)->text(), cells.at(row)));
            setItem(row, column, item);
        }
    };
    fill(0, main);
    fill(1, backup);
    resizeRowsToContents();
    setVisible(true);
}
