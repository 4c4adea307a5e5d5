// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <memory>
#include <vector>

// Every command of smtp-doctor-cli, in the order the command list shows
// them. A new command is one line in the constructor.
class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)
public:
    CommandRegistry();

    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }
    Command *find(const QString &name) const;
    // The command whose name is nearest to `typed` (a typo, a prefix), or
    // nothing when none is near enough to be what was meant.
    QString closest(const QString &typed) const;
    // "Usage", then one line per command, then how to get more help.
    QString listText() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};
