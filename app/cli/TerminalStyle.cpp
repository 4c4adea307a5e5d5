// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalStyle.h"

#include "findings/Finding.h"
#include "report/Report.h"
#include "report/ReportVerdict.h"

#include <unistd.h>

namespace {

// SGR codes (ECMA-48 8.3.117): bold, and the basic foreground colours that
// every terminal has.
constexpr const char *bold = "\033[1m";
constexpr const char *reset = "\033[0m";

const char *severityColour(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Failure:
        return "\033[1;31m"; // bold red
    case Finding::Severity::Warning:
        return "\033[33m"; // yellow
    case Finding::Severity::Info:
        return "\033[36m"; // cyan
    case Finding::Severity::Pass:
        return "\033[32m"; // green
    }
    return reset;
}

} // namespace

QStringList TerminalStyle::choiceNames()
{
    return {QStringLiteral("auto"), QStringLiteral("always"), QStringLiteral("never")};
}

std::optional<TerminalStyle::Choice> TerminalStyle::choiceFromName(const QString &name)
{
    const QList<Choice> choices{Choice::Auto, Choice::Always, Choice::Never};
    const qsizetype at = choiceNames().indexOf(name);
    return at < 0 ? std::nullopt : std::optional<Choice>(choices.at(at));
}

bool TerminalStyle::isEnabled(Choice choice, int fd)
{
    switch (choice) {
    case Choice::Always:
        return true;
    case Choice::Never:
        return false;
    case Choice::Auto:
        break;
    }
    // no-color.org: set and not empty means no colour, whatever its value.
    return ::isatty(fd) == 1 && qEnvironmentVariable("NO_COLOR").isEmpty();
}

QString TerminalStyle::apply(const QString &text, const Report &report)
{
    // The marks TextReport writes at the start of a finding's line, as the
    // same (possibly translated) labels give them.
    QList<std::pair<QString, const char *>> marks;
    for (Finding::Severity severity : {Finding::Severity::Failure,
                                       Finding::Severity::Warning,
                                       Finding::Severity::Info,
                                       Finding::Severity::Pass}) {
        marks.append(
            {QLatin1Char('[') + Finding::severityLabel(severity).toUpper() + QLatin1Char(']'),
             severityColour(severity)});
    }
    const QString verdict = ReportVerdict::sentence(report);

    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (!verdict.isEmpty() && line == verdict) {
            line = QLatin1String(bold) + line + QLatin1String(reset);
            continue;
        }
        for (const auto &[mark, colour] : std::as_const(marks)) {
            if (line.startsWith(mark)) {
                line = QLatin1String(colour) + mark + QLatin1String(reset) + line.mid(mark.size());
                break;
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}
