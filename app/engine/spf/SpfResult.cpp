// SPDX-License-Identifier: GPL-3.0-or-later
#include "spf/SpfResult.h"

namespace {
constexpr SpfResult::Code allCodes[] = {SpfResult::Code::None,
                                        SpfResult::Code::Neutral,
                                        SpfResult::Code::Pass,
                                        SpfResult::Code::Fail,
                                        SpfResult::Code::SoftFail,
                                        SpfResult::Code::TempError,
                                        SpfResult::Code::PermError};
}

QString SpfResult::codeName(Code code)
{
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::Neutral:
        return QStringLiteral("neutral");
    case Code::Pass:
        return QStringLiteral("pass");
    case Code::Fail:
        return QStringLiteral("fail");
    case Code::SoftFail:
        return QStringLiteral("softfail");
    case Code::TempError:
        return QStringLiteral("temperror");
    case Code::PermError:
        return QStringLiteral("permerror");
    }
    return {};
}

std::optional<SpfResult::Code> SpfResult::codeFromName(const QString &name)
{
    for (const Code code : allCodes) {
        if (name.compare(codeName(code), Qt::CaseInsensitive) == 0)
            return code;
    }
    return std::nullopt;
}
