// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "input/HostInput.h"

#include <QWidget>

class QVBoxLayout;

// The mistakes found in the typed settings, one line each, with a button
// that applies the fix ("Use smtp.gmail.com"). Shown under the server form
// and refreshed on every key.
class InputIssuesView : public QWidget
{
    Q_OBJECT
public:
    explicit InputIssuesView(QWidget *parent = nullptr);

    void setIssues(const QList<InputIssue> &issues);
    int issueCount() const { return int(m_issues.size()); }

    static QString fixLabel(const InputIssue &issue);

signals:
    void fixRequested(const InputIssue &issue);

private:
    QVBoxLayout *m_layout;
    QList<InputIssue> m_issues;
};
