// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "watch/WatchAttempt.h"

#include <QChartView>
#include <QImage>
#include <QList>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

// The attempts of a watch run over time, which people read faster than a
// table: one line per phase (connect, greeting, TLS, sign-in) in ms against
// the attempt number, and each failed attempt as a red mark at the time it
// took to fail. Grows one attempt at a time; render() gives the same chart
// as an image for the HTML and PDF reports. Owned by its page.
class AttemptChart : public QChartView
{
    Q_OBJECT
public:
    explicit AttemptChart(QWidget *parent = nullptr);

    void addAttempt(const WatchAttempt &attempt);
    void clear();
    // Points on the phase lines, and failure marks: for tests and summaries.
    int phasePointCount() const;
    int failureCount() const;

    using QChartView::render;
    // The chart drawn at `size`, whatever the widget's own size or visibility.
    QImage render(const QSize &size);

private:
    void updateAxes();

    QList<QLineSeries *> m_phases; // in WatchAttempt::phases order
    QScatterSeries *m_failures;
    QValueAxis *m_attemptAxis;
    QValueAxis *m_msAxis;
    int m_lastIndex = 0;
    qint64 m_highestMs = 0;
};
