// SPDX-License-Identifier: GPL-3.0-or-later
#include "watch/WatchRun.h"

#include "core/CheckName.h"
#include "findings/FindingIds.h"
#include "dns/DnsResolver.h"
#include "discovery/ProviderCatalog.h"
#include "findings/FindingCatalog.h"
#include "input/InputCheck.h"
#include "dns/ResolveCheck.h"
#include "smtp/SmtpProbe.h"
#include "watch/WatchSummary.h"

#include <QMetaEnum>

WatchRun::WatchRun(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    const Target &target = m_settings.target;
    DnsResolver::Config config;
    config.server = target.resolver;
    config.timeoutMs = target.stepTimeoutMs;
    config.trustAnchorFile = target.trustAnchorFile;
    m_resolver = new DnsResolver(config, this);
    if (!m_resolver->setupError().isEmpty())
        m_setupError = tr("The DNS resolver could not start: %1").arg(m_resolver->setupError());
    if (!target.caFile.isEmpty()) {
        m_extraCaCertificates = QSslCertificate::fromPath(target.caFile, QSsl::Pem);
        if (m_extraCaCertificates.isEmpty())
            m_setupError = tr("No certificate could be read from %1").arg(target.caFile);
    }
    // The typed settings first, as in a diagnosis: where a mistake is
    // certain ("http://", spaces, "host:587"), the attempts use the mended host.
    const HostInput::Result input = HostInput::analyze(
        target.host, target.port, target.security, ProviderCatalog::instance());
    m_input = new InputCheck(target, input, &m_log, this);
    connect(m_input, &Check::finished, this, &WatchRun::onInputChecked);
    m_settings.target.host = input.host;
    // Resolved once: every attempt talks to the same address, so that what
    // varies is the server or the path, not the DNS answer.
    m_resolve = new ResolveCheck(target.host, m_resolver, nullptr, &m_log, this);
    m_resolve->setDeadline(2 * target.stepTimeoutMs);
    connect(m_resolve, &Check::finished, this, &WatchRun::onResolved);

    m_nextTimer.setSingleShot(true);
    connect(&m_nextTimer, &QTimer::timeout, this, &WatchRun::startAttempt);
}

WatchRun::~WatchRun()
{
    if (m_probe)
        m_probe->disconnect(this);
}

void WatchRun::start()
{
    if (m_running || !m_attempts.isEmpty())
        return;
    m_running = true;
    m_clock.start();
    m_input->start(); // deferred by the check itself
}

void WatchRun::onInputChecked()
{
    if (!m_running || m_cancelled)
        return;
    if (!m_input->isUsable()) {
        m_resolve->skip(QStringLiteral("the host as typed cannot be connected to"));
        finish();
        return;
    }
    m_resolve->start();
}

void WatchRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_log.append(CheckName::watch(),
                 Event::Kind::Note,
                 QStringLiteral("cancelled after %1 attempts").arg(m_attempts.size()));
    m_nextTimer.stop();
    m_input->cancel();
    m_resolve->cancel();
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    finish();
}

void WatchRun::onResolved()
{
    if (!m_running || m_cancelled)
        return;
    const QList<QHostAddress> addresses = m_resolve->addresses();
    if (addresses.isEmpty()) {
        finish();
        return;
    }
    // IPv4 first, as SmtpCheck's test session does.
    m_address = addresses.constFirst();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            m_address = address;
            break;
        }
    }
    startAttempt();
}

void WatchRun::scheduleNext()
{
    if (m_attempts.size() >= m_settings.count) {
        finish();
        return;
    }
    // One interval from the last attempt's start; after one that overran,
    // the next starts at once, without a burst to catch up.
    const qint64 due = m_attempts.constLast().offsetMs + m_settings.intervalMs;
    m_nextTimer.start(int(std::max<qint64>(0, due - m_clock.elapsed())));
}

void WatchRun::startAttempt()
{
    const Target &target = m_settings.target;
    m_current = WatchAttempt{};
    m_current.index = int(m_attempts.size()) + 1;
    m_current.offsetMs = m_clock.elapsed();

    SmtpProbe::Settings probe;
    probe.address = m_address;
    probe.port = target.port;
    probe.security = target.security;
    probe.verifyName = target.host;
    probe.stepTimeoutMs = target.stepTimeoutMs;
    probe.extraCaCertificates = m_extraCaCertificates;
    probe.reportOpenPort = true;
    if (!target.user.isEmpty()) {
        probe.credentials = m_settings.credentials.value_or(
            SaslClient::Credentials{target.user, {}, {}});
        probe.mechanism = target.authMechanism;
        probe.allowCleartextAuth = target.allowCleartextAuth;
    }
    if (!target.mailFrom.isEmpty() && m_current.index <= m_settings.messagesAllowed) {
        probe.from = target.mailFrom;
        probe.to = target.rcptTo;
        m_current.messageAttempted = true;
    }
    m_log.append(CheckName::watch(),
                 Event::Kind::Note,
                 QStringLiteral("attempt %1 of %2").arg(m_current.index).arg(m_settings.count));
    m_probe = new SmtpProbe(probe, this);
    connect(m_probe, &SmtpProbe::found, this, &WatchRun::onProbeFound);
    connect(m_probe, &SmtpProbe::logged, this, [this](Event::Kind kind, const QString &text) {
        m_log.append(CheckName::watch(), kind, text);
    });
    connect(m_probe, &SmtpProbe::finished, this, &WatchRun::onProbeFinished);
    emit attemptStarted(m_current.index);
    m_probe->start();
}

