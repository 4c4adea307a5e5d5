// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "message/MessageVerification.h"
#include "message/ParsedMessage.h"

#include <QList>

// Findings from checking a message again now (MessageVerification): each
// DKIM signature's verdict and whether its domain aligns with From, SPF for
// the server that handed the message over, DMARC with the policy to apply,
// and where the receiver's Authentication-Results say otherwise (the
// message changed since, or the DNS did). A pure function, after
// MessageAnalysis.
class VerificationAnalysis
{
public:
    static QList<Finding> analyse(const ParsedMessage &message,
                                  const MessageVerification &verification);
};
