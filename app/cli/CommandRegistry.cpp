// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"

#include "DiagnoseCommand.h"
#include "DiscoverCommand.h"
#include "ExplainCommand.h"
#include "MessageCommand.h"
#include "NameMatch.h"
#include "ProbeCommand.h"
#include "SpfCommand.h"
#include "WatchCommand.h"

#include <algorithm>

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<DiagnoseCommand>());
    m_commands.push_back(std::make_unique<WatchCommand>());
    m_commands.push_back(std::make_unique<DiscoverCommand>());
    m_commands.push_back(std::make_unique<SpfCommand>());
    m_commands.push_back(std::make_unique<MessageCommand>());
    m_commands.push_back(std::make_unique<ProbeCommand>());
    m_commands.push_back(std::make_unique<ExplainCommand>());
}

Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CommandRegistry::closest(const QString &typed) const
{
    const QString lower = typed.toLower();
    QString best;
    int bestDistance = 0;
    for (const auto &command : m_commands) {
        // "diag" for diagnose: a prefix is what was meant.
        if (lower.size() >= 2 && command->name().startsWith(lower))
            return command->name();
        const int distance = NameMatch::editDistance(lower, command->name());
        if (best.isEmpty() || distance < bestDistance) {
            best = command->name();
            bestDistance = distance;
        }
    }
    // Near enough: two edits (a swapped pair of letters is two), or a third
    // of the name's letters for a long name.
    return bestDistance <= std::max<int>(2, best.size() / 3) ? best : QString();
}

QString CommandRegistry::listText() const
{
    QString text = tr("Usage: smtp-doctor-cli COMMAND [options]") + QStringLiteral("\n")
                   + tr("Finds out why mail cannot be sent, and says what to do.")
                   + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command->name().size());
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(command->name().leftJustified(width), command->description());
    text += QLatin1Char('\n') + tr("Exit status:") + QLatin1Char('\n');
    for (const auto &[status, meaning] : Command::exitStatuses())
        text += QStringLiteral("  %1  %2\n").arg(status).arg(meaning);
    text += QLatin1Char('\n')
            + tr("Run \"smtp-doctor-cli help COMMAND\" or \"smtp-doctor-cli COMMAND --help\" for "
                 "a command's options.")
            + QLatin1Char('\n');
    return text;
}
