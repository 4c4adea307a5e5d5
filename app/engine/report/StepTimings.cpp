// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/StepTimings.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace {
struct Span
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    qint64 started = -1;
    qint64 ended = -1;
};
} // namespace

StepTimings::StepTimings(const QList<Event> &events)
{
    QList<QString> order;
    QHash<QString, Span> spans;
    for (const Event &event : events) {
        // The Diagnosis' own notes ("finished in N ms") are not a step.
        if (event.check.isEmpty() || event.check == QLatin1String("diagnosis"))
            continue;
        if (!spans.contains(event.check))
            order.append(event.check);
        Span &span = spans[event.check];
        span.first = std::min(span.first, event.offsetMs);
        span.last = std::max(span.last, event.offsetMs);
        if (event.kind != Event::Kind::Note)
            continue;
        if (event.text == QLatin1String(Event::checkStarted) && span.started < 0)
            span.started = event.offsetMs;
        else if (event.text == QLatin1String(Event::checkEnded))
            span.ended = event.offsetMs;
    }
    qint64 origin = std::numeric_limits<qint64>::max();
    for (const QString &step : std::as_const(order)) {
        const Span &span = spans[step];
        const qint64 start = span.started >= 0 ? span.started : span.first;
        const qint64 end = span.ended >= 0 ? span.ended : span.last;
        m_steps.append({step, start, std::max<qint64>(0, end - start)});
        origin = std::min(origin, start);
    }
    for (Step &step : m_steps)
        step.startMs -= origin;
    std::stable_sort(m_steps.begin(), m_steps.end(), [](const Step &a, const Step &b) {
        return a.startMs < b.startMs;
    });
}
