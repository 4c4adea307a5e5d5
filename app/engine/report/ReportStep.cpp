#include "report/ReportStep.h"

ReportStep::Step ReportStep::ofCheck(const QString &check)
{
    // Check names are part of the JSON contract (Check::name()); a name
    // this version does not know still shows, under "Other".
    static const QHash<QString, Step> steps = {
        {QStringLiteral("input"), Step::Settings},
        {QStringLiteral("resolve"), Step::Connectivity},
        {QStringLiteral("ports"), Step::Connectivity},
        {QStringLiteral("control"), Step::Connectivity},
        {QStringLiteral("smtp"), Step::Connectivity},
        {QStringLiteral("tls"), Step::Connectivity},
        {QStringLiteral("analysis"), Step::Connectivity},
        {QStringLiteral("watch"), Step::Connectivity},
        {QStringLiteral("domain"), Step::DomainRecords},
        {QStringLiteral("spf"), Step::DomainRecords},
        {QStringLiteral("dkim"), Step::DomainRecords},
        {QStringLiteral("dmarc"), Step::DomainRecords},
        {QStringLiteral("session"), Step::TestEmail},
        {QStringLiteral("auth"), Step::TestEmail},
        {QStringLiteral("send"), Step::TestEmail},
        {QStringLiteral("test-email"), Step::TestEmail},
    };
    return steps.value(check, Step::Other);
}

ReportStep::Step ReportStep::ofFinding(const Finding &finding)
{
    const QString group = finding.id.section(QLatin1Char('.'), 0, 0);
    if (group == QLatin1String("auth") || group == QLatin1String("send"))
        return Step::TestEmail;
    if (group == QLatin1String("input"))
        return Step::Settings;
    if (group == QLatin1String("domain"))
        return Step::DomainRecords;
    return ofCheck(finding.check);
}

QString ReportStep::title(Step step)
{
    switch (step) {
    case Step::Settings:
        return tr("Server settings");
    case Step::Connectivity:
        return tr("Connectivity");
    case Step::DomainRecords:
        return tr("Domain records");
    case Step::TestEmail:
        return tr("Test e-mail");
    case Step::Other:
        break;
    }
    return tr("Other checks");
}

QList<ReportStep::Step> ReportStep::all()
{
    return {Step::Settings, Step::Connectivity, Step::DomainRecords, Step::TestEmail, Step::Other};
}
