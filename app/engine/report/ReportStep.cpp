// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportStep.h"

#include "core/CheckName.h"

#include <QHash>

const QHash<QString, ReportStep::Step> &ReportStep::checkSteps()
{
    // One row per name in CheckName (tst_reportstep holds the two together).
    static const QHash<QString, Step> steps = {
        {CheckName::input(), Step::Settings},
        {CheckName::resolve(), Step::Connectivity},
        {CheckName::ports(), Step::Connectivity},
        {CheckName::control(), Step::Connectivity},
        {CheckName::smtp(), Step::Connectivity},
        {CheckName::analysis(), Step::Connectivity},
        {CheckName::site(), Step::Website},
        {CheckName::watch(), Step::Connectivity},
        {CheckName::domain(), Step::DomainRecords},
        {CheckName::profiles(), Step::TestEmail},
        {CheckName::message(), Step::TestEmail},
        {CheckName::fetchBack(), Step::TestEmail},
    };
    return steps;
}

ReportStep::Step ReportStep::ofCheck(const QString &check)
{
    // Check names are part of the JSON contract (Check::name()); a name
    // this version does not know still shows, under "Other".
    if (check.startsWith(CheckName::backupPrefix()))
        return Step::TestEmail;
    return checkSteps().value(check, Step::Other);
}

QStringList ReportStep::knownChecks()
{
    return checkSteps().keys();
}

ReportStep::Step ReportStep::ofFinding(const Finding &finding)
{
    // What the website saw stays together, apart from this computer's
    // findings with the same ids (a server's report merged as the website's).
    if (finding.subject.vantage == FindingSubject::Vantage::Site)
        return Step::Website;
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
    case Step::Website:
        return tr("From your website");
    case Step::DomainRecords:
        return tr("Domain records");
    case Step::TestEmail:
        return tr("Test e-mail");
    case Step::Other:
        break;
    }
    return tr("Other checks");
}

QString ReportStep::keyName(Step step)
{
    switch (step) {
    case Step::Settings:
        return QStringLiteral("settings");
    case Step::Connectivity:
        return QStringLiteral("connectivity");
    case Step::DomainRecords:
        return QStringLiteral("domain_records");
    case Step::TestEmail:
        return QStringLiteral("test_email");
    case Step::Other:
        break;
    }
    return QStringLiteral("other");
}

ReportStep::Step ReportStep::fromKeyName(const QString &name)
{
    for (Step step : all()) {
        if (keyName(step) == name)
            return step;
    }
    return Step::Other;
}

QList<ReportStep::Step> ReportStep::all()
{
    return {Step::Settings,
            Step::Connectivity,
            Step::Website,
            Step::DomainRecords,
            Step::TestEmail,
            Step::Other};
}
