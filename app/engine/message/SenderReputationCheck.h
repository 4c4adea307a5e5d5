// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"
#include "message/SenderReputation.h"
#include "message/SendingHop.h"

#include <QObject>
#include <QTimer>

class DnsSource;

// Asks the DNS about the address that handed a message over: its PTR
// record, then the A or AAAA records of each PTR name, and at the same
// time its name in every blocklist zone, all through the engine's
// resolver, all at once. After the job contract of Check: start() defers
// the work, finished() comes exactly once, also at the deadline.
class SenderReputationCheck : public QObject
{
    Q_OBJECT
public:
    // RFC 7208 section 4.6.4 follows no more than 10 PTR names; so do we.
    static constexpr int maxPtrNames = 10;

    // `zones` empty with `blocklists` true: the table's default lists.
    SenderReputationCheck(DnsSource *dns,
                          const SendingHop &sender,
                          bool blocklists,
                          const QStringList &zones,
                          QObject *parent = nullptr);

    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    void start();
    const SenderReputation &result() const { return m_result; }

    // The conclusions from answers, pure (unit-tested).
    static SenderReputation::Ptr readPtr(const DnsAnswer &answer, QStringList *names);
    static SenderReputation::ListAnswer readListing(const BlocklistTable::Blocklist &list,
                                                    const QString &queryName,
                                                    const DnsAnswer &answer);
    static SenderReputation::Forward concludeForward(
        const QHostAddress &address,
        const QList<SenderReputation::ForwardName> &names,
        QString *confirmedName);

signals:
    void finished();

private:
    void begin();
    void lookupPtr();
    void lookupForward();
    void lookupBlocklists();
    void done(); // one look-up less; concludes after the last
    void conclude();

    DnsSource *m_dns;
    QStringList m_zones;
    int m_pending = 0;
    bool m_finished = false;
    int m_deadlineMs = 20000;
    QTimer m_deadline;
    SenderReputation m_result;
};
