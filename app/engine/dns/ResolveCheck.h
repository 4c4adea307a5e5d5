// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Check.h"
#include "dns/DnsAnswer.h"

#include <QElapsedTimer>
#include <QHostAddress>

class DnsResolver;
class DnsQuery;

// Finds the SMTP host's IPv4 and IPv6 addresses. An address literal needs
// no lookup and passes straight through.
class ResolveCheck : public Check
{
    Q_OBJECT
public:
    // `systemResolver`: when a resolver was chosen, the system's, to compare
    // the two answers about the host (null: no comparison).
    ResolveCheck(const QString &host,
                 DnsResolver *resolver,
                 DnsResolver *systemResolver,
                 EventLog *log,
                 QObject *parent = nullptr);

    QList<QHostAddress> addresses() const { return m_addresses; }
    // The host's own MX targets: a host that receives mail is often a mail
    // domain typed where its submission server was meant.
    QStringList mxTargets() const { return m_mxTargets; }
    bool isUsable() const override { return Check::isUsable() && !m_addresses.isEmpty(); }

protected:
    void run() override;
    void abort() override;
    void onDeadline() override;
    // The lookups still unanswered become dns.cancelled_waiting; the
    // answers that came are its evidence.
    void onCancel() override;

private:
    void reportUnreadableSystemFiles();
    void onAnswer(const DnsAnswer &answer);
    void concludeWhenAllAnswered();
    void conclude();

    QString m_host;
    DnsResolver *m_resolver;
    DnsResolver *m_systemResolver;
    QList<DnsAnswer> m_systemAnswers;
    QList<DnsQuery *> m_queries;
    QList<DnsAnswer> m_answers;
    QList<QHostAddress> m_addresses;
    QStringList m_mxTargets;
    bool m_mxAnswered = false;
    QElapsedTimer m_clock; // from the first query, for a cancel's "after N s"
};
