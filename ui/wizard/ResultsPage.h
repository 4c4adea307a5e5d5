// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class DoctorWizard;
class QPushButton;
class ResultsView;

// Step 6: the results pane (ResultsView) on every step's findings: the
// verdict sentence, the per-port table of this computer and the website,
// the findings grouped by step, worst first, details, Copy report and
// Export; and Add the server's report, which merges a JSON report that
// smtp-doctor-cli made on the web server as the website's view.
class ResultsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultsPage(DoctorWizard *wizard);

    void initializePage() override;
    ResultsView *resultsView() const { return m_view; }
    // Merges the JSON report at `path` as the website's side (what the
    // button does once a file is chosen); false, with the reason, when it
    // cannot be read. A report added before is replaced.
    bool addServerReport(const QString &path, QString *error);

private:
    void chooseServerReport();

    DoctorWizard *m_wizard;
    ResultsView *m_view;
    QPushButton *m_addServerReport;
};