void WatchRun::onProbeFound(const QString &id, const QStringList &args, const QStringList &evidence)
{
    const Finding finding = FindingCatalog::make(id, args, evidence, CheckName::watch());
    m_current.findingIds.append(finding.id);
    if (finding.severity == Finding::Severity::Failure) {
        if (m_current.failureIds.isEmpty())
            m_current.failureDetail = args.value(2);
        m_current.failureIds.append(finding.id);
    }
    auto seen = std::find_if(m_seen.begin(), m_seen.end(), [&finding](const Seen &item) {
        return item.finding.id == finding.id;
    });
    if (seen == m_seen.end())
        m_seen.append({finding, {m_current.index}});
    else if (!seen->attempts.contains(m_current.index))
        seen->attempts.append(m_current.index);
}

void WatchRun::onProbeFinished()
{
    const SmtpProbe::Timings timings = m_probe->timings();
    m_current.durationMs = m_clock.elapsed() - m_current.offsetMs;
    m_current.setMs(WatchAttempt::Phase::Connect, timings.connectMs);
    m_current.setMs(WatchAttempt::Phase::Greeting, timings.greetingMs);
    m_current.setMs(WatchAttempt::Phase::Tls, timings.tlsMs);
    m_current.setMs(WatchAttempt::Phase::Auth, timings.authMs);
    m_probe->disconnect(this);
    m_probe->deleteLater();
    m_probe = nullptr;
    m_attempts.append(m_current);
    emit attemptFinished(m_current);
    scheduleNext();
}

void WatchRun::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_durationMs = m_clock.elapsed();
    m_log.append(CheckName::watch(),
                 Event::Kind::Note,
                 QStringLiteral("%1 attempts in %2 ms").arg(m_attempts.size()).arg(m_durationMs));
    emit finished();
}

QList<Finding> WatchRun::findings() const
{
    const WatchSummary summary = WatchSummary::of(m_attempts);
    QList<Finding> all = m_input->findings() + m_resolve->findings();
    const int total = int(m_attempts.size());
    for (const Seen &seen : m_seen) {
        // The series' own send.rate_limited says after how many messages.
        if (summary.rateLimit() && seen.finding.id == QLatin1String(FindingId::SendRateLimited))
            continue;
        Finding finding = seen.finding;
        // In a series that works sometimes, each failure class is a part of
        // net.intermittent (which says it as a failure), not a verdict.
        const bool partOfIntermittent = summary.sessionFailures() < total
                                        && seen.attempts.size() < total
                                        && !finding.id.startsWith(QLatin1String("send."));
        if (partOfIntermittent && finding.severity == Finding::Severity::Failure)
            finding.severity = Finding::Severity::Warning;
        QStringList indexes;
        for (int index : seen.attempts)
            indexes.append(QString::number(index));
        finding.evidence.prepend(QStringLiteral("seen in %1 of %2 attempts (%3)")
                                     .arg(seen.attempts.size())
                                     .arg(total)
                                     .arg(indexes.join(QLatin1String(", "))));
        all.append(finding);
    }
    all += summary.findings(m_settings.target.host, m_settings.target.port);
    return all;
}

WatchRecord WatchRun::record() const
{
    WatchRecord record;
    record.plannedAttempts = m_settings.count;
    record.intervalMs = m_settings.intervalMs;
    record.messagesAllowed = m_settings.target.mailFrom.isEmpty() ? 0 : m_settings.messagesAllowed;
    record.cancelled = m_cancelled;
    record.attempts = m_attempts;
    return record;
}

Report WatchRun::report(const QDateTime &started) const
{
    Report report;
    report.target = m_settings.target;
    report.started = started;
    report.durationMs = m_running ? m_clock.elapsed() : m_durationMs;
    report.environment = Report::currentEnvironment(m_resolver->description());
    report.findings = findings();
    for (const Check *check :
         {static_cast<const Check *>(m_input), static_cast<const Check *>(m_resolve)}) {
        const char *status = QMetaEnum::fromType<Check::Status>().valueToKey(int(check->status()));
        report.checks.append(
            {check->name(), QString::fromLatin1(status).toLower(), check->skipReason()});
    }
    report.checks.append({CheckName::watch(),
                          m_cancelled ? QStringLiteral("cancelled") : QStringLiteral("done"),
                          {}});
    report.events = m_log.events();
    report.watch = record();
    if (m_cancelled)
        report.stopped = RunStop::fromChecks(RunStop::Reason::Cancelled, {CheckName::watch()});
    return report;
}
