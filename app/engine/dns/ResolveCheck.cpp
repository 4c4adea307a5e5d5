// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/ResolveCheck.h"

#include "core/CheckName.h"
#include "findings/FindingIds.h"
#include "dns/CdnRanges.h"
#include "dns/ResolverComparison.h"
#include "dns/DnsResolver.h"
#include "spf/DnsRecordParser.h"

#include <QFile>

ResolveCheck::ResolveCheck(const QString &host,
                           DnsResolver *resolver,
                           DnsResolver *systemResolver,
                           EventLog *log,
                           QObject *parent)
    : Check(CheckName::resolve(), log, parent)
    , m_host(host)
    , m_resolver(resolver)
    , m_systemResolver(systemResolver)
{}

void ResolveCheck::run()
{
    reportUnreadableSystemFiles();
    const QHostAddress literal(m_host);
    if (!literal.isNull()) {
        m_addresses.append(literal);
        log(Event::Kind::Dns, QStringLiteral("%1 is an address: no lookup needed").arg(m_host));
        finish();
        return;
    }
    reportProgress(tr("Looking up %1").arg(m_host));
    m_clock.start();
    log(Event::Kind::Dns,
        QStringLiteral("resolving %1 with %2").arg(m_host, m_resolver->description()));
    for (int type : {DnsResolver::A, DnsResolver::Aaaa, DnsResolver::Mx}) {
        DnsQuery *query = m_resolver->lookup(m_host, type);
        connect(query, &DnsQuery::finished, this, &ResolveCheck::onAnswer);
        m_queries.append(query);
    }
    if (m_systemResolver) {
        for (int type : {DnsResolver::A, DnsResolver::Aaaa}) {
            DnsQuery *query = m_systemResolver->lookup(m_host, type);
            connect(query, &DnsQuery::finished, this, [this](const DnsAnswer &answer) {
                log(Event::Kind::Dns, QStringLiteral("system resolver: ") + answer.summary());
                // Only for the comparison: the diagnosis uses the chosen resolver's answer.
                m_systemAnswers.append(answer);
                concludeWhenAllAnswered();
            });
            m_queries.append(query);
        }
    }
}

void ResolveCheck::reportUnreadableSystemFiles()
{
    // What the resolver did without a file is a fact of this machine, worth
    // knowing even when the host is an address: the C library, and so the
    // mail program, reads the same files.
    const auto evidenceFor = [](const QString &path) {
        return QFile::exists(path) ? QStringLiteral("%1 exists but cannot be read").arg(path)
                                   : QStringLiteral("%1 does not exist").arg(path);
    };
    const QString resolvConf = m_resolver->unreadableResolvConf();
    if (!resolvConf.isEmpty())
        addFinding(FindingId::DnsResolvConfMissing,
                   FindingArgs{{FindingArg::Path, resolvConf}},
                   {evidenceFor(resolvConf),
                    QStringLiteral("asking the name server on this machine, 127.0.0.1 port 53")});
    const QString hosts = m_resolver->unreadableHosts();
    if (!hosts.isEmpty())
        addFinding(FindingId::DnsHostsMissing,
                   FindingArgs{{FindingArg::Path, hosts}},
                   {evidenceFor(hosts)});
}

void ResolveCheck::abort()
{
    // deleteLater: abort() may run inside a query's own finished() signal.
    for (DnsQuery *query : std::as_const(m_queries)) {
        query->cancel();
        query->deleteLater();
    }
    m_queries.clear();
}

void ResolveCheck::onDeadline()
{
    addFinding(
        QLatin1String(FindingId::DnsFailure),
        FindingArgs{{FindingArg::Host, m_host}, {FindingArg::Detail, tr("no answer in time")}},
        {QStringLiteral("resolver: %1").arg(m_resolver->description())});
}

