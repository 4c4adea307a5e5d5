// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QByteArray>
#include <QString>

#include <optional>

// A run journal (RunJournal) read back into one report, as the wizard
// would have saved it: each step's latest run, in the order the steps
// began, with the report of every step that ended and, for a step still
// running when the journal stopped, every finding and event it had
// written (after the report it had when it resumed, if it did). Such a
// report is marked stopped (interrupted) at that step, with the checks that
// had logged in it.
//
// A line that does not read (the last one, cut by the kill; or one damaged
// on the disk) is skipped and counted: what surrounds it still counts.
// Without a readable header it is not a journal.
class JournalReplay
{
public:
    struct Result
    {
        Report report;
        bool finished = false; // every step begun had ended
        int skippedLines = 0;  // lines that did not read
    };

    static bool looksLikeJournal(const QByteArray &data);
    static std::optional<Result> read(const QByteArray &data, QString *error);
    static std::optional<Result> readFile(const QString &path, QString *error);
};
