// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// The one way the GUI asks the user through a modal dialog (file choosers,
// error messages). Tests install their own provider that answers at once
// (KeePassXC's MessageBox::setNextAnswer idea), so no test ever blocks on a
// dialog that nobody will close.
class DialogProvider
{
public:
    virtual ~DialogProvider() = default;

    // A file to write; `selectedFilter` (in/out) is one of `filters`. Empty: cancelled.
    virtual QString saveFileName(QWidget *parent,
                                 const QString &caption,
                                 const QString &suggestedPath,
                                 const QStringList &filters,
                                 QString *selectedFilter)
        = 0;
    // A file to read. Empty: cancelled.
    virtual QString openFileName(QWidget *parent,
                                 const QString &caption,
                                 const QString &directory,
                                 const QStringList &filters)
        = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &text) = 0;
    // A question with two answers; true when the user took `acceptText`.
    virtual bool ask(QWidget *parent,
                     const QString &title,
                     const QString &text,
                     const QString &acceptText,
                     const QString &rejectText)
        = 0;

    static DialogProvider &instance();
    // Replaces the real dialogs (not owned); nullptr puts them back.
    static void setInstance(DialogProvider *provider);
};

// The real thing: QFileDialog and QMessageBox.
class WidgetDialogProvider : public DialogProvider
{
public:
    QString saveFileName(QWidget *parent,
                         const QString &caption,
                         const QString &suggestedPath,
                         const QStringList &filters,
                         QString *selectedFilter) override;
    QString openFileName(QWidget *parent,
                         const QString &caption,
                         const QString &directory,
                         const QStringList &filters) override;
    void showError(QWidget *parent, const QString &title, const QString &text) override;
    bool ask(QWidget *parent,
             const QString &title,
             const QString &text,
             const QString &acceptText,
             const QString &rejectText) override;
};
