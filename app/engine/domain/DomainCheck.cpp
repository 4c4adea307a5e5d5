// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DomainCheck.h"

#include "core/CheckName.h"
#include "findings/FindingIds.h"
#include "dns/CdnRanges.h"
#include "dns/DnsResolver.h"
#include "dns/DnsSource.h"
#include "discovery/ProviderCatalog.h"
#include "dns/ResolveCheck.h"
#include "domain/DkimAssessment.h"
#include "domain/DkimSelectors.h"
#include "domain/DmarcAssessment.h"
#include "domain/SpfAssessment.h"
#include "domain/TxtLookup.h"
#include "spf/DnsRecordParser.h"
#include "spf/SpfEvaluator.h"

DomainCheck::DomainCheck(const Target &target,
                         const ResolveCheck *server,
                         DnsSource *dns,
                         EventLog *log,
                         QObject *parent)
    : Check(CheckName::domain(), log, parent)
    , m_target(target)
    , m_domain(target.domain.toLower())
    , m_server(server)
    , m_dns(dns)
{
    // RFC 7208 section 4.6.4 gives an SPF evaluation at least 20 s; the other
    // lookups run alongside it.
    setDeadline(20000 + 2 * target.stepTimeoutMs);
    if (m_domain.endsWith(QLatin1Char('.')))
        m_domain.chop(1);
}

void DomainCheck::run()
{
    reportProgress(tr("Checking the records of %1").arg(m_domain));
    m_clock.start();
    m_context = new QObject(this);
    ++m_pending; // held until every step has started
    checkMx();
    checkSpf();
    checkDkim();
    checkDmarc();
    checkPolicies();
    stepDone();
}

void DomainCheck::abort()
{
    // Deleting the context drops the pending lookups and the evaluator.
    delete m_context;
    m_context = nullptr;
}

namespace {

QString typeLabel(int type)
{
    switch (type) {
    case DnsResolver::A:
        return QStringLiteral("A");
    case DnsResolver::Aaaa:
        return QStringLiteral("AAAA");
    case DnsResolver::Mx:
        return QStringLiteral("MX");
    case DnsResolver::Txt:
        return QStringLiteral("TXT");
    case DnsResolver::Tlsa:
        return QStringLiteral("TLSA");
    case DnsResolver::Cname:
        return QStringLiteral("CNAME");
    }
    return QStringLiteral("type %1").arg(type);
}

} // namespace

void DomainCheck::onCancel()
{
    if (!m_clock.isValid() || m_awaiting.isEmpty())
        return;
    const QString awaited = m_awaiting.join(QLatin1String(", "));
    addFinding(QLatin1String(FindingId::DomainCancelledWaiting),
               FindingArgs{{FindingArg::Domain, m_domain},
                           {FindingArg::Detail, awaited},
                           {FindingArg::Count,
                            QString::number(double(m_clock.elapsed()) / 1000.0, 'f', 1)}},
               {QStringLiteral("cancelled after %1 ms waiting for %2")
                    .arg(m_clock.elapsed())
                    .arg(awaited)},
               Finding::Severity::Info);
}

void DomainCheck::lookup(const QString &name, int type, std::function<void(const DnsAnswer &)> then)
{
    ++m_pending;
    const QString awaited = typeLabel(type) + QLatin1Char(' ') + name;
    m_awaiting.append(awaited);
    m_dns->lookup(name, type, m_context, [this, then, awaited](const DnsAnswer &answer) {
        m_awaiting.removeOne(awaited);
        log(Event::Kind::Dns, answer.summary());
        noteBogus(answer);
        then(answer);
        stepDone();
    });
}

void DomainCheck::stepDone()
{
    if (--m_pending > 0)
        return;
    if (!m_guessedSelectors.isEmpty() && m_selectorsFound.isEmpty() && !m_dkimLookupFailed) {
        add({QLatin1String(FindingId::DomainDkimMissingGuess),
             {m_guessedSelectors.join(QLatin1String(", ")), m_domain},
             {QStringLiteral("no DKIM key at %1")
                  .arg(m_guessedSelectors.join(QLatin1String(", ")))},
             {}});
    }
    finish();
}

void DomainCheck::add(const DomainConclusion &conclusion)
{
    addFinding(conclusion.id, conclusion.args, conclusion.evidence, conclusion.severity);
}

void DomainCheck::noteBogus(const DnsAnswer &answer)
{
    // Signatures that do not verify: the answer may be forged (RFC 4035
    // section 5.5) - or this resolver's upstream strips signatures, which
    // makes every answer look bogus. The trust anchor's own zone tells which.
    if (!answer.bogus || m_bogusNames.contains(answer.name))
        return;
    m_bogusNames.append(answer.name);
    ++m_pending;
    m_dns->checkValidation(m_context, [this, answer](bool works) {
        if (works)
            addFinding(
                QLatin1String(FindingId::DnsDnssecBogus),
                FindingArgs{{FindingArg::Name, answer.name}, {FindingArg::Detail, answer.whyBogus}},
                {answer.summary()});
        else if (m_bogusNames.size() == 1)
            addFinding(
                QLatin1String(FindingId::DnsDnssecUnchecked), {answer.name}, {answer.summary()});
        stepDone();
    });
}

