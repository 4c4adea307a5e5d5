// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dkim/DkimVerdict.h"
#include "dmarc/DmarcVerdict.h"
#include "message/SendingHop.h"
#include "spf/SpfResult.h"

#include <QList>
#include <QStringList>

#include <optional>

// What the checks of a message that arrived say today, with this program's
// resolver: every DKIM signature, SPF for the server that handed it to the
// receiver, and DMARC. Made by MessageVerifier, read by VerificationAnalysis.
struct MessageVerification
{
    QList<DkimVerdict> dkim;
    std::optional<SendingHop> sender;
    std::optional<SpfResult> spf;
    QString spfDomain; // the domain SPF checked (MAIL FROM's, or the HELO name)
    DmarcVerdict dmarc;
    QStringList dmarcEvidence; // the policy record's look-up
    bool deadlineReached = false;
    // Headers alone were given: a body hash cannot be checked, and what
    // depends on it (a DKIM pass, so DMARC) is unknown rather than failed.
    bool bodyMissing = false;
};
