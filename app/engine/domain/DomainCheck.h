// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Check.h"
#include "dns/DnsAnswer.h"
#include "core/Target.h"
#include "domain/DomainConclusion.h"

#include <QElapsedTimer>

#include <functional>

class DnsSource;
class ResolveCheck;
struct SpfResult;

// The sender domain's records, all looked up at once: MX (RFC 5321, 7505),
// SPF evaluated for the SMTP server's address (RFC 7208), DKIM keys (RFC
// 6376), the DMARC policy (RFC 7489), MTA-STS and DANE announcements, and
// mail hosts left behind a web-only CDN proxy.
class DomainCheck : public Check
{
    Q_OBJECT
public:
    DomainCheck(const Target &target,
                const ResolveCheck *server,
                DnsSource *dns,
                EventLog *log,
                QObject *parent = nullptr);

protected:
    void run() override;
    void abort() override;
    // The lookups still unanswered become domain.cancelled_waiting; the
    // findings of those that answered were made as they came.
    void onCancel() override;

private:
    void lookup(const QString &name, int type, std::function<void(const DnsAnswer &)> then);
    void stepDone();
    void add(const DomainConclusion &conclusion);

    void checkMx();
    void onMx(const DnsAnswer &answer);
    void checkMxTarget(const QString &target);
    void checkSpf();
    void onSpf(const SpfResult &result, const QHostAddress &client);
    void checkDkim();
    void checkDmarc();
    void checkPolicies();
    void checkTlsa(const QString &name);
    void checkCdn(const QString &name, const QList<QHostAddress> &addresses);
    void noteBogus(const DnsAnswer &answer);

    Target m_target;
    QString m_domain;
    const ResolveCheck *m_server;
    DnsSource *m_dns;
    QObject *m_context = nullptr; // parent of pending lookups and the evaluator
    int m_pending = 0;
    QStringList m_mxTargets;
    QStringList m_mxProblems;
    int m_mxTargetsPending = 0;
    QStringList m_guessedSelectors;
    QStringList m_selectorsFound;
    // A guessed selector whose lookup failed: "missing" would be a guess.
    bool m_dkimLookupFailed = false;
    QStringList m_bogusNames;
    QStringList m_awaiting; // "TXT _dmarc.example.com", "SPF evaluation": still unanswered
    QElapsedTimer m_clock;
};
