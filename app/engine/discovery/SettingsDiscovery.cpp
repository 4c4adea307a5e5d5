// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/SettingsDiscovery.h"

#include "dns/DnsResolver.h"
#include "dns/DnsSource.h"
#include "discovery/ProviderCatalog.h"
#include "domain/DomainNames.h"
#include "spf/DnsRecordParser.h"

#include <QTimer>

namespace {

// The provider whose mail servers an MX target belongs to: its registrable
// domain is one of the provider's MX domains.
std::optional<Provider> providerForMxTarget(const QString &target)
{
    const QString domain = DomainNames::registrableDomain(target);
    for (const Provider &provider : ProviderCatalog::instance().providers()) {
        if (provider.mxDomains.contains(domain))
            return provider;
    }
    return std::nullopt;
}

} // namespace

SettingsDiscovery::SettingsDiscovery(DnsSource *dns, QObject *parent)
    : QObject(parent)
    , m_dns(dns)
{}

void SettingsDiscovery::start(const QString &domain)
{
    m_domain = domain.toLower();
    m_candidates.clear();
    m_evidence.clear();
    if (const auto provider = ProviderCatalog::instance().forMailDomain(m_domain))
        addProvider(provider->id, QStringLiteral("providers"));
    // RFC 6186 section 3.1 (and RFC 8314 section 5.1 for implicit TLS).
    const QList<QPair<QString, Target::Security>> services = {
        {QStringLiteral("_submissions._tcp."), Target::Security::Tls},
        {QStringLiteral("_submission._tcp."), Target::Security::StartTls},
    };
    m_pending = int(services.size()) + 1;
    for (const auto &[prefix, security] : services) {
        const Target::Security mode = security;
        m_dns->lookup(prefix + m_domain,
                      DnsResolver::Srv,
                      this,
                      [this, mode](const DnsAnswer &answer) { onSrv(answer, mode); });
    }
    m_dns->lookup(
        m_domain, DnsResolver::Mx, this, [this](const DnsAnswer &answer) { onMx(answer); });
}

void SettingsDiscovery::onSrv(const DnsAnswer &answer, Target::Security security)
{
    m_evidence.append(answer.summary());
    for (const QByteArray &data : answer.records) {
        // Priority, weight and port (2 octets each), then the target name.
        if (data.size() < 7)
            continue;
        const quint16 port = quint16((quint8(data.at(4)) << 8) | quint8(data.at(5)));
        int end = 0;
        const auto target = DnsRecordParser::name(data, 6, &end);
        // "." says the service is not offered (RFC 6186 section 3.4).
        if (!target || target->isEmpty() || port == 0)
            continue;
        addCandidate({*target, port, security, QStringLiteral("srv"), answer.name});
    }
    stepDone();
}

void SettingsDiscovery::onMx(const DnsAnswer &answer)
{
    m_evidence.append(answer.summary());
    for (const QByteArray &data : answer.records) {
        const auto mx = DnsRecordParser::mx(data);
        if (!mx || mx->isNull())
            continue;
        if (const auto provider = providerForMxTarget(mx->exchange)) {
            addProvider(provider->id, QStringLiteral("mx"));
            break;
        }
    }
    stepDone();
}

void SettingsDiscovery::addProvider(const QString &providerId, const QString &source)
{
    const auto provider = ProviderCatalog::instance().byId(providerId);
    if (!provider || provider->host.isEmpty())
        return;
    for (const Provider::Endpoint &endpoint : provider->endpoints)
        addCandidate({provider->host, endpoint.port, endpoint.security, source, provider->name});
}

void SettingsDiscovery::addCandidate(const Candidate &candidate)
{
    for (const Candidate &existing : std::as_const(m_candidates)) {
        if (existing.host.compare(candidate.host, Qt::CaseInsensitive) == 0
            && existing.port == candidate.port)
            return;
    }
    m_candidates.append(candidate);
}

void SettingsDiscovery::stepDone()
{
    if (--m_pending > 0)
        return;
    // The domain's own SRV records first: they speak for this very domain.
    const QStringList order{
        QStringLiteral("srv"), QStringLiteral("providers"), QStringLiteral("mx")};
    std::stable_sort(
        m_candidates.begin(), m_candidates.end(), [&order](const Candidate &a, const Candidate &b) {
            return order.indexOf(a.source) < order.indexOf(b.source);
        });
    emit finished();
}
