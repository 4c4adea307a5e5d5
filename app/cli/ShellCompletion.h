// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

class Command;
class CommandRegistry;

// Bash and zsh completion for smtp-doctor-cli, written from the same
// definitions as --help: the registry's commands, each command's options,
// and their values (the fixed sets of Command::valueChoices, files for a
// FILE, exported variables for a VAR). The build runs
// `smtp-doctor-cli generate bash|zsh FILE` (app/cli/CMakeLists.txt).
class ShellCompletion
{
public:
    // A script for bash-completion: the function _smtp_doctor_cli.
    static QString bash(const CommandRegistry &registry);
    // A #compdef script for zsh. zsh shows descriptions, so it gets them in
    // every language given (the registry made under that language's
    // translator), chosen by LC_ALL, LC_MESSAGES or LANG when completing;
    // the first is the default.
    static QString zsh(const QList<std::pair<QString, const CommandRegistry *>> &languages);

private:
    enum class ValueKind { None, Choices, File, Variable, Free };
    static ValueKind valueKind(const Command &command, const QString &optionName);
    static QString zshFunction(const QString &language, const CommandRegistry &registry);
};
