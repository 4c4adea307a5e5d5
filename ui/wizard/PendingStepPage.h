#pragma once

#include <QWizardPage>

// A step of the wizard that this version does not perform yet. It says so
// plainly instead of pretending: the user presses Next.
class PendingStepPage : public QWizardPage
{
    Q_OBJECT
public:
    PendingStepPage(const QString &title, const QString &explanation, QWidget *parent = nullptr);
};
