// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// The progress of a long run on a terminal's standard error: one line with
// the step that runs and how long it has waited, rewritten in place (\r)
// every second and erased at the end. Standard error that is not a
// terminal (a pipe, a log file) gets nothing, so scripts read a clean
// stream and a redirected report never holds it.
class ProgressLine : public QObject
{
    Q_OBJECT
public:
    explicit ProgressLine(QObject *parent = nullptr);
    ~ProgressLine() override;

    // Whether standard error is a terminal (the only place progress goes).
    static bool isWanted();

    // A new step began: shown at once, then with its seconds waited.
    void show(const QString &step);
    // Erases the line, so that what follows starts on a clean one.
    void finish();

private:
    void redraw();

    QTimer m_ticker;
    QElapsedTimer m_stepClock;
    QString m_step;
    bool m_shown = false;
};
