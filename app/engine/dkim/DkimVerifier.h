// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dkim/DkimKeySet.h"
#include "dkim/DkimVerdict.h"

#include <QByteArray>
#include <QList>

// Verifies every DKIM-Signature of a message through libopendkim (RFC 6376
// section 6), with the key records the engine's resolver fetched beforehand
// (DkimKeySet): libopendkim's key look-up is replaced by one that reads the
// set, so the library sends no DNS query of its own. Synchronous and pure
// (message and keys in, verdicts out); one verdict per signature, in the
// message's order. Empty when the message carries no signature.
class DkimVerifier
{
public:
    static QList<DkimVerdict> verify(const QByteArray &message, const DkimKeySet &keys);
};
