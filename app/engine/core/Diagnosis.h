// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Check.h"
#include "core/EventLog.h"
#include "smtp/SaslClient.h"
#include "findings/Finding.h"
#include "core/Target.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class DnsResolver;
class PortSweepCheck;
class SmtpCheck;
class QSslCertificate;
class ResolveCheck;

// Runs the checks of one diagnosis as a dependency graph: a check starts
// when every check it needs is done, runs in parallel with the others, and
// is skipped (with the reason) when one of them is not usable. One overall
// deadline bounds the whole run. Owns its checks, resolver and event log.
class Diagnosis : public QObject
{
    Q_OBJECT
public:
    explicit Diagnosis(const Target &target, QObject *parent = nullptr);

    const Target &target() const { return m_target; }
    EventLog *eventLog() { return &m_log; }
    const EventLog *eventLog() const { return &m_log; }
    QList<Finding> findings() const;
    const QList<Check *> &checks() const { return m_checks; }
    // The target's port grid, live (for the wizard's grid); null when the
    // server is not probed.
    const PortSweepCheck *portSweep() const { return m_ports; }
    QString resolverDescription() const;
    bool isRunning() const { return m_running; }
    // True when the overall deadline, not the user, cancelled the run.
    bool deadlineReached() const { return m_deadlineReached; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    // Empty unless the set-up itself failed (unreadable CA file, resolver).
    QString setupError() const { return m_setupError; }

    // The secret of the test session (password or OAuth2 token). Kept in
    // memory for the session only, never in the Target or any report.
    void setCredentials(const SaslClient::Credentials &credentials);

    void start();
    void cancel();

signals:
    void findingAdded(const Finding &finding);
    void checkStarted(const QString &check);
    void progressChanged(int done, int total, const QString &step);
    void finished();

private:
    // `check` runs once every check in `needs` is done and usable (else it is
    // skipped), and every check in `after` has ended in any way.
    void add(Check *check, const QList<Check *> &needs = {}, const QList<Check *> &after = {});
    void addServerChecks(ResolveCheck *resolve, const QList<QSslCertificate> &extraCaCertificates);
    void startReadyChecks();
    void onCheckFinished();

    Target m_target;
    EventLog m_log;
    DnsResolver *m_resolver = nullptr;
    QList<Check *> m_checks;
    QHash<Check *, QList<Check *>> m_needs;
    QHash<Check *, QList<Check *>> m_after;
    PortSweepCheck *m_ports = nullptr;
    SmtpCheck *m_smtp = nullptr;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QString m_setupError;
    bool m_running = false;
    bool m_finished = false;
    bool m_deadlineReached = false;
};
