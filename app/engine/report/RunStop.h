// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportStep.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// Why a run ended before its checks did, and where: cancelled by the user
// (Cancel, closing the window, Ctrl-C), stopped by the overall deadline, or
// interrupted (the program was killed or crashed; known only from its
// journal). A report without one ran to its end. The JSON form is the
// report's "stopped" object.
struct RunStop
{
    Q_DECLARE_TR_FUNCTIONS(RunStop)
public:
    enum class Reason { Cancelled, DeadlineReached, Interrupted };

    Reason reason = Reason::Cancelled;
    ReportStep::Step step = ReportStep::Step::Other;
    QStringList checks; // the checks still running when it stopped

    // From the status of each check of a report ("cancelled" ones were running).
    static std::optional<RunStop> fromChecks(Reason reason, const QStringList &runningChecks);

    static QString reasonName(Reason reason);
    static std::optional<Reason> reasonFromName(const QString &name);

    QJsonObject toJson() const;
    static std::optional<RunStop> fromJson(const QJsonObject &object);
    // One sentence for the human reports: why, at which step, what ran.
    QString sentence() const;
};
