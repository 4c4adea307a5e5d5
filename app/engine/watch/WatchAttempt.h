// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

// One of the repeated SMTP sessions of a watch run ("works sometimes"):
// when it started, how long each phase took, and what it found, by finding
// id (the same ids as a single diagnosis). Plain data, written to and read
// from reports; WatchRun makes them, WatchSummary reads them.
struct WatchAttempt
{
    Q_DECLARE_TR_FUNCTIONS(WatchAttempt)

public:
    enum class Phase { Connect, Greeting, Tls, Auth };
    static constexpr int phaseCount = 4;
    static constexpr std::array<Phase, phaseCount> phases{
        Phase::Connect, Phase::Greeting, Phase::Tls, Phase::Auth};

    int index = 0;         // 1, 2, 3... in the order started
    qint64 offsetMs = 0;   // start, from the start of the run
    qint64 durationMs = 0; // the whole session, connect to close
    // Milliseconds per phase; -1 where the phase was not reached or not done.
    std::array<qint64, phaseCount> phaseMs{-1, -1, -1, -1};
    QStringList findingIds; // every finding of the session, in order
    QStringList failureIds; // those of failure severity
    QString failureDetail;  // the first failure's detail: server words or error
    bool messageAttempted = false;

    qint64 ms(Phase phase) const { return phaseMs.at(size_t(phase)); }
    void setMs(Phase phase, qint64 ms) { phaseMs.at(size_t(phase)) = ms; }
    bool succeeded() const { return failureIds.isEmpty(); }
    // The first failure's id; empty when the attempt succeeded.
    QString outcome() const { return failureIds.value(0); }
    bool found(const char *id) const { return findingIds.contains(QLatin1String(id)); }

    // "connect", "greeting", "tls", "auth": stable names for JSON.
    static QString phaseName(Phase phase);
    // Translated, for tables and the chart.
    static QString phaseLabel(Phase phase);
};
