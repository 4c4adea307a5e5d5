// SPDX-License-Identifier: GPL-3.0-or-later
#include "watch/WatchJson.h"

#include "watch/WatchSummary.h"

#include <QJsonArray>

namespace {

QJsonValue milliseconds(qint64 ms)
{
    return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(ms);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

QJsonObject summaryObject(const WatchSummary &summary)
{
    QJsonObject phases;
    for (WatchAttempt::Phase phase : WatchAttempt::phases) {
        const WatchSummary::PhaseStats &stats = summary.phase(phase);
        phases.insert(WatchAttempt::phaseName(phase),
                      QJsonObject{{QStringLiteral("samples"), stats.samples},
                                  {QStringLiteral("p50_ms"), milliseconds(stats.p50)},
                                  {QStringLiteral("p90_ms"), milliseconds(stats.p90)},
                                  {QStringLiteral("max_ms"), milliseconds(stats.max)}});
    }
    QJsonArray failures;
    for (const WatchSummary::FailureClass &failure : summary.failures()) {
        QJsonArray attempts;
        for (int index : failure.attempts)
            attempts.append(index);
        failures.append(QJsonObject{{QStringLiteral("id"), failure.id},
                                    {QStringLiteral("attempts"), attempts}});
    }
    QJsonObject object{
        {QStringLiteral("attempts"), summary.attempts()},
        {QStringLiteral("succeeded"), summary.succeeded()},
        {QStringLiteral("success_ratio"), summary.successRatio()},
        {QStringLiteral("phases"), phases},
        {QStringLiteral("failures"), failures},
        {QStringLiteral("slow_greeting"), summary.slowGreeting()},
    };
    if (const auto limit = summary.rateLimit()) {
        object.insert(QStringLiteral("rate_limited_after_messages"), limit->afterMessages);
        object.insert(QStringLiteral("rate_limited_from_attempt"), limit->firstAttempt);
    }
    return object;
}

} // namespace

QJsonObject WatchJson::write(const WatchRecord &record)
{
    QJsonArray attempts;
    for (const WatchAttempt &attempt : record.attempts) {
        QJsonObject object{
            {QStringLiteral("index"), attempt.index},
            {QStringLiteral("t_ms"), attempt.offsetMs},
            {QStringLiteral("duration_ms"), attempt.durationMs},
            {QStringLiteral("outcome"),
             attempt.succeeded() ? QStringLiteral("ok") : attempt.outcome()},
            {QStringLiteral("findings"), QJsonArray::fromStringList(attempt.findingIds)},
            {QStringLiteral("failures"), QJsonArray::fromStringList(attempt.failureIds)},
            {QStringLiteral("message"), attempt.messageAttempted},
        };
        for (WatchAttempt::Phase phase : WatchAttempt::phases)
            object.insert(WatchAttempt::phaseName(phase) + QStringLiteral("_ms"),
                          milliseconds(attempt.ms(phase)));
        if (!attempt.failureDetail.isEmpty())
            object.insert(QStringLiteral("detail"), attempt.failureDetail);
        attempts.append(object);
    }
    return QJsonObject{
        {QStringLiteral("planned_attempts"), record.plannedAttempts},
        {QStringLiteral("interval_ms"), record.intervalMs},
        {QStringLiteral("messages_allowed"), record.messagesAllowed},
        {QStringLiteral("cancelled"), record.cancelled},
        {QStringLiteral("summary"), summaryObject(WatchSummary::of(record.attempts))},
        {QStringLiteral("attempts"), attempts},
    };
}

WatchRecord WatchJson::read(const QJsonObject &object)
{
    WatchRecord record;
    record.plannedAttempts = object.value(QStringLiteral("planned_attempts")).toInt();
    record.intervalMs = object.value(QStringLiteral("interval_ms")).toInteger();
    record.messagesAllowed = object.value(QStringLiteral("messages_allowed")).toInt();
    record.cancelled = object.value(QStringLiteral("cancelled")).toBool();
    for (const QJsonValue &value : object.value(QStringLiteral("attempts")).toArray()) {
        const QJsonObject item = value.toObject();
        WatchAttempt attempt;
        attempt.index = item.value(QStringLiteral("index")).toInt();
        attempt.offsetMs = item.value(QStringLiteral("t_ms")).toInteger();
        attempt.durationMs = item.value(QStringLiteral("duration_ms")).toInteger();
        for (WatchAttempt::Phase phase : WatchAttempt::phases) {
            const qint64 ms = item.value(WatchAttempt::phaseName(phase) + QStringLiteral("_ms"))
                                  .toInteger(-1);
            attempt.setMs(phase, ms < 0 ? -1 : ms);
        }
        attempt.findingIds = toStringList(item.value(QStringLiteral("findings")));
        attempt.failureIds = toStringList(item.value(QStringLiteral("failures")));
        attempt.failureDetail = item.value(QStringLiteral("detail")).toString();
        attempt.messageAttempted = item.value(QStringLiteral("message")).toBool();
        record.attempts.append(attempt);
    }
    return record;
}
