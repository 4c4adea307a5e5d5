#include "domain/SpfAssessment.h"

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
        return {{QStringLiteral("domain.spf_missing"), {domain}, evidence, {}}};
    case Problem::MultipleRecords:
        return {{QStringLiteral("domain.spf_multiple"),
                 {domain, QString::number(result.records.size())},
                 evidence + result.records,
                 {}}};
    case Problem::SyntaxError:
    case Problem::InvalidTarget:
    case Problem::IncludeWithoutRecord:
    case Problem::RedirectWithoutRecord:
        return {{QStringLiteral("domain.spf_syntax"),
                 {domain,
                  result.problemDomain.isEmpty() ? domain : result.problemDomain,
                  result.problemDetail},
                 evidence,
                 {}}};
    case Problem::TooManyLookups:
    case Problem::TooManyMxNames:
        return {{QStringLiteral("domain.spf_too_many_lookups"),
                 {domain, QString::number(result.dnsLookups)},
                 evidence,
                 {}}};
    case Problem::TooManyVoidLookups:
        return {{QStringLiteral("domain.spf_void_lookups"),
                 {domain, QString::number(result.voidLookups)},
                 evidence,
                 {}}};
    case Problem::DnsError:
    case Problem::DeadlineReached:
    case Problem::Cancelled:
        return {{QStringLiteral("domain.lookup_failed"),
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
            {QStringLiteral("domain.spf_permissive"), {domain, all->text}, evidence, {}});

    if (address.isEmpty()) {
        conclusions.prepend({QStringLiteral("domain.spf_ok#record"), {domain}, evidence, {}});
        return conclusions;
    }
    if (result.code == Code::Pass) {
        conclusions.prepend(
            {QStringLiteral("domain.spf_ok"), {domain, address, result.matchedTerm}, evidence, {}});
    } else {
        // fail, softfail or neutral: the server is not (clearly) allowed.
        const QString detail = SpfResult::codeName(result.code)
                               + (result.matchedTerm.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" (") + result.matchedTerm
                                            + QLatin1Char(')'));
        conclusions.prepend(
            {providerInclude.isEmpty() ? QStringLiteral("domain.spf_not_authorized")
                                       : QStringLiteral("domain.spf_not_authorized#include"),
             {domain, address, detail, providerInclude},
             evidence,
             result.code == Code::Neutral ? std::optional(Finding::Severity::Warning)
                                          : std::nullopt});
    }
    return conclusions;
}
