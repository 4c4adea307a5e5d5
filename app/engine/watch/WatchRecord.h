// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "watch/WatchAttempt.h"

#include <QList>

// What a watch run asked for and measured: the report's "watch" section.
struct WatchRecord
{
    int plannedAttempts = 0;
    qint64 intervalMs = 0;
    int messagesAllowed = 0; // attempts that may send a test message
    bool cancelled = false;  // stopped before all planned attempts ran
    QList<WatchAttempt> attempts;
};
