#pragma once

#include <QWizardPage>

class DoctorWizard;
class ResultsView;

// Step 6: the results pane (ResultsView) on every step's findings: the
// verdict sentence, the findings grouped by step, worst first, details,
// Copy report and Export.
class ResultsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultsPage(DoctorWizard *wizard);

    void initializePage() override;
    ResultsView *resultsView() const { return m_view; }

private:
    DoctorWizard *m_wizard;
    ResultsView *m_view;
};
