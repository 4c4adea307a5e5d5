// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/ProfileComparison.h"

#include "core/CheckName.h"
#include "findings/FindingIds.h"
#include "findings/FindingCatalog.h"

#include <algorithm>

namespace {

bool inGroup(const Finding &finding, const QStringList &groups)
{
    return groups.contains(finding.id.section(QLatin1Char('.'), 0, 0));
}

// The finding that decided a step: the worst of its groups, the first found
// among equals; empty when none of them came up.
QString decidingId(const QList<Finding> &findings, const QStringList &groups)
{
    const Finding *worst = nullptr;
    for (const Finding &finding : findings) {
        if (finding.severity == Finding::Severity::Info || !inGroup(finding, groups))
            continue;
        if (!worst || isWorse(finding.severity, worst->severity))
            worst = &finding;
    }
    return worst ? worst->id : QString();
}

QString cell(const QString &id)
{
    return id.isEmpty() ? QStringLiteral("-") : id;
}

} // namespace

QString ProfileComparison::describe(const Target &target)
{
    return QStringLiteral("%1 port %2 (%3)")
        .arg(target.host)
        .arg(target.port)
        .arg(Target::securityName(target.security));
}

ProfileComparison::Column ProfileComparison::summarize(const Target &target,
                                                       const QList<Finding> &findings)
{
    Column column;
    column.target = target;
    column.connection = decidingId(findings, {QStringLiteral("net"), QStringLiteral("smtp")});
    column.tls = target.security == Target::Security::None
                     ? QString()
                     : decidingId(findings, {QStringLiteral("tls")});
    column.signIn = decidingId(findings, {QStringLiteral("auth")});
    column.message = decidingId(findings, {QStringLiteral("send")});
    bool failed = false;
    bool greeted = false;
    for (const Finding &finding : findings) {
        greeted = greeted || finding.id == QLatin1String(FindingId::SmtpGreetingOk);
        failed = failed
                 || (finding.severity == Finding::Severity::Failure
                     && inGroup(finding,
                                {QStringLiteral("net"),
                                 QStringLiteral("smtp"),
                                 QStringLiteral("tls"),
                                 QStringLiteral("auth"),
                                 QStringLiteral("send")}));
    }
    // Working means the server greeted and nothing on the way failed.
    column.works = greeted && !failed;
    return column;
}

Finding ProfileComparison::compare(const Column &main, const Column &backup)
{
    const QString id = main.works && backup.works ? QLatin1String(FindingId::ProfileBothWork)
                       : backup.works             ? QLatin1String(FindingId::ProfileBackupWorks)
                       : main.works               ? QLatin1String(FindingId::ProfileMainOnly)
                                                  : QLatin1String(FindingId::ProfileNeitherWorks);
    const auto row = [](const QString &step, const QString &left, const QString &right) {
        return QStringLiteral("%1 %2 %3").arg(step, -12).arg(left, -38).arg(right);
    };
    const QStringList evidence{
        row(QString(), QStringLiteral("main"), QStringLiteral("backup")),
        row(QStringLiteral("server"), describe(main.target), describe(backup.target)),
        row(QStringLiteral("connection"), cell(main.connection), cell(backup.connection)),
        row(QStringLiteral("TLS"), cell(main.tls), cell(backup.tls)),
        row(QStringLiteral("sign-in"), cell(main.signIn), cell(backup.signIn)),
        row(QStringLiteral("message"), cell(main.message), cell(backup.message)),
        row(QStringLiteral("verdict"),
            main.works ? QStringLiteral("works") : QStringLiteral("does not work"),
            backup.works ? QStringLiteral("works") : QStringLiteral("does not work")),
    };
    return FindingCatalog::make(id,
                                FindingArgs{{FindingArg::Main, describe(main.target)},
                                            {FindingArg::Backup, describe(backup.target)}},
                                evidence,
                                CheckName::profiles());
}

Report ProfileComparison::merge(const Report &main, const Report &backup)
{
    Report merged = main;
    for (Finding finding : backup.findings) {
        finding.check.prepend(CheckName::backupPrefix());
        merged.findings.append(finding);
    }
    for (Event event : backup.events) {
        event.check.prepend(CheckName::backupPrefix());
        merged.events.append(event);
    }
    for (Report::CheckSummary check : backup.checks) {
        check.name.prepend(CheckName::backupPrefix());
        merged.checks.append(check);
    }
    // Both ran at once: one timeline.
    std::stable_sort(merged.events.begin(),
                     merged.events.end(),
                     [](const Event &a, const Event &b) { return a.offsetMs < b.offsetMs; });
    merged.durationMs = std::max(main.durationMs, backup.durationMs);
    merged.findings.append(
        compare(summarize(main.target, main.findings), summarize(backup.target, backup.findings)));
    return merged;
}
