// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/ParsedMessage.h"

#include <QHostAddress>
#include <QString>

#include <optional>

// The server that really handed a message to its receiver, the one SPF is
// about (RFC 7208 section 1.1.3): found from the receiver's own headers.
// The receiver is the Authentication-Results' authserv-id (or the last
// Received "by"); its Received lines are read newest first, past its
// internal relays (private addresses, names of its own organization), to
// the first client from outside. Pure.
struct SendingHop
{
    QHostAddress address;
    QString clientName; // its HELO or reverse name, as the receiver wrote it
    QString helo;
    QString receiver; // who took the message from it
    QString mailFrom; // the envelope sender (Return-Path)
    QString raw;      // the Received line, for evidence

    static std::optional<SendingHop> find(const ParsedMessage &message);
    // An address of a private network, loopback or link-local: an internal hop.
    static bool isInternalAddress(const QHostAddress &address);
};
