// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "watch/WatchRecord.h"

#include <QCoreApplication>
#include <QString>

// The watch section of the text, Markdown and HTML reports: the success ratio,
// p50/p90/max per phase and the failure classes, short enough to read first.
class WatchTable
{
    Q_DECLARE_TR_FUNCTIONS(WatchTable)
public:
    static QString text(const WatchRecord &record);
    static QString markdown(const WatchRecord &record);
    // A self-contained <section> for the HTML report (and so the PDF).
    static QString html(const WatchRecord &record);

private:
    static QString headline(const WatchRecord &record);
    static QString cell(qint64 ms);
};
