// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorWizard.h"

#include "StepsModule.h"
#include "WelcomePage.h"
#include "WizardButtons.h"
#include "WizardSettings.h"
#include "WizardSteps.h"

#include <QEvent>
#include <QIcon>
#include <QImageReader>
#include <QMessageBox>
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

DoctorWizard::DoctorWizard(const WizardSteps &steps, StepsAdded when, QWidget *parent)
    : DoctorWizard(&steps, parent)
{
    if (when == StepsAdded::AtOnce)
        buildLaterPages();
}

DoctorWizard::DoctorWizard(LaterSteps, QWidget *parent)
    : DoctorWizard(nullptr, parent)
{}

DoctorWizard::DoctorWizard(const WizardSteps *steps, QWidget *parent)
    : QWizard(parent)
    , m_steps(steps)
{
    setObjectName(QStringLiteral("doctorWizard"));
    setWindowTitle(tr("SMTP Doctor"));
    setWindowIcon(packagedWindowIcon());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    auto *welcome = new WelcomePage(this);
    setPage(WelcomePageId, welcome);
    connect(welcome, &WelcomePage::languageChosen, this, [this](const QString &language) {
        m_requestedLanguage = language;
        close();
    });
    setStartId(WelcomePageId);
    resize(760, 560);
    // The buttons beside Back and Next are on the first page; what they
    // do comes with the steps (WizardCommands). Remembered settings and
    // window geometry: restored before the window shows.
    WizardButtons::addTo(this);
    new WizardSettings(this);
}

DoctorWizard::~DoctorWizard()
{
    // The pages are still here: their runs can still say what they saw.
    if (m_stepsAdded)
        m_steps->windUp(this);
}

bool DoctorWizard::event(QEvent *event)
{
    // Queued from the first paint: it runs once that frame is on screen.
    if (event->type() == QEvent::Paint && !m_stepsQueued) {
        m_stepsQueued = true;
        QMetaObject::invokeMethod(this, &DoctorWizard::buildLaterPages, Qt::QueuedConnection);
    }
    return QWizard::event(event);
}

void DoctorWizard::buildLaterPages()
{
    if (m_stepsAdded)
        return;
    m_stepsQueued = true;
    if (!m_steps) {
        QString problem;
        m_steps = StepsModule::steps(&problem);
        if (!m_steps) {
            if (!m_stepsProblemShown) {
                m_stepsProblemShown = true;
                QMessageBox::critical(this,
                                      tr("SMTP Doctor is incomplete"),
                                      tr("The wizard's steps could not be loaded, so it cannot "
                                         "go past this page. Reinstall SMTP Doctor.\n\n%1")
                                          .arg(problem));
            }
            return;
        }
    }
    m_stepsAdded = true;
    m_steps->addTo(this);
    emit laterPagesBuilt();
}

bool DoctorWizard::validateCurrentPage()
{
    // Next can be pressed before the queued build has run.
    buildLaterPages();
    return m_stepsAdded && QWizard::validateCurrentPage();
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

Situation DoctorWizard::situation() const
{
    return {static_cast<Situation::Symptom>(field(QStringLiteral("symptom")).toInt()),
            static_cast<Situation::SentFrom>(field(QStringLiteral("sentFrom")).toInt())};
}
