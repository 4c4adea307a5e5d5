// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spf/SpfQuery.h"

#include <QHostAddress>
#include <QString>

// The values the macro letters of RFC 7208 section 7.3 expand to, for one
// point of an evaluation (the current <domain> changes with include and
// redirect). Filled by the SpfEvaluator.
struct SpfMacroContext
{
    QString localPart;    // l (and the part of s before "@")
    QString senderDomain; // o
    QString domain;       // d: the domain whose record is being evaluated
    QHostAddress client;  // i, c, v: already IPv4 when it was IPv4-mapped
    QString helo;         // h
    QString validatedName = QStringLiteral("unknown"); // p
    QString receiver = QStringLiteral("unknown");      // r
    qint64 timestamp = 0;                              // t, seconds since the epoch

    QString sender() const { return localPart + QLatin1Char('@') + senderDomain; }
    // The context at the start of check_host(): sender split as RFC 7208
    // sections 2.4 and 4.3 say, <domain> from the query or the sender,
    // an IPv4-mapped client address turned into IPv4.
    static SpfMacroContext forQuery(const SpfQuery &query);
};
