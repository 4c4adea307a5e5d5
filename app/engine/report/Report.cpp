// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Report.h"

#include "core/Diagnosis.h"
#include "crypto/Crypto.h"
#include "core/Version.h"

#include <QMetaEnum>
#include <QNetworkInterface>
#include <QSysInfo>

#include <algorithm>

Report Report::fromDiagnosis(const Diagnosis &diagnosis, const QDateTime &started)
{
    Report report;
    report.target = diagnosis.target();
    report.started = started;
    report.durationMs = diagnosis.elapsedMs();
    report.environment = currentEnvironment(diagnosis.resolverDescription());
    report.findings = diagnosis.findings();
    for (const Check *check : diagnosis.checks()) {
        const char *status = QMetaEnum::fromType<Check::Status>().valueToKey(int(check->status()));
        report.checks.append(
            {check->name(), QString::fromLatin1(status).toLower(), check->skipReason()});
    }
    report.events = diagnosis.eventLog()->events();
    // Waiting checks are skipped on cancel: the cancelled ones were running.
    QStringList running;
    for (const Check *check : diagnosis.checks()) {
        if (check->status() == Check::Status::Cancelled)
            running.append(check->name());
    }
    report.stopped = RunStop::fromChecks(
        diagnosis.deadlineReached() ? RunStop::Reason::DeadlineReached : RunStop::Reason::Cancelled,
        running);
    return report;
}

ReportEnvironment Report::currentEnvironment(const QString &resolver)
{
    ReportEnvironment environment;
    environment.appVersion = QStringLiteral(SMTP_DOCTOR_VERSION);
    environment.os = QSysInfo::prettyProductName();
    environment.qtVersion = QString::fromLatin1(qVersion());
    environment.crypto = Crypto::backendName();
    environment.resolver = resolver;
    bool ipv4 = false;
    bool ipv6 = false;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        ipv4 = ipv4 || address.protocol() == QAbstractSocket::IPv4Protocol;
        ipv6 = ipv6 || address.protocol() == QAbstractSocket::IPv6Protocol;
    }
    if (ipv4)
        environment.addressFamilies.append(QStringLiteral("IPv4"));
    if (ipv6)
        environment.addressFamilies.append(QStringLiteral("IPv6"));
    return environment;
}

bool Report::hasFailure() const
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &finding) {
        return finding.severity == Finding::Severity::Failure;
    });
}

QList<Finding> Report::sortedFindings() const
{
    QList<Finding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding &a, const Finding &b) {
        return isWorse(a.severity, b.severity);
    });
    return sorted;
}
