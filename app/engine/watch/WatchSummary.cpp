// SPDX-License-Identifier: GPL-3.0-or-later
#include "watch/WatchSummary.h"

#include "core/CheckName.h"
#include "core/NumberList.h"
#include "findings/FindingIds.h"
#include "findings/FindingCatalog.h"

#include <QHash>

#include <algorithm>
#include <cmath>

qint64 WatchSummary::percentile(QList<qint64> values, int percent)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const int rank = int(std::ceil(percent / 100.0 * values.size()));
    return values.at(std::clamp(rank, 1, int(values.size())) - 1);
}

bool WatchSummary::isSlowGreeting(const PhaseStats &connect, const PhaseStats &greeting)
{
    if (greeting.samples == 0)
        return false;
    const qint64 connectMedian = std::max<qint64>(connect.p50, 0);
    return greeting.p50 > std::max<qint64>(1000, 10 * connectMedian);
}

WatchSummary WatchSummary::of(const QList<WatchAttempt> &attempts)
{
    WatchSummary summary;
    summary.m_attempts = int(attempts.size());
    std::array<QList<qint64>, WatchAttempt::phaseCount> samples;
    int accepted = 0;
    QHash<QString, int> classIndex; // failure id -> its place in m_failures
    for (const WatchAttempt &attempt : attempts) {
        if (attempt.succeeded())
            ++summary.m_succeeded;
        for (WatchAttempt::Phase phase : WatchAttempt::phases) {
            if (attempt.ms(phase) >= 0)
                samples.at(size_t(phase)).append(attempt.ms(phase));
        }
        // send.* failures have findings of their own; the rest ended the
        // session before any message: that is what "intermittent" counts.
        const bool sessionFailed = std::any_of(
            attempt.failureIds.cbegin(), attempt.failureIds.cend(), [](const QString &id) {
                return !id.startsWith(QLatin1String("send."));
            });
        summary.m_sessionFailures += sessionFailed;
        for (const QString &id : attempt.failureIds) {
            // Linear in the attempts, even for a report file made to be slow.
            const auto known = classIndex.constFind(id);
            if (known == classIndex.cend()) {
                classIndex.insert(id, int(summary.m_failures.size()));
                summary.m_failures.append({id, {attempt.index}});
                continue;
            }
            QList<int> &indexes = summary.m_failures[known.value()].attempts;
            if (indexes.constLast() != attempt.index)
                indexes.append(attempt.index);
        }
        if (attempt.found(FindingId::SendRateLimited) && !summary.m_rateLimit) {
            const bool detailIsRate = attempt.outcome()
                                      == QLatin1String(FindingId::SendRateLimited);
            summary.m_rateLimit = RateLimit{
                accepted, attempt.index, detailIsRate ? attempt.failureDetail : QString()};
        }
        accepted += attempt.found(FindingId::SendAccepted);
    }
    for (WatchAttempt::Phase phase : WatchAttempt::phases) {
        const QList<qint64> &values = samples.at(size_t(phase));
        PhaseStats &stats = summary.m_phases.at(size_t(phase));
        stats.samples = int(values.size());
        stats.p50 = percentile(values, 50);
        stats.p90 = percentile(values, 90);
        stats.max = values.isEmpty() ? -1 : *std::max_element(values.cbegin(), values.cend());
    }
    summary.m_slowGreeting = isSlowGreeting(summary.phase(WatchAttempt::Phase::Connect),
                                            summary.phase(WatchAttempt::Phase::Greeting));
    return summary;
}

QString WatchSummary::failureText() const
{
    QStringList parts;
    for (const FailureClass &failure : m_failures) {
        parts.append(QStringLiteral("%1 in %2 of %3 attempts (%4)")
                         .arg(failure.id)
                         .arg(failure.attempts.size())
                         .arg(m_attempts)
                         .arg(numberList(failure.attempts)));
    }
    return parts.join(QLatin1String("; "));
}

QList<Finding> WatchSummary::findings(const QString &host, quint16 port) const
{
    const QString check = CheckName::watch();
    const QString portText = QString::number(port);
    QList<Finding> found;
    // Some sessions fail and some do not: the classes and when say why.
    if (m_sessionFailures > 0 && m_sessionFailures < m_attempts) {
        QStringList evidence{QStringLiteral("%1 of %2 attempts failed before any message")
                                 .arg(m_sessionFailures)
                                 .arg(m_attempts)};
        for (const FailureClass &failure : m_failures) {
            evidence.append(QStringLiteral("%1: %2 of %3 attempts (attempts %4)")
                                .arg(failure.id)
                                .arg(failure.attempts.size())
                                .arg(m_attempts)
                                .arg(numberList(failure.attempts)));
        }
        found.append(FindingCatalog::make(
            QLatin1String(FindingId::NetIntermittent),
            FindingArgs{{FindingArg::Host, host},
                        {FindingArg::Port, portText},
                        {FindingArg::Count, QString::number(m_sessionFailures)},
                        {FindingArg::Total, QString::number(m_attempts)},
                        {FindingArg::Detail, failureText()}},
            evidence,
            check));
    }
    if (m_slowGreeting) {
        const PhaseStats &greeting = phase(WatchAttempt::Phase::Greeting);
        const PhaseStats &connect = phase(WatchAttempt::Phase::Connect);
        found.append(FindingCatalog::make(
            QLatin1String(FindingId::NetSlowGreeting),
            FindingArgs{{FindingArg::Host, host},
                        {FindingArg::Port, portText},
                        {FindingArg::GreetingMs, QString::number(greeting.p50)},
                        {FindingArg::ConnectMs, QString::number(connect.p50)}},
            {QStringLiteral("greeting p50 %1 ms, p90 %2 ms, max %3 ms over %4 attempts")
                 .arg(greeting.p50)
                 .arg(greeting.p90)
                 .arg(greeting.max)
                 .arg(greeting.samples),
             QStringLiteral("connect p50 %1 ms, p90 %2 ms, max %3 ms")
                 .arg(connect.p50)
                 .arg(connect.p90)
                 .arg(connect.max)},
            check));
    }
    if (m_rateLimit) {
        found.append(FindingCatalog::make(
            QLatin1String(FindingId::SendRateLimitedAfter),
            FindingArgs{{FindingArg::Host, host},
                        {FindingArg::Port, portText},
                        {FindingArg::Count, QString::number(m_rateLimit->afterMessages)},
                        {FindingArg::Attempt, QString::number(m_rateLimit->firstAttempt)},
                        {FindingArg::Detail, m_rateLimit->reply}},
            {QStringLiteral("rate limited after %1 messages (first refused in attempt %2): %3")
                 .arg(m_rateLimit->afterMessages)
                 .arg(m_rateLimit->firstAttempt)
                 .arg(m_rateLimit->reply)},
            check));
    }
    return found;
}
