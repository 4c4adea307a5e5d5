// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/SpfAssessment.h"

#include "findings/FindingIds.h"
#include "spf/SpfRecord.h"

using Code = SpfResult::Code;
using Problem = SpfResult::Problem;

QList<DomainConclusion> SpfAssessment::assess(const SpfResult &result,
                                              const QHostAddress &client,
                                              const QString &providerInclude)
{
    QList<DomainConclusion> conclusions;
    const QString domain = result.domain;
    QStringList evidence = result.trail;
    if (!result.record.isEmpty())
        evidence.prepend(QStringLiteral("SPF record of %1: %2").arg(domain, result.record));
    const QString address = client.isNull() ? QString() : client.toString();

    switch (result.problem) {
    case Problem::NoRecord:
    case Problem::NoSuchDomain:
    case Problem::MalformedDomain:
        return {{QLatin1String(FindingId::DomainSpfMissing), {domain}, evidence, {}}};
    case Problem::MultipleRecords:
        return {{QLatin1String(FindingId::DomainSpfMultiple),
                 {domain, QString::number(result.records.size())},
                 evidence + result.records,
                 {}}};
    case Problem::SyntaxError:
    case Problem::InvalidTarget:
    case Problem::IncludeWithoutRecord:
    case Problem::RedirectWithoutRecord:
        return {{QLatin1String(FindingId::DomainSpfSyntax),
                 {domain,
                  result.problemDomain.isEmpty() ? domain : result.problemDomain,
                  result.problemDetail},
                 evidence,
                 {}}};
    case Problem::TooManyLookups:
    case Problem::TooManyMxNames:
        return {{QLatin1String(FindingId::DomainSpfTooManyLookups),
                 {domain, QString::number(result.dnsLookups)},
                 evidence,
                 {}}};
    case Problem::TooManyVoidLookups:
        return {{QLatin1String(FindingId::DomainSpfVoidLookups),
                 {domain, QString::number(result.voidLookups)},
                 evidence,
                 {}}};
    case Problem::DnsError:
    case Problem::DeadlineReached:
    case Problem::Cancelled:
        return {{QLatin1String(FindingId::DomainLookupFailed),
                 {domain, QStringLiteral("SPF"), result.problemDetail},
                 evidence,
                 {}}};
    case Problem::InvalidClientAddress:
    case Problem::NoProblem:
        break;
    }

    // +all or ?all lets anyone send as the domain (RFC 7208 section 5.1).
    const SpfRecord record = SpfRecord::parse(result.record);
    if (const auto all = record.permissiveAll())
        conclusions.append(
            {QLatin1String(FindingId::DomainSpfPermissive), {domain, all->text}, evidence, {}});

    if (address.isEmpty()) {
        conclusions.prepend({QLatin1String(FindingId::DomainSpfOkRecord), {domain}, evidence, {}});
        return conclusions;
    }
    if (result.code == Code::Pass) {
        conclusions.prepend({QLatin1String(FindingId::DomainSpfOk),
                             {domain, address, result.matchedTerm},
                             evidence,
                             {}});
    } else {
        // fail, softfail or neutral: the server is not (clearly) allowed.
        const QString detail = SpfResult::codeName(result.code)
                               + (result.matchedTerm.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" (") + result.matchedTerm
                                            + QLatin1Char(')'));
        conclusions.prepend(
            {providerInclude.isEmpty() ? QLatin1String(FindingId::DomainSpfNotAuthorized)
                                       : QLatin1String(FindingId::DomainSpfNotAuthorizedInclude),
             {domain, address, detail, providerInclude},
             evidence,
             result.code == Code::Neutral ? std::optional(Finding::Severity::Warning)
                                          : std::nullopt});
    }
    return conclusions;
}
