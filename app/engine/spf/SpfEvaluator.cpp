// SPDX-License-Identifier: GPL-3.0-or-later
#include "spf/SpfEvaluator.h"

#include "dns/DnsResolver.h"
#include "dns/DnsSource.h"
#include "spf/IpNetwork.h"
#include "spf/SpfDomain.h"
#include "spf/SpfMacro.h"

namespace {
using Code = SpfResult::Code;
using Problem = SpfResult::Problem;

// RFC 7208 section 4.6.2: the result a matching mechanism gives.
Code codeOf(SpfTerm::Qualifier qualifier)
{
    switch (qualifier) {
    case SpfTerm::Qualifier::Pass:
        return Code::Pass;
    case SpfTerm::Qualifier::Fail:
        return Code::Fail;
    case SpfTerm::Qualifier::SoftFail:
        return Code::SoftFail;
    case SpfTerm::Qualifier::Neutral:
        return Code::Neutral;
    }
    return Code::Neutral;
}

// "match, softfail (detail)" or "no match (detail)", for the trail.
QString matchText(bool matched, SpfTerm::Qualifier qualifier, const QString &detail)
{
    QString text = matched ? QStringLiteral("match, ") + SpfResult::codeName(codeOf(qualifier))
                           : QStringLiteral("no match");
    return detail.isEmpty() ? text : text + QStringLiteral(" (%1)").arg(detail);
}
} // namespace

SpfEvaluator::SpfEvaluator(DnsSource *dns, const SpfQuery &query, QObject *parent)
    : QObject(parent)
    , m_query(query)
    , m_cache(dns)
    , m_matcher(&m_cache, IpNetwork::normalized(query.clientAddress))
    , m_prefetcher(&m_cache,
                   IpNetwork::normalized(query.clientAddress).protocol()
                           == QAbstractSocket::IPv4Protocol
                       ? DnsResolver::A
                       : DnsResolver::Aaaa,
                   [this](const QString &domainSpec, const QString &domain) {
                       return expandTarget(domainSpec, domain);
                   })
    , m_explainer(&m_cache, &m_matcher)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finishWith(Code::TempError,
                   Problem::DeadlineReached,
                   m_result.domain,
                   QStringLiteral("no verdict after %1 ms").arg(m_deadlineMs));
    });
    m_cache.setObserver([this](const DnsAnswer &answer) { emit dnsAnswered(answer); });
}

SpfEvaluator::~SpfEvaluator() = default;

void SpfEvaluator::start()
{
    if (m_state != State::Waiting)
        return;
    m_state = State::Running;
    if (m_deadlineMs > 0)
        m_deadline.start(m_deadlineMs);
    QTimer::singleShot(0, this, [this] {
        if (m_state == State::Running)
            begin();
    });
}

void SpfEvaluator::cancel()
{
    if (m_state == State::Finished)
        return;
    m_state = State::Running;
    finishWith(Code::TempError, Problem::Cancelled, m_result.domain, QStringLiteral("cancelled"));
}

void SpfEvaluator::begin()
{
    m_context = SpfMacroContext::forQuery(m_query);
    const QString domain = m_context.domain;
    m_result.domain = domain;
    addTrail(0,
             QStringLiteral("check_host(%1, %2, %3)")
                 .arg(m_context.client.toString(), domain, m_context.sender()));
    if (m_context.client.isNull())
        return finishWith(Code::PermError,
                          Problem::InvalidClientAddress,
                          domain,
                          QStringLiteral("no valid client address"));
    // RFC 7208 section 4.3.
    if (!SpfDomain::isValidCheckHostDomain(domain))
        return finishWith(Code::None,
                          Problem::MalformedDomain,
                          domain,
                          QStringLiteral("\"%1\" is not a valid domain name").arg(domain));
    enterDomain(domain, Entry::TopLevel, 0);
    if (m_prefetchEnabled)
        m_prefetcher.start(domain);
    evaluate();
}

void SpfEvaluator::evaluate()
{
    if (m_evaluating)
        return; // the loop below is already running and will go on
    m_evaluating = true;
    while (m_state == State::Running && !m_waiting && !m_frames.isEmpty())
        step();
    m_evaluating = false;
}

