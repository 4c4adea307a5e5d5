// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// `smtp-doctor-cli generate KIND FILE`: what the build makes from the
// option definitions, so that the man pages and completions cannot drift
// from --help. Not in the command list: it is the build's, not the user's.
//   man FILE       smtp-doctor-cli(1), in the language of --lang (default en)
//   wizard-man FILE  smtp-doctor(1)
//   bash FILE      bash completion
//   zsh FILE       zsh completion, with its descriptions in every language
class GeneratedFiles
{
public:
    static bool isRequest(const QStringList &arguments);
    // `arguments` after "generate"; `installLanguage` installs a language's
    // translator (for the zsh descriptions). Returns the exit status.
    static int write(const QStringList &arguments,
                     const std::function<bool(const QString &)> &installLanguage);
};
