// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One MX record's data (RFC 1035 section 3.3.9). An empty exchange is the
// null MX "." of RFC 7505: the domain accepts no mail.
struct MxRecord
{
    int preference = 0;
    QString exchange; // presentation format, no trailing dot

    bool isNull() const { return exchange.isEmpty(); }
};
