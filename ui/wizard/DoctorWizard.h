// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"
#include "core/Target.h"
#include "core/TargetBuilder.h"

#include <QMap>
#include <QWizard>

#include <optional>

class RunRecorder;
class WizardSession;
class WizardSteps;

// The SMTP Doctor wizard: ten pages from the symptom to the results. Pages
// are thin frames; what they share (the target, the sign-in, the findings so
// far, the runs to record) lives here, and no page reaches into another.
// Owned by main().
//
// The welcome page is its own; every later step, and what works on their
// runs, comes from WizardSteps. The application's executable links only this
// file's half (DoctorWizard.cpp) and takes its steps from the steps module,
// loaded once the first page is painted, so that the window shows without
// the engine's libraries (issue 19 point 3). DoctorWizardReports.cpp holds
// the members that reach the engine, linked with the steps.
class DoctorWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        WelcomePageId,
        ServerPageId,
        ConnectivityPageId,
        SiteProbePageId, // after connectivity, when the mail is sent from a website
        ServerRunPageId, // after connectivity, when the mail is sent from a server
        DomainPageId,
        TestEmailPageId,
        ResultsPageId,
        WatchPageId,  // after the test e-mail step, when mail "works sometimes"
        MessagePageId // after the welcome page, when mail is "sent but not received"
    };
    Q_ENUM(PageId)

    // With the steps linked in (DoctorWizardSteps, the tests): every step is
    // added at once, or once the first page is painted, as the application's.
    // (No default constructor: Qt's meta-type would call it, and it could only
    // be defined with the steps, which the application's executable lacks.)
    enum class StepsAdded { AtOnce, AfterFirstPaint };
    explicit DoctorWizard(const WizardSteps &steps,
                          StepsAdded when = StepsAdded::AtOnce,
                          QWidget *parent = nullptr);
    // The application's: the same, with the steps from the steps module
    // (StepsModule), loaded then.
    enum LaterSteps { StepsFromModule };
    explicit DoctorWizard(LaterSteps, QWidget *parent = nullptr);
    // Deleted while a step runs is closed: the run is recorded first.
    ~DoctorWizard() override;
    int nextId() const override;
    bool validateCurrentPage() override;

    // Adds the steps after the welcome page, if not yet done. Queued by the
    // first paint; called before Next acts, and by whoever needs every page.
    // When the steps module cannot be loaded, says so and adds nothing.
    void buildLaterPages();

    // What the user entered on the server page, ready for the engine.
    // What the server page holds, as typed, for TargetBuilder: the one set of
    // rules that the CLI follows too. Pages add their own fields to it.
    TargetBuilder::Input targetInput() const;
    // The target the server page describes (ServerPage lets no unusable one through).
    Target target() const;
    // What the user answered on the first page.
    Situation situation() const;

    // The sign-in and other state the pages share (not fields: secrets).
    WizardSession *session() const { return m_session; }
    // Where a page registers the run of its step as it starts it.
    RunRecorder *runRecorder() const { return m_recorder; }
    // Set by the steps as they are added; both children of the wizard.
    void setSession(WizardSession *session) { m_session = session; }
    void setRunRecorder(RunRecorder *recorder) { m_recorder = recorder; }

    // The latest report of a step that runs checks; the results page reads them.
    void setReport(PageId step, const Report &report);
    bool hasReport() const { return !m_reports.isEmpty(); }
    // One step's latest report; empty when that step has not run.
    Report stepReport(PageId step) const { return m_reports.value(step); }
    // Every step's report in one: the target, environment and time of the
    // first step, the findings and events of all, in wizard order, and the
    // situation the user described.
    Report combinedReport() const;

    // Set when the user chose another language: main() reopens the wizard
    // in it (what was typed is remembered by WizardSettings).
    std::optional<QString> requestedLanguage() const { return m_requestedLanguage; }

protected:
    bool event(QEvent *event) override;

signals:
    // Every page is there: the steps were added (buildLaterPages()).
    void laterPagesBuilt();
    // A step's report was set (stepReportChanged first, with the step).
    void stepReportChanged(DoctorWizard::PageId step);
    void reportChanged();

private:
    DoctorWizard(const WizardSteps *steps, QWidget *parent);

    const WizardSteps *m_steps; // null until the module is loaded
    bool m_stepsAdded = false;
    bool m_stepsQueued = false;
    bool m_stepsProblemShown = false;
    WizardSession *m_session = nullptr;
    RunRecorder *m_recorder = nullptr;
    QMap<PageId, Report> m_reports;
    std::optional<QString> m_requestedLanguage;
};