void SpfEvaluator::step()
{
    const Frame &current = frame();
    if (current.next >= current.mechanisms.size()) {
        if (const auto redirect = current.record.redirect())
            return startRedirect(*redirect);
        // RFC 7208 section 4.7: no match and no redirect: neutral.
        addTrail(current.depth,
                 QStringLiteral("%1: no mechanism matched → neutral").arg(current.domain));
        return concludeFrame(Code::Neutral, QString(), current.domain);
    }
    const SpfTerm term = current.mechanisms.at(current.next);
    switch (term.kind) {
    case SpfTerm::Kind::All:
        return mechanismDone(term, true, QString());
    case SpfTerm::Kind::Ip4:
    case SpfTerm::Kind::Ip6:
        return mechanismDone(term, term.network.contains(m_context.client), QString());
    default:
        break;
    }
    if (!countLookup(term))
        return;
    const QString spec = term.domainSpec.isEmpty() ? QStringLiteral("%{d}") : term.domainSpec;
    whenExpandable(spec,
                   [this, term, spec] { runMechanism(term, expandTarget(spec, frame().domain)); });
}

void SpfEvaluator::enterDomain(const QString &domain, Entry entry, int depth)
{
    m_waiting = true;
    m_cache.fetch(domain, DnsResolver::Txt, [this, domain, entry, depth](const DnsAnswer &answer) {
        if (m_state != State::Running)
            return;
        m_waiting = false;
        onRecordAnswer(domain, entry, depth, answer);
        evaluate();
    });
}

void SpfEvaluator::onRecordAnswer(const QString &domain,
                                  Entry entry,
                                  int depth,
                                  const DnsAnswer &answer)
{
    if (answer.status == DnsAnswer::Status::NxDomain)
        return noRecord(domain, entry, depth, Problem::NoSuchDomain, QStringLiteral("NXDOMAIN"));
    if (answer.status != DnsAnswer::Status::NoError) {
        // RFC 7208 section 4.4: a DNS error while fetching the record.
        const QString why = QStringLiteral("TXT lookup: ") + DnsAnswer::statusName(answer.status);
        addTrail(depth, domain + QStringLiteral(": ") + why);
        return finishWith(Code::TempError, Problem::DnsError, domain, why);
    }
    // RFC 7208 section 4.5: exactly one record starting with "v=spf1".
    const QStringList records = SpfRecord::selectRecords(answer.records);
    if (entry == Entry::TopLevel)
        m_result.records = records;
    if (records.isEmpty())
        return noRecord(
            domain, entry, depth, Problem::NoRecord, QStringLiteral("no v=spf1 TXT record"));
    if (records.size() > 1) {
        addTrail(depth, QStringLiteral("%1: %2 SPF records").arg(domain).arg(records.size()));
        return finishWith(
            Code::PermError, Problem::MultipleRecords, domain, records.join(QLatin1String(" | ")));
    }
    const SpfRecord record = SpfRecord::parse(records.first());
    addTrail(depth, domain + QStringLiteral(": ") + record.text());
    if (entry == Entry::TopLevel)
        m_result.record = record.text();
    // RFC 7208 section 4.6: a syntax error anywhere is a permerror, before
    // anything is evaluated.
    if (!record.isValid())
        return finishWith(Code::PermError, Problem::SyntaxError, domain, record.errorSummary());
    Frame next;
    next.domain = domain;
    next.record = record;
    next.mechanisms = record.mechanisms();
    next.depth = depth;
    m_frames.append(next);
    if (m_prefetchEnabled)
        m_prefetcher.update(); // this record may free more of the tree
}

void SpfEvaluator::noRecord(
    const QString &domain, Entry entry, int depth, Problem problem, const QString &why)
{
    addTrail(depth, QStringLiteral("%1: %2").arg(domain, why));
    switch (entry) {
    case Entry::TopLevel:
        return finishWith(Code::None, problem, domain, why);
    case Entry::Include:
        // RFC 7208 section 5.2: an include of a domain without a record.
        return finishWith(Code::PermError, Problem::IncludeWithoutRecord, domain, why);
    case Entry::Redirect:
        // RFC 7208 section 6.1: a redirect to a domain without a record.
        return finishWith(Code::PermError, Problem::RedirectWithoutRecord, domain, why);
    }
}

