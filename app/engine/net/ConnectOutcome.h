// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How a TCP connection attempt ended, classified from errno alone.
struct ConnectOutcome
{
    enum class Kind {
        Open,        // the three-way handshake completed
        Refused,     // TCP reset: ECONNREFUSED
        Filtered,    // no answer before the deadline: dropped
        Unreachable, // ICMP unreachable or no local route
        LocalError,  // this machine could not even try (no sockets, no permission)
    };

    Kind kind = Kind::Filtered;
    int error = 0; // errno, 0 for Open and for our own deadline
    qint64 elapsedMs = 0;
    // The same time in microseconds where the connector measured it (-1: only
    // elapsedMs is known). A reset sent by a firewall on this machine comes
    // back in microseconds; whole milliseconds cannot tell it on a LAN.
    qint64 elapsedUs = -1;

    qint64 microseconds() const { return elapsedUs >= 0 ? elapsedUs : elapsedMs * 1000; }

    static Kind classify(int error);
    QString errorName() const;
    // The finding of this outcome (net.open, net.refused, net.filtered,
    // net.unreachable) and the detail (%3) its text expects.
    QString findingId() const;
    QString findingDetail() const;
};
