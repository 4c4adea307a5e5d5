// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogProvider.h"

#include <QList>
#include <QStringList>

// Answers the GUI's modal dialogs at once, from a script, and records the
// messages shown: no test ever waits for a human.
class ScriptedDialogs : public DialogProvider
{
public:
    QStringList fileAnswers; // returned in turn by saveFileName and openFileName
    QString filterAnswer;    // the filter "chosen" in a save dialog; empty: keep
    QStringList errors;      // every error message shown
    QStringList questions;   // every question asked (its text)
    QList<bool> answers;     // given in turn to ask(); none left: the reject answer
    int fileDialogsShown = 0;

    // An answer that ends with '/' is a folder: the suggested file name is
    // kept, as when the user only picks where to save.
    QString saveFileName(QWidget *,
                         const QString &,
                         const QString &suggestedPath,
                         const QStringList &filters,
                         QString *selectedFilter) override
    {
        ++fileDialogsShown;
        if (!filterAnswer.isEmpty() && filters.contains(filterAnswer))
            *selectedFilter = filterAnswer;
        QString answer = fileAnswers.isEmpty() ? QString() : fileAnswers.takeFirst();
        if (answer.endsWith(QLatin1Char('/')))
            answer += suggestedPath.section(QLatin1Char('/'), -1);
        return answer;
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QStringList &) override
    {
        ++fileDialogsShown;
        return fileAnswers.isEmpty() ? QString() : fileAnswers.takeFirst();
    }
    void showError(QWidget *, const QString &, const QString &text) override
    {
        errors.append(text);
    }
    bool ask(
        QWidget *, const QString &, const QString &text, const QString &, const QString &) override
    {
        questions.append(text);
        return !answers.isEmpty() && answers.takeFirst();
    }
};
