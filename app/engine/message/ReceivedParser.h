// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/ReceivedHop.h"

#include <QString>

// Reads one Received header's unfolded value into a ReceivedHop. The
// grammar of RFC 5321 section 4.4 is followed loosely, as real servers write
// it: clauses "from", "by", "via", "with", "id", "for" in any order, each a
// word and its comments, and the date after the last ";". Pure; never fails:
// what it cannot read stays empty.
class ReceivedParser
{
public:
    static ReceivedHop parse(const QString &value);
};
