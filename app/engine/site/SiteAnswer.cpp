// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/SiteAnswer.h"

#include <array>
#include <utility>

namespace {

const std::array<std::pair<SiteAnswer::Outcome, const char *>, 5> outcomeNames{{
    {SiteAnswer::Outcome::Open, "open"},
    {SiteAnswer::Outcome::Refused, "refused"},
    {SiteAnswer::Outcome::Filtered, "filtered"},
    {SiteAnswer::Outcome::Unreachable, "unreachable"},
    {SiteAnswer::Outcome::LocalError, "local_error"},
}};

} // namespace

QString SiteAnswer::outcomeName(Outcome outcome)
{
    for (const auto &[value, name] : outcomeNames) {
        if (value == outcome)
            return QLatin1String(name);
    }
    return {};
}

std::optional<SiteAnswer::Outcome> SiteAnswer::outcomeFromName(const QString &name)
{
    for (const auto &[value, text] : outcomeNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}
