// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/ParsedMessage.h"

#include <QByteArray>

// Reads a message that arrived, whole or headers only, as a user pastes it
// (Gmail's "Show original", Outlook's "View message source", an .eml): GMime
// 3 parses the MIME structure and the headers; the Received and
// Authentication-Results grammars are read by ReceivedParser and
// AuthenticationResults. Pure and bounded: any input gives a ParsedMessage,
// never a crash or a hang; what could not be read is listed in problems.
class MessageParser
{
public:
    // Past this, the rest of the input is not read (a message this size is
    // not pasted; a hostile one must not cost unbounded memory).
    static constexpr qsizetype maxInputBytes = 32 * 1024 * 1024;
    static constexpr int maxHeaders = 2000;
    static constexpr int maxHops = 100;

    static ParsedMessage parse(const QByteArray &input);
};
