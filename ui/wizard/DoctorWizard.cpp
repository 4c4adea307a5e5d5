#include "DoctorWizard.h"

#include "DiagnosisPage.h"
#include "PendingStepPage.h"
#include "ResultsPage.h"
#include "ServerPage.h"
#include "WelcomePage.h"

DoctorWizard::DoctorWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("doctorWizard"));
    setWindowTitle(tr("SMTP Doctor"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/smtp-doctor.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1, false);

    setPage(WelcomePageId, new WelcomePage(this));
    setPage(ServerPageId, new ServerPage(this));
    setPage(ConnectivityPageId, new DiagnosisPage(DiagnosisPage::Stage::Connectivity, this));
    setPage(DomainPageId, new DiagnosisPage(DiagnosisPage::Stage::Domain, this));
    setPage(TestEmailPageId,
            new PendingStepPage(tr("Test e-mail"),
                                tr("This step will sign in and send a test message with a live "
                                   "transcript. It is not part of this version yet: press Next "
                                   "to go on."),
                                this));
    setPage(ResultsPageId, new ResultsPage(this));
    setStartId(WelcomePageId);
    resize(760, 560);
}

Target DoctorWizard::target() const
{
    Target target;
    target.host = field(QStringLiteral("host")).toString().trimmed();
    target.port = static_cast<quint16>(field(QStringLiteral("port")).toInt());
    target.security = static_cast<Target::Security>(field(QStringLiteral("security")).toInt());
    target.resolver = ResolverAddress::parse(field(QStringLiteral("resolver")).toString());
    target.caFile = field(QStringLiteral("caFile")).toString().trimmed();
    target.stepTimeoutMs = field(QStringLiteral("timeout")).toInt() * 1000;
    target.extraPorts = Target::parsePortList(field(QStringLiteral("ports")).toString())
                            .value_or(QList<quint16>());
    const QString control = field(QStringLiteral("controlHost")).toString().trimmed();
    target.controlHost = control == QLatin1String("none") ? QString() : control;
    target.domain = field(QStringLiteral("domain")).toString().trimmed().toLower();
    target.dkimSelectors = field(QStringLiteral("dkimSelectors"))
                               .toString()
                               .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &selector : target.dkimSelectors)
        selector = selector.trimmed();
    return target;
}

void DoctorWizard::setReport(PageId step, const Report &report)
{
    m_reports.insert(step, report);
    emit reportChanged();
}

Report DoctorWizard::combinedReport() const
{
    if (m_reports.isEmpty())
        return {};
    Report combined = m_reports.first();
    for (auto it = std::next(m_reports.cbegin()); it != m_reports.cend(); ++it) {
        combined.findings += it->findings;
        combined.checks += it->checks;
        combined.events += it->events;
        combined.durationMs += it->durationMs;
        if (combined.target.domain.isEmpty())
            combined.target.domain = it->target.domain;
    }
    return combined;
}
