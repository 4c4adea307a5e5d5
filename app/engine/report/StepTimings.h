// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EventLog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Where the time of a run went, per step (check): when it started, counted
// from the start of the first step, and how long it ran. Read from the run's
// events, so that a report saved or replayed shows the same figures: the
// Diagnosis notes each check's start and end (Event::checkStarted,
// Event::checkEnded); a report without those notes (an older one) falls
// back to the step's first and last event. Steps run in parallel, so their
// durations may add up to more than the run.
class StepTimings
{
    Q_DECLARE_TR_FUNCTIONS(StepTimings)
public:
    struct Step
    {
        QString step;
        qint64 startMs = 0;
        qint64 durationMs = 0;
    };

    explicit StepTimings(const QList<Event> &events);

    const QList<Step> &steps() const { return m_steps; }
    bool isEmpty() const { return m_steps.isEmpty(); }

    static QString title() { return tr("Where the time went"); }
    static QString stepHeading() { return tr("Step"); }
    static QString startHeading() { return tr("Started at"); }
    static QString durationHeading() { return tr("Took"); }
    static QString milliseconds(qint64 value) { return tr("%1 ms").arg(value); }

private:
    QList<Step> m_steps;
};
