// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Reads a JSON report from disk (a history entry, or one made by
// smtp-doctor-cli on a server) and, when it cannot, says why in words a
// user can act on: empty, cut short, not JSON, or JSON of something else.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(ReportFile)
public:
    static constexpr qint64 maximumSize = 64 * 1024 * 1024;

    static std::optional<Report> load(const QString &path, QString *error);
};
