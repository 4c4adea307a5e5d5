// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "message/ParsedMessage.h"
#include "smtp/SmtpReply.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// What a message that arrived says by itself, before any DNS look-up: the
// Received chain and its slowest hop, the receiver's own verdicts
// (Authentication-Results: SPF, DKIM, DMARC and the policy it applied), a
// missing DKIM signature, and a non-delivery report's status classified with
// the SMTP reply classifier. A pure function, after ConnectivityAnalysis.
class MessageAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(MessageAnalysis)
public:
    // A hop that took longer than this is message.slow_hop (greylisting
    // retries come after 5 minutes or more in common set-ups).
    static constexpr qint64 slowHopSeconds = 5 * 60;

    static QList<Finding> analyse(const ParsedMessage &message);

    // One line per hop, oldest first, for evidence and the text report.
    static QStringList hopLines(const ParsedMessage &message);
    // The Authentication-Results of the final receiver: the topmost one.
    static const AuthenticationResults *receiverResults(const ParsedMessage &message);
    // A Diagnostic-Code's SMTP reply ("550 5.1.1 ...") as the classifier reads it.
    static std::optional<SmtpReply> diagnosticReply(const QString &diagnosticCode);
};
