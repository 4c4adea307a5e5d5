// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "watch/WatchAttempt.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

// What a series of attempts says as a whole: how many succeeded, how long
// each phase took (p50, p90, max), which failures came and when, whether a
// rate limit set in after some messages, whether the greeting is slow. Pure:
// computed from the attempts alone, so a report read back gives the same.
class WatchSummary
{
public:
    struct PhaseStats
    {
        int samples = 0;
        qint64 p50 = -1; // nearest-rank percentiles; -1 without samples
        qint64 p90 = -1;
        qint64 max = -1;
    };
    struct FailureClass
    {
        QString id;
        QList<int> attempts; // attempt indexes, in order
    };
    struct RateLimit
    {
        int afterMessages = 0; // messages accepted before the first refusal
        int firstAttempt = 0;  // the attempt that was refused first
        QString reply;         // the server's words
    };

    static WatchSummary of(const QList<WatchAttempt> &attempts);

    // Nearest rank (the smallest value with at least `percent` % of the
    // values at or below it); -1 for no values.
    static qint64 percentile(QList<qint64> values, int percent);
    // A greeting is slow when its median is above 1 s and ten times the
    // median connect: the network is quick, the server makes us wait.
    static bool isSlowGreeting(const PhaseStats &connect, const PhaseStats &greeting);

    int attempts() const { return m_attempts; }
    int succeeded() const { return m_succeeded; }
    double successRatio() const { return m_attempts ? double(m_succeeded) / m_attempts : 0; }
    // Attempts that failed before any message (connect, greeting, TLS, AUTH).
    int sessionFailures() const { return m_sessionFailures; }
    const PhaseStats &phase(WatchAttempt::Phase phase) const { return m_phases.at(size_t(phase)); }
    const QList<FailureClass> &failures() const { return m_failures; }
    std::optional<RateLimit> rateLimit() const { return m_rateLimit; }
    bool slowGreeting() const { return m_slowGreeting; }

    // net.intermittent, net.slow_greeting and send.rate_limited, as they apply.
    QList<Finding> findings(const QString &host, quint16 port) const;
    // "smtp.no_greeting in attempts 3, 6, 9; net.refused in attempt 4"
    QString failureText() const;

private:
    int m_attempts = 0;
    int m_succeeded = 0;
    int m_sessionFailures = 0;
    std::array<PhaseStats, WatchAttempt::phaseCount> m_phases;
    QList<FailureClass> m_failures;
    std::optional<RateLimit> m_rateLimit;
    bool m_slowGreeting = false;
};
