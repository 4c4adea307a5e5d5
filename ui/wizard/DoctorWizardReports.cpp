// SPDX-License-Identifier: GPL-3.0-or-later
// DoctorWizard's members that reach the engine (TargetBuilder, the reports):
// linked with the steps, which call them, and not into the application's
// executable, which only shows the first page (DoctorWizard.h).
#include "DoctorWizard.h"

TargetBuilder::Input DoctorWizard::targetInput() const
{
    TargetBuilder::Input input;
    input.host = field(QStringLiteral("host")).toString();
    input.port = QString::number(field(QStringLiteral("port")).toInt());
    input.security = Target::securityName(
        static_cast<Target::Security>(field(QStringLiteral("security")).toInt()));
    input.resolver = field(QStringLiteral("resolver")).toString();
    input.caFile = field(QStringLiteral("caFile")).toString();
    input.timeout = QString::number(field(QStringLiteral("timeout")).toInt());
    input.ports = field(QStringLiteral("ports")).toString();
    // The field's placeholder says it: left empty, there is no reference host.
    const QString control = field(QStringLiteral("controlHost")).toString().trimmed();
    input.controlHost = control.isEmpty() ? QStringLiteral("none") : control;
    input.domain = field(QStringLiteral("domain")).toString();
    input.dkimSelectors = {field(QStringLiteral("dkimSelectors")).toString()};
    return input;
}

Target DoctorWizard::target() const
{
    return TargetBuilder::build(targetInput()).target;
}

void DoctorWizard::setReport(PageId step, const Report &report)
{
    m_reports.insert(step, report);
    emit stepReportChanged(step);
    emit reportChanged();
}

Report DoctorWizard::combinedReport() const
{
    if (m_reports.isEmpty())
        return {};
    // The steps in the order the user went through them (the message step
    // comes first when mail is "sent but not received"), then any other.
    QList<PageId> order;
    for (const int id : visitedIds()) {
        if (m_reports.contains(PageId(id)))
            order.append(PageId(id));
    }
    for (const PageId id : m_reports.keys()) {
        if (!order.contains(id))
            order.append(id);
    }
    Report combined = m_reports.value(order.first());
    for (auto it = std::next(order.cbegin()); it != order.cend(); ++it) {
        const Report &step = m_reports[*it];
        combined.findings += step.findings;
        combined.checks += step.checks;
        combined.events += step.events;
        combined.durationMs += step.durationMs;
        if (!combined.watch)
            combined.watch = step.watch;
        // A message checked first has no server: the report names the one
        // the later steps checked.
        if (combined.target.host.isEmpty() && !step.target.host.isEmpty()) {
            const QString domain = combined.target.domain;
            combined.target = step.target;
            if (!domain.isEmpty())
                combined.target.domain = domain;
        }
        if (combined.target.domain.isEmpty())
            combined.target.domain = step.target.domain;
        if (!combined.stopped)
            combined.stopped = step.stopped;
    }
    combined.situation = situation();
    return combined;
}
