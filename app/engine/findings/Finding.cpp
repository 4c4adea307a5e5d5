// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/Finding.h"

#include <QCoreApplication>

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Pass:
        return QStringLiteral("pass");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Failure:
        return QStringLiteral("failure");
    }
    return {};
}

std::optional<Finding::Severity> Finding::severityFromName(const QString &name)
{
    for (auto severity : {Severity::Pass, Severity::Info, Severity::Warning, Severity::Failure}) {
        if (severityName(severity) == name)
            return severity;
    }
    return std::nullopt;
}

QString Finding::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Pass:
        return QCoreApplication::translate("Finding", "OK");
    case Severity::Info:
        return QCoreApplication::translate("Finding", "Info");
    case Severity::Warning:
        return QCoreApplication::translate("Finding", "Warning");
    case Severity::Failure:
        return QCoreApplication::translate("Finding", "Problem");
    }
    return {};
}

bool isWorse(Finding::Severity a, Finding::Severity b)
{
    return static_cast<int>(a) > static_cast<int>(b);
}
