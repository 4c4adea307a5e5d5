// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"
#include "spf/SpfDnsCache.h"
#include "spf/SpfExplainer.h"
#include "spf/SpfMacroContext.h"
#include "spf/SpfMatcher.h"
#include "spf/SpfPrefetcher.h"
#include "spf/SpfQuery.h"
#include "spf/SpfRecord.h"
#include "spf/SpfResult.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

class DnsSource;

// Evaluates check_host() of RFC 7208 (sections 4 to 7) for one query, with
// DNS from a DnsSource. Asynchronous and never blocking, after the job
// contract of Check: start() defers the work, finished() is emitted exactly
// once (also after cancel() and at the deadline), and nothing runs after it.
// Terms are evaluated strictly in order, so the verdict and the lookup
// counts are those of RFC 7208; the TXT records of include: and redirect=
// targets may be fetched ahead, in parallel, to save round trips.
// Owned by whoever creates it (an SPF check); one evaluator per query.
class SpfEvaluator : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxDnsLookups = 10; // RFC 7208 section 4.6.4
    static constexpr int maxVoidLookups = 2; // RFC 7208 section 4.6.4

    SpfEvaluator(DnsSource *dns, const SpfQuery &query, QObject *parent = nullptr);
    ~SpfEvaluator() override;

    SpfQuery query() const { return m_query; }
    // The explanation of a fail when the record gives none (RFC 7208 section
    // 6.2): a macro-string. Empty: a translated sentence of our own.
    void setDefaultExplanation(const QString &text) { m_defaultExplanation = text; }
    // RFC 7208 section 4.6.4 asks for a time limit of at least 20 seconds;
    // past it the result is temperror. 0: none.
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    // Fetch the records of include: and redirect= targets ahead (default on).
    void setPrefetchEnabled(bool enabled) { m_prefetchEnabled = enabled; }

    void start();
    // Ends at once with temperror (Problem::Cancelled) and emits finished().
    void cancel();
    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    SpfResult result() const { return m_result; }
    // DNS questions actually sent, prefetches included.
    int queryCount() const { return m_cache.queryCount(); }

signals:
    void finished(const SpfResult &result);
    // Every DNS answer as it arrives, for the event log.
    void dnsAnswered(const DnsAnswer &answer);

private:
    enum class State { Waiting, Running, Finished };
    // How a domain's record came to be evaluated.
    enum class Entry { TopLevel, Include, Redirect };
    // One record being evaluated: the top level, or one include level.
    // A redirect replaces the frame it ends (RFC 7208 section 6.1).
    struct Frame
    {
        QString domain;
        SpfRecord record;
        QList<SpfTerm> mechanisms;
        int next = 0; // index of the mechanism being evaluated
        int depth = 0;
    };

    void begin();
    void evaluate();
    void step();
    void enterDomain(const QString &domain, Entry entry, int depth);
    void onRecordAnswer(const QString &domain, Entry entry, int depth, const DnsAnswer &answer);
    void noRecord(const QString &domain,
                  Entry entry,
                  int depth,
                  SpfResult::Problem problem,
                  const QString &why);
    void runMechanism(const SpfTerm &term, const std::optional<QString> &target);
    void onOutcome(const SpfTerm &term, const SpfMatcher::Outcome &outcome);
    void mechanismDone(const SpfTerm &term, bool matched, const QString &detail);
    void startRedirect(const SpfTerm &term);
    void concludeFrame(SpfResult::Code code, QString term, QString termDomain);
    void explain(const QString &domainSpec, const QString &domain);
    void finishWith(SpfResult::Code code,
                    SpfResult::Problem problem = SpfResult::Problem::NoProblem,
                    const QString &domain = QString(),
                    const QString &detail = QString());

    // finishWith() in the domain of the current record.
    void fail(SpfResult::Code code, SpfResult::Problem problem, const QString &detail);
    bool countLookup(const SpfTerm &term);
    bool countVoid(const SpfTerm &term);
    // False, with the PermError of RFC 7208 section 4.6.4, once `count` passes `limit`.
    bool withinLimit(
        const SpfTerm &term, int count, int limit, SpfResult::Problem problem, const char *what);
    // Runs `then` once the "p" macro of `text` can be expanded (at once when
    // `text` has none or the names are known already).
    void whenExpandable(const QString &text, std::function<void()> then);
    std::optional<QString> expandTarget(const QString &domainSpec, const QString &domain) const;
    SpfMacroContext contextFor(const QString &domain) const;
    QString defaultExplanation(const QString &domain) const;
    void addTrail(int depth, const QString &line);
    // "domain: term → what" at the current record's depth.
    void termTrail(const QString &term, const QString &what);
    const Frame &frame() const { return m_frames.last(); }

    SpfQuery m_query;
    SpfDnsCache m_cache;
    SpfMatcher m_matcher;
    SpfPrefetcher m_prefetcher;
    SpfExplainer m_explainer;
    SpfMacroContext m_context;
    QString m_defaultExplanation;
    QTimer m_deadline;
    int m_deadlineMs = 20000;
    bool m_prefetchEnabled = true;
    State m_state = State::Waiting;
    bool m_waiting = false;    // a DNS step is in flight
    bool m_evaluating = false; // inside evaluate(): no re-entry
    QList<Frame> m_frames;
    SpfResult m_result;
};
