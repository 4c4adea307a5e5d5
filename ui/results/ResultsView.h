#pragma once

#include "report/Report.h"

#include <QWidget>

class GroupedFindingsModel;
class ProblemsFilterModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

// The results pane: the verdict sentence on top, the findings grouped by
// step (worst first) with a "problems only" filter, the details of the
// selected finding, and Copy report (Ctrl+C) and Export (Ctrl+S). Shown by
// the wizard's last step and by the window of an opened report.
class ResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsView(QWidget *parent = nullptr);

    void setReport(const Report &report);
    void clear(const QString &message);
    const Report &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    QTreeView *findingsView() const { return m_view; }

    void copyReport();
    void exportReport();

private:
    void showDetails();

    Report m_report;
    bool m_hasReport = false;
    GroupedFindingsModel *m_findings;
    ProblemsFilterModel *m_filter;
    QLabel *m_verdict;
    QCheckBox *m_problemsOnly;
    QTreeView *m_view;
    QTextBrowser *m_details;
    QPushButton *m_copy;
    QPushButton *m_export;
};
