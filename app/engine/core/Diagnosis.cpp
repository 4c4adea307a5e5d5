// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Diagnosis.h"

#include "net/AnalysisCheck.h"
#include "net/ControlCheck.h"
#include "dns/DnsResolver.h"
#include "domain/DomainCheck.h"
#include "input/InputCheck.h"
#include "discovery/ProviderCatalog.h"
#include "net/PortSweepCheck.h"
#include "dns/ResolveCheck.h"
#include "smtp/SmtpCheck.h"

#include <QSslCertificate>

#include <algorithm>

Diagnosis::Diagnosis(const Target &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
{
    DnsResolver::Config resolverConfig;
    resolverConfig.server = target.resolver;
    resolverConfig.timeoutMs = target.stepTimeoutMs;
    resolverConfig.trustAnchorFile = target.trustAnchorFile;
    m_resolver = new DnsResolver(resolverConfig, this);
    if (!m_resolver->setupError().isEmpty())
        m_setupError = tr("The DNS resolver could not start: %1").arg(m_resolver->setupError());

    QList<QSslCertificate> extraCaCertificates;
    if (!target.caFile.isEmpty()) {
        extraCaCertificates = QSslCertificate::fromPath(target.caFile, QSsl::Pem);
        if (extraCaCertificates.isEmpty())
            m_setupError = tr("No certificate could be read from %1").arg(target.caFile);
    }

    // The typed settings first; where a mistake is certain ("http://",
    // spaces, "host:587"), the rest of the diagnosis uses the mended host.
    const HostInput::Result input = HostInput::analyze(
        target.host, target.port, target.security, ProviderCatalog::instance());
    auto *inputCheck = new InputCheck(target, input, &m_log, this);
    m_target.host = input.host;
    add(inputCheck);

    // With a chosen resolver, the system's is asked too: when they disagree
    // about the host, the programs on this machine see another server.
    DnsResolver *systemResolver = nullptr;
    if (target.resolver) {
        DnsResolver::Config systemConfig;
        systemConfig.timeoutMs = target.stepTimeoutMs;
        systemResolver = new DnsResolver(systemConfig, this);
        if (!systemResolver->setupError().isEmpty()) {
            m_log.append(QStringLiteral("resolve"),
                         Event::Kind::Note,
                         QStringLiteral("no comparison with the system resolver: ")
                             + systemResolver->setupError());
            delete systemResolver;
            systemResolver = nullptr;
        }
    }
    auto *resolve = new ResolveCheck(m_target.host, m_resolver, systemResolver, &m_log, this);
    resolve->setDeadline(2 * target.stepTimeoutMs);
    add(resolve, {inputCheck});
    if (!m_target.domain.isEmpty())
        add(new DomainCheck(m_target, resolve, m_resolver, &m_log, this), {}, {resolve});
    if (m_target.checkServer)
        addServerChecks(resolve, extraCaCertificates);

    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_log.append(QStringLiteral("diagnosis"),
                     Event::Kind::Note,
                     QStringLiteral("overall deadline reached"));
        m_deadlineReached = true;
        cancel();
    });
}

void Diagnosis::addServerChecks(ResolveCheck *resolve,
                                const QList<QSslCertificate> &extraCaCertificates)
{
    m_ports = new PortSweepCheck(m_target, resolve, &m_log, this);
    add(m_ports, {resolve});
    m_smtp = new SmtpCheck(m_target, extraCaCertificates, m_ports, m_resolver, &m_log, this);
    add(m_smtp, {m_ports});
    ControlCheck *control = nullptr;
    if (!m_target.controlHost.isEmpty()) {
        control = new ControlCheck(m_target, m_resolver, &m_log, this);
        add(control);
    }
    // The analysis uses the control host's grid when there is one, and runs without it.
    add(new AnalysisCheck(m_target, resolve, m_ports, control, &m_log, this),
        {m_ports},
        control ? QList<Check *>{control} : QList<Check *>{});
}

void Diagnosis::add(Check *check, const QList<Check *> &needs, const QList<Check *> &after)
{
    m_checks.append(check);
    m_needs.insert(check, needs);
    m_after.insert(check, after);
    connect(check, &Check::findingAdded, this, &Diagnosis::findingAdded);
    connect(check, &Check::progressChanged, this, [this](const QString &step) {
        int done = 0;
        for (const Check *check : std::as_const(m_checks))
            done += check->status() != Check::Status::Waiting
                    && check->status() != Check::Status::Running;
        emit progressChanged(done, m_checks.size(), step);
    });
    connect(check, &Check::finished, this, [this, check] {
        // A check skipped before it started has no time of its own.
        if (check->status() != Check::Status::Skipped)
            m_log.append(check->name(), Event::Kind::Note, QLatin1String(Event::checkEnded));
        onCheckFinished();
    });
}

QList<Finding> Diagnosis::findings() const
{
    QList<Finding> all;
    for (const Check *check : m_checks)
        all.append(check->findings());
    return all;
}

QString Diagnosis::resolverDescription() const
{
    return m_resolver->description();
}

void Diagnosis::setCredentials(const SaslClient::Credentials &credentials)
{
    if (m_smtp)
        m_smtp->setCredentials(credentials);
}

void Diagnosis::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_clock.start();
    // The longest chain of deadlines, plus a margin: nothing runs longer.
    int longest = 0;
    for (const Check *check : std::as_const(m_checks))
        longest += check->deadline();
    m_deadline.start(longest + 1000);
    QTimer::singleShot(0, this, &Diagnosis::startReadyChecks);
}

void Diagnosis::cancel()
{
    for (Check *check : std::as_const(m_checks)) {
        if (check->status() == Check::Status::Waiting)
            check->skip(tr("the diagnosis was cancelled"));
        else
            check->cancel();
    }
    // Cancelled before it started: no check will ever finish it, so it
    // finishes here, later, as start() would have (the KJob contract:
    // finished exactly once, never from inside the call).
    if (!m_running && !m_finished) {
        m_finished = true;
        m_log.append(QStringLiteral("diagnosis"),
                     Event::Kind::Note,
                     QStringLiteral("cancelled before it started"));
        QTimer::singleShot(0, this, &Diagnosis::finished);
    }
}

static bool isPending(const Check *check)
{
    return check->status() == Check::Status::Waiting || check->status() == Check::Status::Running;
}

void Diagnosis::startReadyChecks()
{
    for (Check *check : std::as_const(m_checks)) {
        if (check->status() != Check::Status::Waiting)
            continue;
        const QList<Check *> needs = m_needs.value(check);
        const QList<Check *> after = m_after.value(check);
        if (std::any_of(needs.cbegin(), needs.cend(), isPending)
            || std::any_of(after.cbegin(), after.cend(), isPending))
            continue;
        const auto unusable = std::find_if(
            needs.cbegin(), needs.cend(), [](const Check *need) { return !need->isUsable(); });
        if (unusable != needs.cend()) {
            check->skip(
                tr("it needs the %1 check, which could not go further").arg((*unusable)->name()));
            continue;
        }
        m_log.append(check->name(), Event::Kind::Note, QLatin1String(Event::checkStarted));
        emit checkStarted(check->name());
        check->start();
    }
}

void Diagnosis::onCheckFinished()
{
    startReadyChecks();
    if (std::any_of(m_checks.cbegin(), m_checks.cend(), isPending) || !m_running)
        return;
    m_running = false;
    m_finished = true;
    m_deadline.stop();
    m_log.append(QStringLiteral("diagnosis"),
                 Event::Kind::Note,
                 QStringLiteral("finished in %1 ms").arg(m_clock.elapsed()));
    emit finished();
}
