// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// At start: runs that were killed or crashed (their journal left unlocked
// in the history folder) are recovered into the history as interrupted, and
// the user is told that the last run stopped unexpectedly and offered what
// it had found, through DialogProvider so that tests can answer. Nothing
// is shown when no run was interrupted.
class InterruptedRunNotice
{
    Q_DECLARE_TR_FUNCTIONS(InterruptedRunNotice)
public:
    // Once `parent`'s event loop runs (the window is up first).
    static void showOnStart(QWidget *parent, const QString &historyDirectory = QString());
    // Recovers, asks, opens the run when asked to; returns the path offered
    // (empty: nothing was interrupted).
    static QString check(QWidget *parent, const QString &historyDirectory);
};
