// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"

#include <QIcon>

// The severity icons (SVG, drawn to read in light and dark themes).
class SeverityIcons
{
public:
    static QIcon icon(Finding::Severity severity);
};
