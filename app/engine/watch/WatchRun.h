// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EventLog.h"
#include "findings/Finding.h"
#include "report/Report.h"
#include "smtp/SaslClient.h"
#include "core/Target.h"
#include "watch/WatchAttempt.h"
#include "watch/WatchRecord.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>

#include <optional>

class DnsResolver;
class InputCheck;
class ResolveCheck;
class SmtpProbe;

// "Works sometimes": after the input check of the typed settings (as in a
// diagnosis), the same SMTP session (connect, TLS, greeting, EHLO, AUTH
// when credentials are given, a test message only while the user's
// allowance lasts) repeated `count` times, one every `interval`, against
// one address resolved once. Each attempt is classified with the finding
// ids of a single diagnosis and timed per phase. cancel() stops at once and
// keeps every finished attempt. Owns its resolver, probes and event log.
class WatchRun : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        Target target;
        int count = 10;
        int intervalMs = 5000; // from one attempt's start to the next's
        // Attempts that may send the test message (when target.mailFrom is
        // set): the first ones. More than one only when the user says so.
        int messagesAllowed = 1;
        std::optional<SaslClient::Credentials> credentials;
    };

    explicit WatchRun(const Settings &settings, QObject *parent = nullptr);
    ~WatchRun() override;

    // Empty unless the set-up failed (resolver, unreadable CA file).
    QString setupError() const { return m_setupError; }
    const Settings &settings() const { return m_settings; }
    const QList<WatchAttempt> &attempts() const { return m_attempts; }
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    QHostAddress address() const { return m_address; }
    const EventLog *eventLog() const { return &m_log; }

    // The resolver's findings, each distinct finding of the attempts once
    // (with the attempts that saw it), then what the series says as a whole.
    QList<Finding> findings() const;
    WatchRecord record() const;
    Report report(const QDateTime &started) const;

    void start();
    // Stops now; the attempt in flight is dropped, the finished ones stay.
    void cancel();

signals:
    void attemptStarted(int index);
    void attemptFinished(const WatchAttempt &attempt);
    void finished();

private:
    struct Seen
    {
        Finding finding;
        QList<int> attempts;
    };

    void onInputChecked();
    void onResolved();
    void scheduleNext();
    void startAttempt();
    void onProbeFound(const QString &id, const QStringList &args, const QStringList &evidence);
    void onProbeFinished();
    void finish();

    Settings m_settings;
    EventLog m_log;
    DnsResolver *m_resolver = nullptr;
    InputCheck *m_input = nullptr;
    ResolveCheck *m_resolve = nullptr;
    QList<QSslCertificate> m_extraCaCertificates;
    QString m_setupError;
    QHostAddress m_address;
    QElapsedTimer m_clock;
    QTimer m_nextTimer;
    SmtpProbe *m_probe = nullptr;
    WatchAttempt m_current;
    QList<WatchAttempt> m_attempts;
    QList<Seen> m_seen;
    qint64 m_durationMs = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