void SpfEvaluator::runMechanism(const SpfTerm &term, const std::optional<QString> &target)
{
    if (term.kind == SpfTerm::Kind::Include) {
        if (!target)
            return fail(Code::PermError,
                        Problem::InvalidTarget,
                        term.text + QStringLiteral(": not a domain name"));
        return enterDomain(*target, Entry::Include, frame().depth + 1);
    }
    if (!target) {
        // RFC 7208 sections 4.3 and 4.8: a name no query can be made for
        // does not exist, so the mechanism does not match.
        return mechanismDone(term, false, QStringLiteral("not a valid domain name"));
    }
    m_waiting = true;
    auto done = [this, term](const SpfMatcher::Outcome &outcome) {
        if (m_state != State::Running)
            return;
        m_waiting = false;
        onOutcome(term, outcome);
        evaluate();
    };
    switch (term.kind) {
    case SpfTerm::Kind::A:
        return m_matcher.matchA(*target, term.ip4Prefix, term.ip6Prefix, done);
    case SpfTerm::Kind::Mx:
        return m_matcher.matchMx(*target, term.ip4Prefix, term.ip6Prefix, done);
    case SpfTerm::Kind::Ptr:
        return m_matcher.matchPtr(*target, done);
    case SpfTerm::Kind::Exists:
        return m_matcher.matchExists(*target, done);
    default:
        m_waiting = false;
        return mechanismDone(term, false, QString());
    }
}

void SpfEvaluator::onOutcome(const SpfTerm &term, const SpfMatcher::Outcome &outcome)
{
    if (outcome.isVoid && !countVoid(term))
        return;
    switch (outcome.kind) {
    case SpfMatcher::Outcome::Kind::Match:
        return mechanismDone(term, true, outcome.detail);
    case SpfMatcher::Outcome::Kind::NoMatch:
        return mechanismDone(term, false, outcome.detail);
    case SpfMatcher::Outcome::Kind::TempError:
        // RFC 7208 section 5: a DNS error ends check_host() with temperror.
        termTrail(term.text, QStringLiteral("DNS error (%1)").arg(outcome.detail));
        return fail(
            Code::TempError, Problem::DnsError, term.text + QStringLiteral(": ") + outcome.detail);
    case SpfMatcher::Outcome::Kind::PermError:
        termTrail(term.text, outcome.detail);
        return fail(
            Code::PermError, outcome.problem, term.text + QStringLiteral(": ") + outcome.detail);
    }
}

void SpfEvaluator::mechanismDone(const SpfTerm &term, bool matched, const QString &detail)
{
    termTrail(term.text, matchText(matched, term.qualifier, detail));
    if (matched)
        return concludeFrame(codeOf(term.qualifier), term.text, frame().domain);
    ++m_frames.last().next;
}

void SpfEvaluator::startRedirect(const SpfTerm &term)
{
    if (!countLookup(term))
        return;
    whenExpandable(term.domainSpec, [this, term] {
        const std::optional<QString> target = expandTarget(term.domainSpec, frame().domain);
        if (!target) // RFC 7208 section 6.1: a malformed target is a permerror
            return fail(Code::PermError,
                        Problem::InvalidTarget,
                        term.text + QStringLiteral(": not a domain name"));
        termTrail(term.text, *target);
        enterDomain(*target, Entry::Redirect, m_frames.takeLast().depth);
    });
}

void SpfEvaluator::concludeFrame(Code code, QString term, QString termDomain)
{
    while (true) {
        const Frame done = m_frames.takeLast();
        if (m_frames.isEmpty()) {
            m_result.matchedTerm = term;
            m_result.matchedDomain = termDomain;
            // RFC 7208 section 6.2: exp= of the record that gave the fail
            // (after redirects, never of an included record).
            if (code == Code::Fail) {
                if (const auto exp = done.record.explanation())
                    return explain(exp->domainSpec, done.domain);
                m_result.explanation = defaultExplanation(done.domain);
            }
            return finishWith(code);
        }
        Frame &parent = m_frames.last();
        const SpfTerm include = parent.mechanisms.at(parent.next);
        // RFC 7208 section 5.2: pass of the included record matches; fail,
        // softfail and neutral do not (errors ended the evaluation already).
        const bool matched = code == Code::Pass;
        termTrail(include.text,
                  matchText(matched,
                            include.qualifier,
                            done.domain + QStringLiteral(" gave ") + SpfResult::codeName(code)));
        if (!matched) {
            ++parent.next;
            return;
        }
        code = codeOf(include.qualifier);
        term = include.text;
        termDomain = parent.domain;
    }
}

