// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorWizardSteps.h"

#include "DiagnosisPage.h"
#include "DoctorWizard.h"
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
#include "WizardCommands.h"
#include "WizardSession.h"

const DoctorWizardSteps &DoctorWizardSteps::instance()
{
    static const DoctorWizardSteps steps;
    return steps;
}

void DoctorWizardSteps::addTo(DoctorWizard *wizard) const
{
    // What the pages share comes first: they read it as they are built.
    wizard->setSession(new WizardSession(wizard));
    wizard->setRunRecorder(new RunRecorder(wizard)); // every run saved to the history
    wizard->setPage(DoctorWizard::ServerPageId, new ServerPage(wizard));
    wizard->setPage(DoctorWizard::ConnectivityPageId,
                    new DiagnosisPage(DiagnosisPage::Stage::Connectivity, wizard));
    wizard->setPage(DoctorWizard::SiteProbePageId, new SiteProbePage(wizard));
    wizard->setPage(DoctorWizard::ServerRunPageId, new ServerRunPage(wizard));
    wizard->setPage(DoctorWizard::DomainPageId,
                    new DiagnosisPage(DiagnosisPage::Stage::Domain, wizard));
    wizard->setPage(DoctorWizard::TestEmailPageId, new TestEmailPage(wizard));
    wizard->setPage(DoctorWizard::ResultsPageId, new ResultsPage(wizard));
    wizard->setPage(DoctorWizard::WatchPageId, new WatchPage(wizard));
    wizard->setPage(DoctorWizard::MessagePageId, new MessagePage(wizard));

    // Around the pages: what the buttons and shortcuts do, the notice of a
    // run that was interrupted.
    new WizardCommands(wizard);
    InterruptedRunNotice::showOnStart(wizard);
    ScreenshotTour::startIfRequested(wizard);
}

void DoctorWizardSteps::windUp(DoctorWizard *wizard) const
{
    wizard->runRecorder()->recordUnfinishedSteps();
}
