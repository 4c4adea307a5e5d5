// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttemptChart.h"

#include <QChart>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

AttemptChart::AttemptChart(QWidget *parent)
    : QChartView(parent)
    , m_failures(new QScatterSeries)
    , m_attemptAxis(new QValueAxis)
    , m_msAxis(new QValueAxis)
{
    auto *chart = new QChart;
    // On the page, the page's title says what this is; every pixel goes to
    // the plot. The exported image gets a title of its own (render()).
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_attemptAxis->setTitleText(tr("Attempt"));
    m_attemptAxis->setLabelFormat(QStringLiteral("%d"));
    m_msAxis->setTitleText(tr("ms"));
    m_msAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_attemptAxis, Qt::AlignBottom);
    chart->addAxis(m_msAxis, Qt::AlignLeft);
    for (WatchAttempt::Phase phase : WatchAttempt::phases) {
        auto *series = new QLineSeries;
        series->setName(WatchAttempt::phaseLabel(phase));
        series->setPointsVisible(true);
        chart->addSeries(series);
        series->attachAxis(m_attemptAxis);
        series->attachAxis(m_msAxis);
        m_phases.append(series);
    }
    m_failures->setName(tr("Failed"));
    m_failures->setColor(QColor(0xc6, 0x28, 0x28));
    m_failures->setBorderColor(QColor(0xc6, 0x28, 0x28));
    m_failures->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_failures->setMarkerSize(11);
    chart->addSeries(m_failures);
    m_failures->attachAxis(m_attemptAxis);
    m_failures->attachAxis(m_msAxis);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setAccessibleName(tr("Chart of the time each phase took, per attempt"));
    updateAxes();
}

void AttemptChart::addAttempt(const WatchAttempt &attempt)
{
    for (WatchAttempt::Phase phase : WatchAttempt::phases) {
        const qint64 ms = attempt.ms(phase);
        if (ms < 0)
            continue;
        m_phases.at(int(phase))->append(attempt.index, double(ms));
        m_highestMs = std::max(m_highestMs, ms);
    }
    // A failure is marked at the time it took to fail: a drop shows at the
    // timeout, a refusal near zero.
    if (!attempt.succeeded()) {
        m_failures->append(attempt.index, double(attempt.durationMs));
        m_highestMs = std::max(m_highestMs, attempt.durationMs);
    }
    m_lastIndex = std::max(m_lastIndex, attempt.index);
    updateAxes();
}

void AttemptChart::clear()
{
    for (QLineSeries *series : std::as_const(m_phases))
        series->clear();
    m_failures->clear();
    m_lastIndex = 0;
    m_highestMs = 0;
    updateAxes();
}

int AttemptChart::phasePointCount() const
{
    int count = 0;
    for (const QLineSeries *series : m_phases)
        count += series->count();
    return count;
}

int AttemptChart::failureCount() const
{
    return m_failures->count();
}

void AttemptChart::updateAxes()
{
    // Whole attempt numbers on the axis, about ten labels whatever the count.
    const int last = std::max(m_lastIndex, 1);
    m_attemptAxis->setRange(0, last + 1);
    m_attemptAxis->setTickType(QValueAxis::TicksDynamic);
    m_attemptAxis->setTickAnchor(0);
    m_attemptAxis->setTickInterval(std::max(1, (last + 9) / 10));
    m_msAxis->setRange(0, std::max<qint64>(10, m_highestMs * 11 / 10));
}

QImage AttemptChart::render(const QSize &size)
{
    // The chart item is drawn alone, at the asked size, then put back.
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QChart *drawn = chart();
    const QRectF shown = drawn->geometry();
    drawn->setTitle(tr("Time per phase, attempt by attempt"));
    drawn->resize(size);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene()->render(&painter, QRectF(QPointF(0, 0), size), drawn->geometry());
    painter.end();
    drawn->setTitle(QString());
    drawn->setGeometry(shown);
    return image;
}
