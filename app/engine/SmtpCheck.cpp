#include "SmtpCheck.h"

#include "ResolveCheck.h"
#include "SmtpProbe.h"

SmtpCheck::SmtpCheck(const Target &target,
                     const QList<QSslCertificate> &extraCaCertificates,
                     const ResolveCheck *addresses,
                     EventLog *log,
                     QObject *parent)
    : Check(QStringLiteral("smtp"), log, parent)
    , m_target(target)
    , m_extraCaCertificates(extraCaCertificates)
    , m_addresses(addresses)
{
    // Connect, TLS, greeting, EHLO, STARTTLS, TLS, EHLO, QUIT: eight steps.
    setDeadline(8 * target.stepTimeoutMs + 1000);
}

void SmtpCheck::run()
{
    const QList<QHostAddress> addresses = m_addresses->addresses();
    reportProgress(tr("Connecting to %1 port %2").arg(m_target.host).arg(m_target.port));
    for (const QHostAddress &address : addresses) {
        SmtpProbe::Settings settings;
        settings.address = address;
        settings.port = m_target.port;
        settings.security = m_target.security;
        settings.verifyName = m_target.host;
        settings.stepTimeoutMs = m_target.stepTimeoutMs;
        settings.extraCaCertificates = m_extraCaCertificates;
        auto *probe = new SmtpProbe(settings, this);
        connect(probe, &SmtpProbe::found, this, &SmtpCheck::addFinding);
        connect(probe, &SmtpProbe::logged, this, &SmtpCheck::log);
        connect(probe, &SmtpProbe::finished, this, &SmtpCheck::onProbeFinished);
        m_probes.append(probe);
    }
    m_running = m_probes.size();
    // All addresses at once: the verdict takes one timeout, not one each.
    for (SmtpProbe *probe : std::as_const(m_probes))
        probe->start();
    if (m_running == 0)
        finish();
}

void SmtpCheck::abort()
{
    for (SmtpProbe *probe : std::as_const(m_probes))
        probe->abort();
}

void SmtpCheck::onProbeFinished()
{
    if (--m_running == 0)
        finish();
}