void DomainCheck::checkMx()
{
    lookup(m_domain, DnsResolver::Mx, [this](const DnsAnswer &answer) { onMx(answer); });
}

void DomainCheck::onMx(const DnsAnswer &answer)
{
    const QStringList evidence{answer.summary()};
    if (answer.status != DnsAnswer::Status::NoError
        && answer.status != DnsAnswer::Status::NxDomain) {
        add({QLatin1String(FindingId::DomainLookupFailed),
             {m_domain, QStringLiteral("MX"), DnsAnswer::statusName(answer.status)},
             evidence,
             {}});
        return;
    }
    QList<MxRecord> records;
    for (const QByteArray &data : answer.records) {
        if (const auto mx = DnsRecordParser::mx(data))
            records.append(*mx);
    }
    if (records.isEmpty()) {
        add({QLatin1String(FindingId::DomainMxMissing), {m_domain}, evidence, {}});
        return;
    }
    // RFC 7505: a single "MX 0 ." says the domain accepts no mail at all.
    if (records.size() == 1 && records.constFirst().isNull()) {
        add({QLatin1String(FindingId::DomainMxNull), {m_domain}, evidence, {}});
        return;
    }
    std::sort(records.begin(), records.end(), [](const MxRecord &a, const MxRecord &b) {
        return a.preference < b.preference;
    });
    for (const MxRecord &record : std::as_const(records)) {
        m_mxTargets.append(record.exchange);
        checkMxTarget(record.exchange);
    }
    checkTlsa(QStringLiteral("_25._tcp.") + m_mxTargets.constFirst());
}

void DomainCheck::checkTlsa(const QString &name)
{
    // DANE (RFC 7672): TLSA records say which certificate to expect.
    lookup(name, DnsResolver::Tlsa, [this, name](const DnsAnswer &answer) {
        if (answer.status == DnsAnswer::Status::NoError && answer.hasData())
            add({QLatin1String(FindingId::DomainDaneTlsa),
                 {name, QString::number(answer.records.size())},
                 {answer.summary()},
                 {}});
    });
}

void DomainCheck::checkMxTarget(const QString &target)
{
    // RFC 5321 section 5.1: an MX names a host, never an address literal;
    // RFC 2181 section 10.3: nor an alias.
    QString bare = target;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    if (!QHostAddress(bare).isNull() || target.startsWith(QLatin1Char('['))) {
        m_mxProblems.append(target);
        add({QLatin1String(FindingId::DomainMxInvalidTarget),
             {m_domain, target, tr("an address, not a host name")},
             {QStringLiteral("MX %1").arg(target)},
             {}});
        return;
    }
    ++m_mxTargetsPending;
    lookup(target, DnsResolver::A, [this, target](const DnsAnswer &answer) {
        QString canonical = answer.canonicalName;
        if (canonical.endsWith(QLatin1Char('.')))
            canonical.chop(1);
        if (!canonical.isEmpty() && canonical.compare(target, Qt::CaseInsensitive) != 0) {
            m_mxProblems.append(target);
            add({QLatin1String(FindingId::DomainMxInvalidTarget),
                 {m_domain, target, tr("an alias (CNAME) of %1").arg(canonical)},
                 {answer.summary()},
                 {}});
        } else if (answer.status == DnsAnswer::Status::NxDomain) {
            m_mxProblems.append(target);
            add({QLatin1String(FindingId::DomainMxInvalidTarget),
                 {m_domain, target, tr("a name that does not exist")},
                 {answer.summary()},
                 {}});
        }
        checkCdn(target, answer.addresses);
        if (--m_mxTargetsPending == 0 && m_mxProblems.isEmpty())
            add({QLatin1String(FindingId::DomainMxOk),
                 {m_domain, m_mxTargets.join(QLatin1String(", "))},
                 {answer.summary()},
                 {}});
    });
}

void DomainCheck::checkCdn(const QString &name, const QList<QHostAddress> &addresses)
{
    for (const QHostAddress &address : addresses) {
        if (const auto cdn = CdnRanges::instance().cdnOf(address)) {
            add({QLatin1String(FindingId::DnsCdnProxied),
                 {name, address.toString(), *cdn},
                 {QStringLiteral("%1 has the address %2, in %3's published ranges")
                      .arg(name, address.toString(), *cdn)},
                 {}});
            return;
        }
    }
}

