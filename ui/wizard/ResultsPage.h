#pragma once

#include <QWizardPage>

class DoctorWizard;
class FindingsModel;
class QCheckBox;
class QLabel;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QTextBrowser;

// Step 6: every finding, worst first, with a one-sentence verdict on top,
// a "problems only" filter, the details of the selected finding, and a
// button that copies the report for a support ticket.
class ResultsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultsPage(DoctorWizard *wizard);

    void initializePage() override;

private:
    void showDetails();
    void copyReport();

    DoctorWizard *m_wizard;
    FindingsModel *m_findings;
    QSortFilterProxyModel *m_filter;
    QLabel *m_verdict;
    QCheckBox *m_problemsOnly;
    QListView *m_view;
    QTextBrowser *m_details;
    QPushButton *m_copy;
};
