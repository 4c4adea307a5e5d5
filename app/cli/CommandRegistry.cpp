#include "CommandRegistry.h"

#include "DiagnoseCommand.h"
#include "DiscoverCommand.h"
#include "SpfCommand.h"
#include "WatchCommand.h"

#include <algorithm>

namespace {

// Levenshtein distance: the number of one-letter edits from `a` to `b`.
int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<DiagnoseCommand>());
    m_commands.push_back(std::make_unique<WatchCommand>());
    m_commands.push_back(std::make_unique<DiscoverCommand>());
    m_commands.push_back(std::make_unique<SpfCommand>());
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
        const int distance = editDistance(lower, command->name());
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
