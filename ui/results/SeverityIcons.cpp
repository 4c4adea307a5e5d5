// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeverityIcons.h"

QIcon SeverityIcons::icon(Finding::Severity severity)
{
    return QIcon(QStringLiteral(":/icons/severity-%1.svg").arg(Finding::severityName(severity)));
}
