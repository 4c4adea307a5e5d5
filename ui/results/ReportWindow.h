// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

struct Report;
class ResultsView;

// A report opened from a file or the history, browsed in the results pane
// beside the wizard. Non-modal; deletes itself when closed.
class ReportWindow : public QDialog
{
    Q_OBJECT
public:
    ReportWindow(const Report &report, const QString &source, QWidget *parent = nullptr);

    ResultsView *resultsView() const { return m_view; }

    // Reads `path` and opens a window on it; on failure says why through
    // the DialogProvider and returns nullptr.
    static ReportWindow *openFile(const QString &path, QWidget *parent);

private:
    ResultsView *m_view;
};