void ResolveCheck::onCancel()
{
    if (!m_clock.isValid())
        return; // an address literal, or cancelled before asking
    QStringList awaited;
    auto answered = [this](int type) {
        return std::any_of(m_answers.cbegin(), m_answers.cend(), [type](const DnsAnswer &answer) {
            return answer.type == type;
        });
    };
    if (!answered(DnsResolver::A))
        awaited.append(QStringLiteral("A"));
    if (!answered(DnsResolver::Aaaa))
        awaited.append(QStringLiteral("AAAA"));
    if (!m_mxAnswered)
        awaited.append(QStringLiteral("MX"));
    if (m_systemResolver && m_systemAnswers.size() < 2)
        awaited.append(tr("the system resolver's answer"));
    if (awaited.isEmpty())
        return;
    QStringList evidence;
    for (const DnsAnswer &answer : std::as_const(m_answers))
        evidence.append(answer.summary());
    evidence.append(QStringLiteral("cancelled after %1 ms waiting for %2 from %3")
                        .arg(m_clock.elapsed())
                        .arg(awaited.join(QLatin1String(", ")), m_resolver->description()));
    addFinding(QLatin1String(FindingId::DnsCancelledWaiting),
               FindingArgs{{FindingArg::Host, m_host},
                           {FindingArg::Detail, awaited.join(QLatin1String(", "))},
                           {FindingArg::Count,
                            QString::number(double(m_clock.elapsed()) / 1000.0, 'f', 1)}},
               evidence,
               Finding::Severity::Info);
}

void ResolveCheck::onAnswer(const DnsAnswer &answer)
{
    log(Event::Kind::Dns, answer.summary());
    if (answer.type == DnsResolver::Mx) {
        for (const QByteArray &record : answer.records) {
            const auto mx = DnsRecordParser::mx(record);
            if (mx && !mx->isNull())
                m_mxTargets.append(mx->exchange);
        }
        m_mxAnswered = true;
    } else {
        m_answers.append(answer);
        m_addresses.append(answer.addresses);
    }
    concludeWhenAllAnswered();
}

void ResolveCheck::concludeWhenAllAnswered()
{
    if (m_answers.size() + (m_mxAnswered ? 1 : 0) + m_systemAnswers.size() != m_queries.size())
        return;
    conclude();
    abort();
    finish();
}

void ResolveCheck::conclude()
{
    if (const auto disagreement = ResolverComparison::compare(m_systemAnswers, m_answers)) {
        addFinding(QLatin1String(FindingId::DnsResolverDisagreement),
                   FindingArgs{{FindingArg::Host, m_host},
                               {FindingArg::Resolver, m_resolver->description()},
                               {FindingArg::SystemAnswer, disagreement->systemView},
                               {FindingArg::ResolverAnswer, disagreement->chosenView}},
                   disagreement->evidence);
    }
    for (const QHostAddress &address : std::as_const(m_addresses)) {
        if (const auto cdn = CdnRanges::instance().cdnOf(address)) {
            addFinding(QLatin1String(FindingId::DnsCdnProxied),
                       FindingArgs{{FindingArg::Host, m_host},
                                   {FindingArg::Address, address.toString()},
                                   {FindingArg::Provider, *cdn}},
                       {QStringLiteral("%1 has the address %2, in %3's published ranges")
                            .arg(m_host, address.toString(), *cdn)});
            break;
        }
    }
    // Addresses found: the name is fine; which family works is the probes' business.
    if (!m_addresses.isEmpty())
        return;
    QStringList evidence{QStringLiteral("resolver: %1").arg(m_resolver->description())};
    bool anyNxDomain = false;
    QString failure;
    for (const DnsAnswer &answer : std::as_const(m_answers)) {
        evidence.append(answer.summary());
        anyNxDomain = anyNxDomain || answer.status == DnsAnswer::Status::NxDomain;
        if (answer.status != DnsAnswer::Status::NoError
            && answer.status != DnsAnswer::Status::NxDomain)
            failure = answer.error.isEmpty() ? DnsAnswer::statusName(answer.status) : answer.error;
    }

    if (anyNxDomain) {
        addFinding(FindingId::DnsNxdomain, FindingArgs{{FindingArg::Host, m_host}}, evidence);
    } else if (!failure.isEmpty()) {
        addFinding(FindingId::DnsFailure,
                   FindingArgs{{FindingArg::Host, m_host}, {FindingArg::Detail, failure}},
                   evidence);
    } else {
        addFinding(FindingId::DnsNoAddress, FindingArgs{{FindingArg::Host, m_host}}, evidence);
    }
}
