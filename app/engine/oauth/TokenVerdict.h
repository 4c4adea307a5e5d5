// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// A conclusion about a bearer-token sign-in: the finding id and the detail
// that fills its text, with the facts that decided as evidence.
struct TokenVerdict
{
    QString id;
    QString detail;
    QStringList evidence;
};
