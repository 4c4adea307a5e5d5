// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

struct Report;

// Colour for the text report on a terminal: the severities in colour and
// the verdict line in bold. Applied to the finished text at output time, so
// the engine's TextReport stays plain (it also goes to files and tickets).
// --color auto colours only a terminal and never when NO_COLOR is set and
// not empty (no-color.org); always and never are the user's word over both.
class TerminalStyle
{
    Q_DECLARE_TR_FUNCTIONS(TerminalStyle)
public:
    enum class Choice { Auto, Always, Never };

    static QStringList choiceNames();
    static std::optional<Choice> choiceFromName(const QString &name);

    // Whether what goes to the file descriptor `fd` gets colour.
    static bool isEnabled(Choice choice, int fd);
    // `text` (TextReport's form of `report`, or its verdict line) with the
    // ANSI styles added: each finding's "[SEVERITY]" in its colour, the
    // verdict line in bold.
    static QString apply(const QString &text, const Report &report);
};
