// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"

#include <QCoreApplication>
#include <QList>

// Findings of the same kind about different subjects, collapsed into one for
// the human formats: a refused port 25, 465, 587 and 2525 read as one finding
// with one advice block. "The same kind" is the same id, the same advice and
// the same vantage; the worst of them gives the texts, its title names the
// others' subjects, and its evidence keeps every line of every one. An exact
// repeat (the test e-mail step reads the greeting the connectivity step
// read) is shown once. The JSON report keeps every finding as it was made.
class RepeatedFindings
{
    Q_DECLARE_TR_FUNCTIONS(RepeatedFindings)
public:
    static QList<Finding> collapse(const QList<Finding> &findings);

    // "25, 465 and 2525", in the report's language.
    static QString listText(const QStringList &items);

private:
    static bool sameKind(const Finding &a, const Finding &b);
    static Finding merged(const QList<Finding> &members);
};
