// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/RunStop.h"

#include <QJsonArray>

std::optional<RunStop> RunStop::fromChecks(Reason reason, const QStringList &runningChecks)
{
    if (runningChecks.isEmpty())
        return std::nullopt;
    RunStop stop;
    stop.reason = reason;
    stop.checks = runningChecks;
    stop.step = ReportStep::ofCheck(runningChecks.constFirst());
    return stop;
}

QString RunStop::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Cancelled:
        return QStringLiteral("cancelled");
    case Reason::DeadlineReached:
        return QStringLiteral("deadline");
    case Reason::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

std::optional<RunStop::Reason> RunStop::reasonFromName(const QString &name)
{
    for (Reason reason : {Reason::Cancelled, Reason::DeadlineReached, Reason::Interrupted}) {
        if (reasonName(reason) == name)
            return reason;
    }
    return std::nullopt;
}

QJsonObject RunStop::toJson() const
{
    return {{QStringLiteral("reason"), reasonName(reason)},
            {QStringLiteral("step"), ReportStep::keyName(step)},
            {QStringLiteral("checks"), QJsonArray::fromStringList(checks)}};
}

std::optional<RunStop> RunStop::fromJson(const QJsonObject &object)
{
    const auto reason = reasonFromName(object.value(QStringLiteral("reason")).toString());
    if (!reason)
        return std::nullopt;
    RunStop stop;
    stop.reason = *reason;
    stop.step = ReportStep::fromKeyName(object.value(QStringLiteral("step")).toString());
    for (const QJsonValue &check : object.value(QStringLiteral("checks")).toArray())
        stop.checks.append(check.toString());
    return stop;
}

QString RunStop::sentence() const
{
    const QString step = ReportStep::title(this->step);
    const QString running = checks.join(QLatin1String(", "));
    switch (reason) {
    case Reason::Cancelled:
        return tr("This run was cancelled during the step \"%1\" (still running: %2). The "
                  "report holds everything measured until then.")
            .arg(step, running);
    case Reason::DeadlineReached:
        return tr("This run reached its overall time limit during the step \"%1\" (still "
                  "running: %2). The report holds everything measured until then.")
            .arg(step, running);
    case Reason::Interrupted:
        return tr("This run stopped unexpectedly during the step \"%1\" (still running: %2): "
                  "the program was closed by force or crashed. The report holds everything "
                  "it had recorded.")
            .arg(step, running);
    }
    return {};
}
