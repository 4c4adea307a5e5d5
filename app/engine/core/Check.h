// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EventLog.h"
#include "findings/Finding.h"
#include "findings/FindingArgs.h"

#include <QObject>
#include <QTimer>

// One asynchronous step of a diagnosis. The contract, after KDE's KJob:
// start() never works synchronously, finished() is emitted exactly once,
// cancel() has its own path, and the check's own deadline bounds it.
// Owned by the Diagnosis that runs it.
class Check : public QObject
{
    Q_OBJECT
public:
    enum class Status { Waiting, Running, Done, Skipped, Cancelled, TimedOut };
    Q_ENUM(Status)

    Check(const QString &name, EventLog *log, QObject *parent = nullptr);

    QString name() const { return m_name; }
    Status status() const { return m_status; }
    QString skipReason() const { return m_skipReason; }
    const QList<Finding> &findings() const { return m_findings; }
    // True when what depends on this check can go on (for example: the host
    // resolved). A check that found failures can still be usable.
    virtual bool isUsable() const { return m_status == Status::Done; }

    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    int deadline() const { return m_deadlineMs; }

    void start();
    void cancel();
    // Marks the check as not run because `reason`; emits finished().
    void skip(const QString &reason);

signals:
    void findingAdded(const Finding &finding);
    void progressChanged(const QString &step);
    void finished();

protected:
    // Starts the real work; called from the event loop, never from start().
    virtual void run() = 0;
    // Drops sockets and timers at once; called on cancel and at the deadline.
    virtual void abort() {}
    // Called at the deadline before finishing: a chance to say what is missing.
    virtual void onDeadline() {}
    // Called on cancel, after abort(), before finishing: a chance to turn
    // what was seen so far into findings, so that a cancelled run keeps it.
    virtual void onCancel() {}

    // `severity` overrides the catalog's, for a finding that is only a hint here.
    // `args` are named (see FindingCatalog's contract).
    void addFinding(const QString &id,
                    const FindingArgs &args,
                    const QStringList &evidence,
                    std::optional<Finding::Severity> severity = std::nullopt);
    // The values in the order the catalog entry declares them.
    void addFinding(const QString &id,
                    const QStringList &args,
                    const QStringList &evidence,
                    std::optional<Finding::Severity> severity = std::nullopt);
    void addFinding(const QString &id,
                    std::initializer_list<QString> args,
                    const QStringList &evidence,
                    std::optional<Finding::Severity> severity = std::nullopt)
    {
        addFinding(id, QStringList(args), evidence, severity);
    }
    void log(Event::Kind kind, const QString &text);
    void reportProgress(const QString &step);
    // Ends the check with `status`; every later call is ignored.
    void finish(Status status = Status::Done);

private:
    void stop(Status status);

    QString m_name;
    EventLog *m_log;
    Status m_status = Status::Waiting;
    QString m_skipReason;
    QList<Finding> m_findings;
    QTimer m_deadlineTimer;
    int m_deadlineMs = 30000;
    bool m_stopping = false;
    // Depth of calls out of the check (a log line, a finding, progress):
    // a cancel() from a slot of one of them waits until the call returns.
    int m_callouts = 0;
};
