// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "imap/ImapAccount.h"
#include "imap/ImapSession.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a fetch-back found, in findings. Pure: the outcome of the IMAP
// session in, message.delivered_inbox / _junk, message.not_delivered or
// message.fetch_failed out (with the facts: mailbox, seconds to arrival).
class FetchBackFindings
{
public:
    struct Outcome
    {
        std::optional<ImapSession::Problem> problem; // the session failed
        QStringList searched;                        // mailboxes looked in, in order
        QString foundIn;                             // empty: not found
        bool foundInJunk = false;
        QDateTime sentAt;    // the test message's Date header
        QDateTime arrivedAt; // its INTERNALDATE
        qint64 waitedMs = 0; // from the first search until found or given up
        int searches = 0;    // rounds of searching
        int deadlineSeconds = 0;
        bool cancelled = false;
    };

    static QList<Finding> make(const ImapAccount &account,
                               const QByteArray &messageId,
                               const Outcome &outcome);
    // Seconds from sending to arrival; the waiting time where a date is missing.
    static qint64 secondsToArrival(const Outcome &outcome);
};
