// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "message/ParsedMessage.h"

#include <QList>
#include <QString>

// message.from_mismatch: the From address against the other senders the
// message names: the account that signed in to the SMTP server (when the
// user says which: the CLI's --sender, the wizard's sign-in user), Sender,
// and the envelope sender (Return-Path) when its organizational domain is
// another one, which is what SPF alignment (RFC 7489 section 3.1.2) needs.
// A user name that is no address (SendGrid's "apikey") is not compared.
// Pure.
class FromAlignment
{
public:
    static QList<Finding> analyse(const ParsedMessage &message, const QString &signedInUser);
    // The address in "Name <user@example.com>" or a bare address, lower case.
    static QString addressOf(const QString &value);
};
