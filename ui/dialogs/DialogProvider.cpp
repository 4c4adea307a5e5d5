// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogProvider.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace {
DialogProvider *installed = nullptr;
}

DialogProvider &DialogProvider::instance()
{
    static WidgetDialogProvider widgets;
    return installed ? *installed : widgets;
}

void DialogProvider::setInstance(DialogProvider *provider)
{
    installed = provider;
}

QString WidgetDialogProvider::saveFileName(QWidget *parent,
                                           const QString &caption,
                                           const QString &suggestedPath,
                                           const QStringList &filters,
                                           QString *selectedFilter)
{
    return QFileDialog::getSaveFileName(
        parent, caption, suggestedPath, filters.join(QLatin1String(";;")), selectedFilter);
}

QString WidgetDialogProvider::openFileName(QWidget *parent,
                                           const QString &caption,
                                           const QString &directory,
                                           const QStringList &filters)
{
    return QFileDialog::getOpenFileName(
        parent, caption, directory, filters.join(QLatin1String(";;")));
}

void WidgetDialogProvider::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

bool WidgetDialogProvider::ask(QWidget *parent,
                               const QString &title,
                               const QString &text,
                               const QString &acceptText,
                               const QString &rejectText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.addButton(rejectText, QMessageBox::RejectRole);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}
