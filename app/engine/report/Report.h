// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EventLog.h"
#include "report/RunStop.h"
#include "report/Situation.h"
#include "findings/Finding.h"
#include "core/Target.h"
#include "watch/WatchRecord.h"

#include <QDateTime>
#include <QList>

#include <optional>

class Diagnosis;

// Where the diagnosis ran, without anything that identifies the machine.
struct ReportEnvironment
{
    QString appVersion;
    QString os;
    QString qtVersion;
    QString resolver;
    QStringList addressFamilies; // "IPv4", "IPv6": families only, never addresses
    QString crypto;              // the crypto backend: "OpenSSL 3.0.19", "QCA 2.3.10 (qca-ossl)"
};

// What a diagnosis found, as it is written to and read from reports.
struct Report
{
    struct CheckSummary
    {
        QString name;
        QString status;
        QString skipReason;
    };

    Target target;
    QDateTime started;
    qint64 durationMs = 0;
    ReportEnvironment environment;
    QList<Finding> findings;
    QList<CheckSummary> checks;
    QList<Event> events;
    // What the user said on the wizard's first page; a CLI run has none.
    std::optional<Situation> situation;
    // Repeated attempts ("works sometimes"), for a watch run only.
    std::optional<WatchRecord> watch;
    // Set when the run ended before its checks did (cancel, deadline, crash).
    std::optional<RunStop> stopped;

    // `stopped` is filled in from the checks that were cancelled while running.
    static Report fromDiagnosis(const Diagnosis &diagnosis, const QDateTime &started);
    static ReportEnvironment currentEnvironment(const QString &resolver);

    bool hasFailure() const;
    // Worst first, in the order found within one severity.
    QList<Finding> sortedFindings() const;
};
