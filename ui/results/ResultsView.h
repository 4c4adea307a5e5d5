// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"
#include "report/VantageTable.h"

#include <QWidget>

class GroupedFindingsModel;
class ProblemsFilterModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QTreeView;

// The results pane: the verdict sentence on top, the "From this computer |
// From your website" table per port when the report holds the website's
// view (VantageTable), the findings grouped by
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
    QTableWidget *vantageView() const { return m_vantage; }

    void copyReport();
    void exportReport();

private:
    void showDetails();
    void showVantageTable(const VantageTable &table);

    Report m_report;
    bool m_hasReport = false;
    GroupedFindingsModel *m_findings;
    ProblemsFilterModel *m_filter;
    QLabel *m_verdict;
    QTableWidget *m_vantage;
    QCheckBox *m_problemsOnly;
    QTreeView *m_view;
    QTextBrowser *m_details;
    QPushButton *m_copy;
    QPushButton *m_export;
};