void DomainCheck::checkSpf()
{
    // Evaluated for the address mail would come from: the SMTP server's
    // (IPv4 first, as most senders reach it by IPv4).
    QHostAddress client;
    for (const QHostAddress &address : m_server->addresses()) {
        if (client.isNull()
            || (client.protocol() != QAbstractSocket::IPv4Protocol
                && address.protocol() == QAbstractSocket::IPv4Protocol))
            client = address;
    }
    SpfQuery query;
    query.clientAddress = client.isNull() ? QHostAddress(QStringLiteral("192.0.2.1")) : client;
    query.sender = QStringLiteral("postmaster@") + m_domain;
    query.helo = m_target.host;
    query.domain = m_domain;
    auto *evaluator = new SpfEvaluator(m_dns, query, m_context);
    connect(evaluator, &SpfEvaluator::dnsAnswered, this, [this](const DnsAnswer &answer) {
        log(Event::Kind::Dns, QStringLiteral("SPF: ") + answer.summary());
        noteBogus(answer);
    });
    connect(evaluator, &SpfEvaluator::finished, this, [this, client](const SpfResult &result) {
        m_awaiting.removeOne(QStringLiteral("SPF"));
        onSpf(result, client);
        stepDone();
    });
    ++m_pending;
    m_awaiting.append(QStringLiteral("SPF"));
    evaluator->start();
}

void DomainCheck::onSpf(const SpfResult &result, const QHostAddress &client)
{
    const auto provider = ProviderCatalog::instance().forHost(m_target.host);
    const QString include = provider ? provider->spfInclude : QString();
    for (const DomainConclusion &conclusion : SpfAssessment::assess(result, client, include))
        add(conclusion);
}

void DomainCheck::checkDkim()
{
    QStringList selectors;
    for (const QString &typed : std::as_const(m_target.dkimSelectors)) {
        if (const auto selector = DkimSelectors::fromUserInput(typed))
            selectors.append(*selector);
    }
    const bool guessing = selectors.isEmpty();
    if (guessing) {
        const auto provider = ProviderCatalog::instance().forHost(m_target.host);
        selectors = DkimSelectors::candidatesFor(provider ? provider->id : QString());
        m_guessedSelectors = selectors;
    }
    for (const QString &selector : std::as_const(selectors)) {
        lookup(DkimAssessment::recordName(selector, m_domain),
               DnsResolver::Txt,
               [this, selector, guessing](const DnsAnswer &answer) {
                   const QList<DomainConclusion> conclusions = DkimAssessment::assess(
                       m_domain, selector, answer);
                   const bool found = !conclusions.isEmpty()
                                      && conclusions.constFirst().id
                                             != QLatin1String(FindingId::DomainDkimMissing)
                                      && conclusions.constFirst().id
                                             != QLatin1String(FindingId::DomainLookupFailed);
                   if (found)
                       m_selectorsFound.append(selector);
                   // A guessed selector that is not there says nothing; one
                   // that could not be looked up says so, once (SERVFAIL,
                   // timeout: the key may well be there).
                   const bool failed = !conclusions.isEmpty()
                                       && conclusions.constFirst().id
                                              == QLatin1String(FindingId::DomainLookupFailed);
                   if (guessing && failed && !m_dkimLookupFailed) {
                       m_dkimLookupFailed = true;
                       add(conclusions.constFirst());
                   }
                   if (found || !guessing) {
                       for (const DomainConclusion &conclusion : conclusions)
                           add(conclusion);
                   }
               });
    }
}

void DomainCheck::checkDmarc()
{
    lookup(DmarcAssessment::recordName(m_domain), DnsResolver::Txt, [this](const DnsAnswer &exact) {
        if (!DmarcAssessment::needsOrganizationalLookup(m_domain, exact)) {
            for (const DomainConclusion &conclusion : DmarcAssessment::assess(m_domain, exact))
                add(conclusion);
            return;
        }
        // RFC 7489 section 6.6.3: no record here, so the organizational domain's applies.
        const QString organizational = DmarcAssessment::organizationalDomain(m_domain);
        lookup(DmarcAssessment::recordName(organizational),
               DnsResolver::Txt,
               [this, exact](const DnsAnswer &answer) {
                   for (const DomainConclusion &conclusion :
                        DmarcAssessment::assess(m_domain, exact, answer))
                       add(conclusion);
               });
    });
}

void DomainCheck::checkPolicies()
{
    // MTA-STS (RFC 8461 section 3.1): announced by a TXT record; the policy
    // file itself is fetched over HTTPS, which this check does not do.
    lookup(
        QStringLiteral("_mta-sts.") + m_domain, DnsResolver::Txt, [this](const DnsAnswer &answer) {
            const TxtLookup txt = TxtLookup::read(answer);
            for (const QString &text : txt.texts()) {
                if (text.startsWith(QLatin1String("v=STSv1"))) {
                    add({QLatin1String(FindingId::DomainMtaSts),
                         {m_domain, text},
                         txt.evidence(),
                         {}});
                    return;
                }
            }
        });
}
