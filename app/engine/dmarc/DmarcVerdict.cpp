// SPDX-License-Identifier: GPL-3.0-or-later
#include "dmarc/DmarcVerdict.h"

QString DmarcVerdict::resultName(Result result)
{
    switch (result) {
    case Result::Pass:
        return QStringLiteral("pass");
    case Result::Fail:
        return QStringLiteral("fail");
    case Result::NoPolicy:
        return QStringLiteral("none");
    case Result::TempError:
        return QStringLiteral("temperror");
    case Result::PermError:
        return QStringLiteral("permerror");
    case Result::NoFromDomain:
        return QStringLiteral("nofrom");
    }
    return QStringLiteral("none");
}
