// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/ProfileComparison.h"

#include <QTableWidget>

// The main and the backup connection side by side: how far each got, and
// which one works. Rows are the steps, columns the two profiles.
class ProfileTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit ProfileTable(QWidget *parent = nullptr);

    void setProfiles(const ProfileComparison::Column &main,
                     const ProfileComparison::Column &backup);
};
