// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

// The inputs of check_host() (RFC 7208 section 4.1) and the extra values the
// macros of section 7 can ask for.
struct SpfQuery
{
    QHostAddress clientAddress; // <ip>: the host that sends (or would send) the mail
    // MAIL FROM address. Empty: the HELO identity is checked, as
    // "postmaster@<helo>" (RFC 7208 section 2.4).
    QString sender;
    QString helo;          // HELO/EHLO name, the "h" macro
    QString domain;        // <domain>; empty: the sender's domain
    QString receiver;      // the "r" macro; empty: "unknown"
    qint64 timestamp = -1; // the "t" macro, seconds since the epoch; -1: now
};
