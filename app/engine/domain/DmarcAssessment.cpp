// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DmarcAssessment.h"

#include "findings/FindingIds.h"
#include "domain/DomainNames.h"
#include "domain/DmarcRecord.h"
#include "domain/TxtLookup.h"

namespace {
QString normalized(const QString &domain)
{
    QString name = domain.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

DomainConclusion conclusion(const char *id, const QStringList &args, const QStringList &evidence)
{
    return DomainConclusion{QLatin1String(id), args, evidence, std::nullopt};
}

QString describe(const DmarcRecord &record)
{
    QStringList uris;
    for (const DmarcRecord::ReportUri &uri : record.aggregateReportUris())
        uris.append(uri.uri);
    QString text = DmarcAssessment::tr("policy %1 for %2% of failing mail, subdomains %3")
                       .arg(DmarcRecord::policyName(record.policy()))
                       .arg(record.percent())
                       .arg(DmarcRecord::policyName(record.effectivePolicy(true)));
    text += QLatin1String("; ");
    text += uris.isEmpty() ? DmarcAssessment::tr("no aggregate reports requested (no rua=)")
                           : DmarcAssessment::tr("aggregate reports to %1")
                                 .arg(uris.join(QLatin1String(", ")));
    return text;
}

// The verdict on the TXT answer at `name`, or nullopt when it holds no DMARC
// record, so that the organizational domain is asked (RFC 7489 section
// 6.6.3). `inherited`: `name` is the organizational domain's record, whose
// sp= applies to `domain` (RFC 7489 section 6.3).
std::optional<DomainConclusion> judge(const QString &domain,
                                      const QString &name,
                                      const DnsAnswer &answer,
                                      bool inherited,
                                      QStringList *evidence)
{
    const TxtLookup lookup = TxtLookup::read(answer);
    *evidence += lookup.evidence();
    if (lookup.outcome() == TxtLookup::Outcome::Failed)
        return conclusion(FindingId::DomainLookupFailed,
                          {name, QStringLiteral("DMARC"), lookup.failure()},
                          *evidence);

    // RFC 7489 section 6.6.3 step 2: records not starting with v=DMARC1 are discarded.
    QStringList records;
    for (const QString &text : lookup.texts()) {
        if (DmarcRecord::isDmarcRecord(text))
            records.append(text);
    }
    // Step 5 (sic, "multiple records"): no DMARC processing at all.
    if (records.size() > 1)
        return conclusion(FindingId::DomainDmarcMultiple,
                          {domain, name, QString::number(records.size())},
                          *evidence);
    if (records.size() == 1) {
        const DmarcRecord record = DmarcRecord::parse(records.constFirst());
        for (const RecordError &error : record.errors())
            evidence->append(error.summary());
        if (!record.isValid())
            return conclusion(
                FindingId::DomainDmarcSyntax, {domain, name, record.errorSummary()}, *evidence);
        evidence->append(describe(record));
        const DmarcRecord::Policy policy = record.effectivePolicy(inherited);
        if (policy == DmarcRecord::Policy::None)
            return conclusion(FindingId::DomainDmarcNone,
                              {domain, name, DmarcRecord::policyName(policy)},
                              *evidence);
        return conclusion(
            FindingId::DomainDmarcOk,
            {domain, name, DmarcRecord::policyName(policy), QString::number(record.percent())},
            *evidence);
    }
    // Receivers discard a record that does not begin with v=DMARC1, but one
    // plainly meant as DMARC is a mistake to point at, not a missing record.
    for (const QString &text : lookup.texts()) {
        if (DmarcRecord::looksLikeDmarcRecord(text)) {
            const DmarcRecord record = DmarcRecord::parse(text);
            for (const RecordError &error : record.errors())
                evidence->append(error.summary());
            const QString message = record.isValid() ? DmarcAssessment::tr(
                                        "a DMARC record must begin with v=DMARC1")
                                                     : record.errorSummary();
            return conclusion(FindingId::DomainDmarcSyntax, {domain, name, message}, *evidence);
        }
    }
    return std::nullopt;
}
} // namespace

QString DmarcAssessment::recordName(const QString &domain)
{
    return QStringLiteral("_dmarc.") + normalized(domain);
}

QString DmarcAssessment::organizationalDomain(const QString &domain)
{
    return DomainNames::registrableDomain(normalized(domain));
}

bool DmarcAssessment::needsOrganizationalLookup(const QString &domain, const DnsAnswer &exactAnswer)
{
    if (organizationalDomain(domain) == normalized(domain))
        return false;
    QStringList evidence;
    return !judge(normalized(domain), recordName(domain), exactAnswer, false, &evidence);
}

QList<DomainConclusion> DmarcAssessment::assess(
    const QString &domain,
    const DnsAnswer &exactAnswer,
    const std::optional<DnsAnswer> &organizationalAnswer)
{
    const QString domainName = normalized(domain);
    const QString name = recordName(domainName);
    QStringList evidence;
    if (auto verdict = judge(domainName, name, exactAnswer, false, &evidence))
        return {*verdict};

    const QString organizational = organizationalDomain(domainName);
    if (organizational != domainName && organizationalAnswer) {
        // RFC 7489 section 6.6.3 step 3: the organizational domain's record applies.
        const QString organizationalName = recordName(organizational);
        evidence.append(
            tr("no DMARC record at %1: the one at %2 applies").arg(name, organizationalName));
        if (auto verdict = judge(
                domainName, organizationalName, *organizationalAnswer, true, &evidence))
            return {*verdict};
        return {conclusion(
            FindingId::DomainDmarcMissing, {domainName, name, organizationalName}, evidence)};
    }
    return {conclusion(FindingId::DomainDmarcMissing, {domainName, name, QString()}, evidence)};
}
