#include "Diagnosis.h"

#include "DnsResolver.h"
#include "ResolveCheck.h"
#include "SmtpCheck.h"

#include <QSslCertificate>

Diagnosis::Diagnosis(const Target &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
{
    DnsResolver::Config resolverConfig;
    resolverConfig.server = target.resolver;
    resolverConfig.timeoutMs = target.stepTimeoutMs;
    m_resolver = new DnsResolver(resolverConfig, this);
    if (!m_resolver->setupError().isEmpty())
        m_setupError = tr("The DNS resolver could not start: %1").arg(m_resolver->setupError());

    QList<QSslCertificate> extraCaCertificates;
    if (!target.caFile.isEmpty()) {
        extraCaCertificates = QSslCertificate::fromPath(target.caFile, QSsl::Pem);
        if (extraCaCertificates.isEmpty())
            m_setupError = tr("No certificate could be read from %1").arg(target.caFile);
    }

    auto *resolve = new ResolveCheck(target.host, m_resolver, &m_log, this);
    resolve->setDeadline(2 * target.stepTimeoutMs);
    add(resolve);
    add(new SmtpCheck(target, extraCaCertificates, resolve, &m_log, this), {resolve});

    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_log.append(QStringLiteral("diagnosis"),
                     Event::Kind::Note,
                     QStringLiteral("overall deadline reached"));
        cancel();
    });
}

void Diagnosis::add(Check *check, const QList<Check *> &needs)
{
    m_checks.append(check);
    m_needs.insert(check, needs);
    connect(check, &Check::findingAdded, this, &Diagnosis::findingAdded);
    connect(check, &Check::progressChanged, this, [this](const QString &step) {
        int done = 0;
        for (const Check *check : std::as_const(m_checks))
            done += check->status() != Check::Status::Waiting
                    && check->status() != Check::Status::Running;
        emit progressChanged(done, m_checks.size(), step);
    });
    connect(check, &Check::finished, this, &Diagnosis::onCheckFinished);
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

void Diagnosis::start()
{
    if (m_running)
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
}

void Diagnosis::startReadyChecks()
{
    for (Check *check : std::as_const(m_checks)) {
        if (check->status() != Check::Status::Waiting)
            continue;
        bool ready = true;
        for (const Check *need : m_needs.value(check)) {
            if (need->status() == Check::Status::Waiting
                || need->status() == Check::Status::Running) {
                ready = false;
            } else if (!need->isUsable()) {
                check->skip(tr("it needs the %1 check, which found no way on").arg(need->name()));
                ready = false;
                break;
            }
        }
        if (ready && check->status() == Check::Status::Waiting) {
            emit checkStarted(check->name());
            check->start();
        }
    }
}

void Diagnosis::onCheckFinished()
{
    startReadyChecks();
    for (const Check *check : std::as_const(m_checks)) {
        if (check->status() == Check::Status::Waiting || check->status() == Check::Status::Running)
            return;
    }
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_log.append(QStringLiteral("diagnosis"),
                 Event::Kind::Note,
                 QStringLiteral("finished in %1 ms").arg(m_clock.elapsed()));
    emit finished();
}
