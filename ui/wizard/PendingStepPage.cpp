#include "PendingStepPage.h"

#include <QLabel>
#include <QVBoxLayout>

PendingStepPage::PendingStepPage(const QString &title, const QString &explanation, QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(title);
    auto *label = new QLabel(explanation, this);
    label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addStretch();
}
