#include "ResultsPage.h"

#include "DoctorWizard.h"
#include "ResultsView.h"

#include <QVBoxLayout>

ResultsPage::ResultsPage(DoctorWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_view(new ResultsView(this))
{
    setTitle(tr("Results"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    // A step that ends while the results show (a late cancel) updates them.
    connect(wizard, &DoctorWizard::reportChanged, this, [this] {
        if (m_wizard->currentPage() == this)
            initializePage();
    });
}

void ResultsPage::initializePage()
{
    if (!m_wizard->hasReport()) {
        m_view->clear(tr("No check has run yet: go back to the connectivity step."));
        return;
    }
    m_view->setReport(m_wizard->combinedReport());
}
