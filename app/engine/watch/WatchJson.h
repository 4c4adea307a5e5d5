// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "watch/WatchRecord.h"

#include <QJsonObject>

// The "watch" object of a JSON report (smtp-doctor-report/1): settings, the
// summary (for readers of the file; recomputed on reading) and each attempt.
class WatchJson
{
public:
    static QJsonObject write(const WatchRecord &record);
    // Whatever the input, a record: unknown or ill-typed fields read as absent.
    static WatchRecord read(const QJsonObject &object);
};