void SpfEvaluator::finishWith(Code code,
                              Problem problem,
                              const QString &domain,
                              const QString &detail)
{
    if (m_state != State::Running)
        return;
    m_state = State::Finished;
    // The result first: `domain` and `detail` may refer into m_frames.
    m_result.code = code;
    m_result.problem = problem;
    m_result.problemDomain = problem == Problem::NoProblem ? QString() : domain;
    m_result.problemDetail = detail;
    if (code != Code::Fail)
        m_result.explanation.clear();
    QString line = QStringLiteral("result: ") + SpfResult::codeName(code);
    if (!detail.isEmpty())
        line += QStringLiteral(" (%1)").arg(detail);
    addTrail(0, line);
    m_deadline.stop();
    m_prefetcher.stop();
    m_cache.reset();
    m_frames.clear();
    emit finished(m_result);
}

bool SpfEvaluator::countLookup(const SpfTerm &term)
{
    return withinLimit(
        term, ++m_result.dnsLookups, maxDnsLookups, Problem::TooManyLookups, "DNS lookup");
}

bool SpfEvaluator::countVoid(const SpfTerm &term)
{
    return withinLimit(
        term, ++m_result.voidLookups, maxVoidLookups, Problem::TooManyVoidLookups, "void lookup");
}

bool SpfEvaluator::withinLimit(
    const SpfTerm &term, int count, int limit, SpfResult::Problem problem, const char *what)
{
    if (count <= limit)
        return true;
    const QString why = QStringLiteral("%1 %2 of at most %3")
                            .arg(QLatin1String(what))
                            .arg(count)
                            .arg(limit);
    termTrail(term.text, why);
    fail(Code::PermError, problem, term.text + QStringLiteral(": ") + why);
    return false;
}

void SpfEvaluator::whenExpandable(const QString &text, std::function<void()> then)
{
    if (m_matcher.hasValidatedNames() || !SpfMacro::usesValidatedName(text))
        return then();
    m_waiting = true;
    m_matcher.resolveValidatedNames([this, then] {
        if (m_state != State::Running)
            return;
        m_waiting = false;
        then();
        evaluate();
    });
}

std::optional<QString> SpfEvaluator::expandTarget(const QString &domainSpec,
                                                  const QString &domain) const
{
    // RFC 7208 section 7.3: expanded, then cut to 253 characters.
    const QString name = SpfDomain::truncated(SpfMacro::expand(domainSpec, contextFor(domain)));
    if (!SpfDomain::isQueryable(name))
        return std::nullopt;
    return name;
}

SpfMacroContext SpfEvaluator::contextFor(const QString &domain) const
{
    SpfMacroContext context = m_context;
    context.domain = domain;
    context.validatedName = m_matcher.validatedNameFor(domain);
    return context;
}

QString SpfEvaluator::defaultExplanation(const QString &domain) const
{
    return SpfExplainer::defaultExplanation(m_defaultExplanation, contextFor(domain));
}

void SpfEvaluator::explain(const QString &domainSpec, const QString &domain)
{
    m_waiting = true;
    m_explainer.explain(domainSpec,
                        contextFor(domain),
                        [this, domain](const std::optional<QString> &text, const QString &note) {
                            if (m_state != State::Running)
                                return;
                            m_waiting = false;
                            addTrail(0, note);
                            m_result.explanation = text ? *text : defaultExplanation(domain);
                            finishWith(Code::Fail);
                        });
}

void SpfEvaluator::fail(Code code, Problem problem, const QString &detail)
{
    finishWith(code, problem, frame().domain, detail);
}

void SpfEvaluator::termTrail(const QString &term, const QString &what)
{
    addTrail(frame().depth, QStringLiteral("%1: %2 → %3").arg(frame().domain, term, what));
}

void SpfEvaluator::addTrail(int depth, const QString &line)
{
    m_result.trail.append(QString(depth * 2, QLatin1Char(' ')) + line);
}
