// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Check.h"

#include "findings/FindingCatalog.h"

Check::Check(const QString &name, EventLog *log, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_log(log)
{
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        if (m_status != Status::Running)
            return;
        this->log(Event::Kind::Note, QStringLiteral("deadline of %1 ms reached").arg(m_deadlineMs));
        stop(Status::TimedOut);
    });
}

void Check::start()
{
    if (m_status != Status::Waiting)
        return;
    m_status = Status::Running;
    m_deadlineTimer.start(m_deadlineMs);
    QTimer::singleShot(0, this, [this] {
        if (m_status == Status::Running)
            run();
    });
}

void Check::cancel()
{
    if (m_status != Status::Running && m_status != Status::Waiting)
        return;
    if (m_callouts > 0) {
        // Called from a slot of this check's own log line or finding: the
        // code that emitted it is still on the stack and goes on after the
        // emit (a probe writes the command it just logged), so the check
        // stops as soon as that code has returned to the event loop.
        QTimer::singleShot(0, this, &Check::cancel);
        return;
    }
    log(Event::Kind::Note, QStringLiteral("cancelled"));
    stop(Status::Cancelled);
}

void Check::stop(Status status)
{
    // While the check tears itself down, a sub-step that ends on the way
    // (a probe closing) must not finish it as Done.
    m_stopping = true;
    abort();
    if (status == Status::TimedOut)
        onDeadline();
    else if (status == Status::Cancelled)
        onCancel();
    m_stopping = false;
    finish(status);
}

void Check::skip(const QString &reason)
{
    if (m_status != Status::Waiting)
        return;
    m_skipReason = reason;
    log(Event::Kind::Note, QStringLiteral("skipped: ") + reason);
    finish(Status::Skipped);
}

void Check::addFinding(const QString &id,
                       const QStringList &args,
                       const QStringList &evidence,
                       std::optional<Finding::Severity> severity)
{
    addFinding(id, FindingCatalog::named(id, args), evidence, severity);
}

void Check::addFinding(const QString &id,
                       const FindingArgs &args,
                       const QStringList &evidence,
                       std::optional<Finding::Severity> severity)
{
    Finding finding = FindingCatalog::make(id, args, evidence, m_name);
    if (severity)
        finding.severity = *severity;
    m_findings.append(finding);
    log(Event::Kind::Note, QStringLiteral("finding ") + id);
    ++m_callouts;
    emit findingAdded(finding);
    --m_callouts;
}

void Check::reportProgress(const QString &step)
{
    ++m_callouts;
    emit progressChanged(step);
    --m_callouts;
}

void Check::log(Event::Kind kind, const QString &text)
{
    if (!m_log)
        return;
    ++m_callouts;
    m_log->append(m_name, kind, text);
    --m_callouts;
}

void Check::finish(Status status)
{
    if (m_stopping || (m_status != Status::Running && m_status != Status::Waiting))
        return;
    m_status = status;
    m_deadlineTimer.stop();
    emit finished();
}
