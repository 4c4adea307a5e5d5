// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DkimAssessment.h"

#include "findings/FindingIds.h"
#include "domain/DkimRecord.h"
#include "domain/TxtLookup.h"

QString DkimAssessment::recordName(const QString &selector, const QString &domain)
{
    QString name = domain;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return selector + QStringLiteral("._domainkey.") + name;
}

QList<DomainConclusion> DkimAssessment::assess(const QString &domain,
                                               const QString &selector,
                                               const DnsAnswer &txtAnswer,
                                               const KeyInspector &inspector)
{
    const QString name = recordName(selector, domain);
    const TxtLookup lookup = TxtLookup::read(txtAnswer);
    QStringList evidence = lookup.evidence();
    const auto conclude = [&](const char *id, const QString &detail) {
        return DomainConclusion{
            QLatin1String(id), {selector, domain, name, detail}, evidence, std::nullopt};
    };

    switch (lookup.outcome()) {
    case TxtLookup::Outcome::Failed:
        return {DomainConclusion{QLatin1String(FindingId::DomainLookupFailed),
                                 {name, QStringLiteral("DKIM"), lookup.failure()},
                                 evidence,
                                 std::nullopt}};
    case TxtLookup::Outcome::NoRecord:
        return {conclude(FindingId::DomainDkimMissing, QString())};
    case TxtLookup::Outcome::Records:
        break;
    }

    // RFC 6376 section 3.6.2.2: TXT records must be unique per selector;
    // with several the result is undefined (verifiers pick one, or fail), so
    // the name as a whole is reported broken, whatever each record says.
    const int recordCount = int(lookup.texts().size()) + lookup.malformedCount();
    if (recordCount > 1)
        return {conclude(
            FindingId::DomainDkimSyntax,
            tr("%n TXT records at this name; there must be exactly one", nullptr, recordCount))};
    if (lookup.texts().isEmpty())
        return {conclude(FindingId::DomainDkimSyntax,
                         tr("the TXT record is malformed and cannot be read"))};

    const DkimRecord record = DkimRecord::parse(lookup.texts().constFirst(), inspector);
    for (const RecordError &error : record.errors())
        evidence.append(error.summary());
    if (!record.isValid())
        return {conclude(FindingId::DomainDkimSyntax, record.errorSummary())};
    if (record.isRevoked())
        return {conclude(FindingId::DomainDkimRevoked, record.keyDescription())};

    evidence.append(tr("key: %1").arg(record.keyDescription()));
    QList<DomainConclusion> conclusions;
    const std::optional<int> bits = record.keyBits();
    if (record.keyType() == DkimRecord::KeyType::Rsa && bits && *bits < recommendedBits) {
        DomainConclusion weak = conclude(FindingId::DomainDkimWeakKey, QString::number(*bits));
        // Under 1024 bits verifiers must ignore the signature (RFC 8301
        // section 3.2); 1024 still works but is below the recommendation.
        if (*bits >= minimumBits)
            weak.severity = Finding::Severity::Warning;
        conclusions.append(weak);
    } else {
        conclusions.append(conclude(FindingId::DomainDkimOk, record.keyDescription()));
    }
    // RFC 6376 section 3.6.1, t=y: verifiers must not treat the mail
    // differently from unsigned mail. Worth fixing, not a failure: mail flows.
    // Not said of a key that verifiers ignore anyway.
    const bool usable = !bits || *bits >= minimumBits;
    if (record.isTesting() && usable)
        conclusions.append(conclude(FindingId::DomainDkimTesting, record.keyDescription()));
    return conclusions;
}
