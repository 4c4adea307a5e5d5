// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTreeWidget;

// The last runs (HistoryStore), newest first: date, server, verdict.
// Enter or a double click opens one in a ReportWindow. Non-modal.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryDialog(const QString &directory = QString(), QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    int entryCount() const;
    // Opens the selected run; false when none is selected.
    bool openSelected();

private:
    QString m_directory;
    QTreeWidget *m_list;
};
