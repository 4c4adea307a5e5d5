// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorWizard.h"

#include "DiagnosisPage.h"
#include "InterruptedRunNotice.h"
#include "MessagePage.h"
#include "ResultsPage.h"
#include "RunRecorder.h"
#include "ScreenshotTour.h"
#include "ServerPage.h"
#include "ServerRunPage.h"
#include "SiteProbePage.h"
#include "TestEmailPage.h"
#include "WatchPage.h"
#include "WelcomePage.h"
#include "WizardCommands.h"
#include "WizardSession.h"
#include "WizardSettings.h"

#include <QEvent>
#include <QIcon>
#include <QImageReader>
#include <QPixmap>

namespace {

// The hicolor PNGs of the package (ui/CMakeLists.txt), not the SVG, read as
// PNG by Qt's own reader: no icon engine plugin, and no image format plugin
// asked whether it reads PNG (what QIcon::addFile's format detection does),
// loaded before the first page shows. Up to 64 px: decoding is paid at start,
// and the desktop takes its larger icons from the installed theme.
QIcon packagedWindowIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64}) {
        QImageReader reader(
            QStringLiteral(":/window-icon/%1x%1/apps/org.smtpdoctor.SmtpDoctor.png").arg(size),
            "png");
        reader.setAutoDetectImageFormat(false);
        icon.addPixmap(QPixmap::fromImage(reader.read()));
    }
    return icon;
}

} // namespace

DoctorWizard::DoctorWizard(QWidget *parent)
    : QWizard(parent)
    , m_session(new WizardSession(this))
{
    setObjectName(QStringLiteral("doctorWizard"));
    setWindowTitle(tr("SMTP Doctor"));
    setWindowIcon(packagedWindowIcon());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1, false);

    auto *welcome = new WelcomePage(this);
    setPage(WelcomePageId, welcome);
    connect(welcome, &WelcomePage::languageChosen, this, [this](const QString &language) {
        m_requestedLanguage = language;
        close();
    });
    // The server page's fields are restored on the first show (WizardSettings)
    // and make the target; the other steps are built once the first page is
    // painted (buildLaterPages()), so the window shows without waiting for them.
    setPage(ServerPageId, new ServerPage(this));
    setStartId(WelcomePageId);
    resize(760, 560);

    // Around the pages: buttons and shortcuts, remembered settings and
    // window geometry, every run saved to the history.
    new WizardCommands(this);
    new WizardSettings(this);
    m_recorder = new RunRecorder(this);
    InterruptedRunNotice::showOnStart(this);
    ScreenshotTour::startIfRequested(this);
}

DoctorWizard::~DoctorWizard()
{
    // The pages are still here: their runs can still say what they saw.
    m_recorder->recordUnfinishedSteps();
}

bool DoctorWizard::event(QEvent *event)
{
    // Queued from the first paint: it runs once that frame is on screen.
    if (event->type() == QEvent::Paint && !m_laterPagesQueued) {
        m_laterPagesQueued = true;
        QMetaObject::invokeMethod(this, &DoctorWizard::buildLaterPages, Qt::QueuedConnection);
    }
    return QWizard::event(event);
}

void DoctorWizard::buildLaterPages()
{
    if (page(ConnectivityPageId))
        return;
    setPage(ConnectivityPageId, new DiagnosisPage(DiagnosisPage::Stage::Connectivity, this));
    setPage(SiteProbePageId, new SiteProbePage(this));
    setPage(ServerRunPageId, new ServerRunPage(this));
    setPage(DomainPageId, new DiagnosisPage(DiagnosisPage::Stage::Domain, this));
    setPage(TestEmailPageId, new TestEmailPage(this));
    setPage(ResultsPageId, new ResultsPage(this));
    setPage(WatchPageId, new WatchPage(this));
    setPage(MessagePageId, new MessagePage(this));
}

bool DoctorWizard::validateCurrentPage()
{
    // Next can be pressed before the queued build has run.
    buildLaterPages();
    return QWizard::validateCurrentPage();
}

int DoctorWizard::nextId() const
{
    // The repeated attempts come after the test e-mail step (so that they can
    // sign in with what was typed there), and only when the symptom is "works
    // sometimes"; the results page ends the wizard.
    const Situation situation = this->situation();
    const bool worksSometimes = situation.symptom == Situation::Symptom::WorksSometimes;
    switch (currentId()) {
    case WelcomePageId:
        // "Sent but not received": the server took the message, so what the
        // receiver made of it comes first. Reading it needs no server
        // settings; the checks of the sending side follow (a test e-mail to
        // compare with).
        return situation.symptom == Situation::Symptom::NotReceived ? MessagePageId : ServerPageId;
    case MessagePageId:
        return ServerPageId;
    case ConnectivityPageId:
        // This computer's view first, then the sending machine's own.
        switch (situation.sentFrom) {
        case Situation::SentFrom::Website:
            return SiteProbePageId;
        case Situation::SentFrom::Server:
            return ServerRunPageId;
        case Situation::SentFrom::ThisComputer:
            break;
        }
        return DomainPageId;
    case SiteProbePageId:
    case ServerRunPageId:
        return DomainPageId;
    case TestEmailPageId:
        return worksSometimes ? WatchPageId : ResultsPageId;
    case WatchPageId:
        return ResultsPageId;
    case ResultsPageId:
        return -1;
    default:
        return QWizard::nextId();
    }
}

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

Situation DoctorWizard::situation() const
{
    return {static_cast<Situation::Symptom>(field(QStringLiteral("symptom")).toInt()),
            static_cast<Situation::SentFrom>(field(QStringLiteral("sentFrom")).toInt())};
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
