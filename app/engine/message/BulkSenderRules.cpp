// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/BulkSenderRules.h"

#include "core/CheckName.h"
#include "domain/DomainNames.h"
#include "findings/FindingCatalog.h"
#include "findings/FindingIds.h"
#include "message/AlignmentSummary.h"
#include "message/MessageAnalysis.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace {

// A rule met, missing, or that neither the message nor the checks can tell.
enum class State { Met, Missing, Unknown };

struct Rule
{
    State state = State::Unknown;
    QString text;     // what it asks, in the user's language
    QString evidence; // the fact it was decided from
};

QStringList addressesIn(const QString &value)
{
    static const QRegularExpression address(QStringLiteral("[^\\s<>,;:\"()]+@[^\\s<>,;:\"()]+"));
    QStringList found;
    for (auto it = address.globalMatch(value); it.hasNext();)
        found.append(it.next().captured(0).toLower());
    return found;
}

bool sameOrganization(const QString &domain, const QString &fromDomain)
{
    return !domain.isEmpty() && !fromDomain.isEmpty()
           && DomainNames::registrableDomain(domain.toLower())
                  == DomainNames::registrableDomain(fromDomain.toLower());
}

// RFC 8058 section 3: an https URI in List-Unsubscribe and exactly
// "List-Unsubscribe=One-Click" in List-Unsubscribe-Post; section 4: both
// fields covered by a DKIM signature (its h= tag).
Rule oneClickUnsubscribe(const ParsedMessage &message, const MessageVerification *verification)
{
    Rule rule{State::Missing,
              BulkSenderRules::tr("one-click unsubscribe for marketing mail (List-Unsubscribe "
                                  "with an https address and List-Unsubscribe-Post, RFC 8058, "
                                  "both signed by DKIM)"),
              {}};
    const QString list = message.header(QStringLiteral("List-Unsubscribe"));
    const QString post = message.header(QStringLiteral("List-Unsubscribe-Post"));
    static const QRegularExpression https(QStringLiteral("<\\s*https://"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (list.isEmpty()) {
        rule.evidence = QStringLiteral("no List-Unsubscribe header");
        return rule;
    }
    if (!https.match(list).hasMatch()) {
        rule.evidence = QStringLiteral("List-Unsubscribe: %1 (no https URI)").arg(list);
        return rule;
    }
    if (post.trimmed().compare(QLatin1String("List-Unsubscribe=One-Click"), Qt::CaseInsensitive)
        != 0) {
        rule.evidence = post.isEmpty() ? QStringLiteral("no List-Unsubscribe-Post header")
                                       : QStringLiteral("List-Unsubscribe-Post: %1").arg(post);
        return rule;
    }
    // Signed by which signature: one that passed when checked again, else any.
    for (const DkimSignatureHeader &signature : message.dkimSignatures) {
        if (verification) {
            const bool passed = std::any_of(verification->dkim.cbegin(),
                                            verification->dkim.cend(),
                                            [&](const DkimVerdict &verdict) {
                                                return verdict.passed()
                                                       && verdict.domain == signature.domain;
                                            });
            if (!passed)
                continue;
        }
        const QStringList signedHeaders = signature.signedHeaders.toLower()
                                              .remove(QLatin1Char(' '))
                                              .split(QLatin1Char(':'));
        if (signedHeaders.contains(QLatin1String("list-unsubscribe"))
            && signedHeaders.contains(QLatin1String("list-unsubscribe-post"))) {
            rule.state = State::Met;
            rule.evidence = QStringLiteral("List-Unsubscribe and List-Unsubscribe-Post, signed "
                                           "by d=%1")
                                .arg(signature.domain);
            return rule;
        }
    }
    rule.evidence = QStringLiteral("List-Unsubscribe and List-Unsubscribe-Post present, not in "
                                   "the h= of a valid DKIM signature");
    return rule;
}

Rule dmarcRecord(const ParsedMessage &message, const MessageVerification *verification)
{
    Rule rule{
        State::Unknown,
        BulkSenderRules::tr("a DMARC record for %1 (p=none is enough)").arg(message.fromDomain),
        {}};
    if (verification) {
        using Result = DmarcVerdict::Result;
        const DmarcVerdict &dmarc = verification->dmarc;
        if (dmarc.result == Result::Pass || dmarc.result == Result::Fail
            || dmarc.result == Result::PermError) {
            rule.state = dmarc.result == Result::PermError ? State::Missing : State::Met;
            rule.evidence = QStringLiteral("_dmarc.%1: %2").arg(dmarc.recordDomain, dmarc.record);
        } else if (dmarc.result == Result::NoPolicy) {
            rule.state = State::Missing;
            rule.evidence = QStringLiteral("no DMARC record for %1").arg(message.fromDomain);
        }
        return rule;
    }
    const AuthenticationResults *receiver = MessageAnalysis::receiverResults(message);
    if (!receiver)
        return rule;
    for (const AuthenticationResults::Result &dmarc :
         receiver->resultsOf(QStringLiteral("dmarc"))) {
        // RFC 7489 section 11.2: "none" means no policy was found.
        rule.state = dmarc.result == QLatin1String("none") ? State::Missing : State::Met;
        rule.evidence = QStringLiteral("%1: dmarc=%2").arg(receiver->authservId, dmarc.result);
        break;
    }
    return rule;
}

// What passed, and which passes share the From domain's organization.
struct Passes
{
    bool known = false;
    bool spf = false;
    bool dkim = false;
    bool spfAligned = false;
    bool dkimAligned = false;
    QStringList evidence;
};

Passes passesOf(const ParsedMessage &message, const MessageVerification *verification)
{
    Passes passes;
    if (verification && (verification->spf || !verification->dkim.isEmpty())) {
        passes.known = true;
        if (verification->spf && verification->spf->code == SpfResult::Code::Pass) {
            passes.spf = true;
            passes.spfAligned = sameOrganization(verification->spfDomain, message.fromDomain);
            passes.evidence << QStringLiteral("SPF pass for %1").arg(verification->spfDomain);
        }
        for (const DkimVerdict &verdict : verification->dkim) {
            if (!verdict.passed())
                continue;
            passes.dkim = true;
            passes.dkimAligned = passes.dkimAligned
                                 || sameOrganization(verdict.domain, message.fromDomain);
            passes.evidence << QStringLiteral("DKIM pass for d=%1").arg(verdict.domain);
        }
        return passes;
    }
    // The receiver's words (its Authentication-Results), as the alignment diagram reads them.
    const AlignmentSummary summary = AlignmentSummary::fromMessage(message);
    for (const AlignmentSummary::Check &check : summary.checks) {
        if (check.result.isEmpty() || check.method == QLatin1String("dmarc"))
            continue;
        passes.known = true;
        if (!check.passed())
            continue;
        const bool spf = check.method == QLatin1String("spf");
        (spf ? passes.spf : passes.dkim) = true;
        if (check.aligned)
            (spf ? passes.spfAligned : passes.dkimAligned) = true;
        passes.evidence
            << QStringLiteral("%1 pass for %2 (receiver)").arg(check.method, check.domain);
    }
    return passes;
}

Rule alignedSpfOrDkim(const ParsedMessage &message, const Passes &passes)
{
    Rule rule{State::Unknown,
              BulkSenderRules::tr("SPF or DKIM aligned with %1").arg(message.fromDomain),
              passes.evidence.join(QStringLiteral("; "))};
    if (passes.known)
        rule.state = passes.spfAligned || passes.dkimAligned ? State::Met : State::Missing;
    if (rule.evidence.isEmpty())
        rule.evidence = QStringLiteral("neither SPF nor DKIM passed");
    return rule;
}

Rule spfAndDkim(const Passes &passes)
{
    Rule rule{State::Unknown,
              BulkSenderRules::tr("both SPF and DKIM passing"),
              passes.evidence.join(QStringLiteral("; "))};
    if (passes.known)
        rule.state = passes.spf && passes.dkim ? State::Met : State::Missing;
    if (rule.evidence.isEmpty())
        rule.evidence = QStringLiteral("neither SPF nor DKIM passed");
    return rule;
}

bool matches(const QString &pattern, const QString &domain)
{
    if (!pattern.endsWith(QLatin1String(".*")))
        return domain == pattern;
    // "yahoo.*": the label yahoo right under a public suffix (yahoo.fr, yahoo.co.uk).
    const QString label = pattern.chopped(1);
    return domain.startsWith(label) && DomainNames::isPublicSuffix(domain.mid(label.size()));
}

} // namespace

const BulkSenderRules &BulkSenderRules::builtIn()
{
    static const BulkSenderRules rules = [] {
        QFile file(QStringLiteral(":/message/bulk-senders.json"));
        std::optional<BulkSenderRules> read;
        if (file.open(QIODevice::ReadOnly))
            read = fromJson(file.readAll(), nullptr);
        return read.value_or(BulkSenderRules());
    }();
    return rules;
}

std::optional<BulkSenderRules> BulkSenderRules::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    BulkSenderRules table;
    table.m_checked = document.object().value(QStringLiteral("checked")).toString();
    for (const QJsonValue &value : document.object().value(QStringLiteral("providers")).toArray()) {
        const QJsonObject object = value.toObject();
        Provider provider;
        provider.name = object.value(QStringLiteral("name")).toString();
        provider.source = object.value(QStringLiteral("source")).toString();
        provider.bulkFromPerDay = object.value(QStringLiteral("bulk_from_per_day")).toInt();
        for (const QJsonValue &domain : object.value(QStringLiteral("domains")).toArray())
            provider.domains.append(domain.toString().toLower());
        for (const QJsonValue &rule : object.value(QStringLiteral("requires")).toArray())
            provider.rules.append(rule.toString());
        if (provider.name.isEmpty() || provider.source.isEmpty() || provider.domains.isEmpty()) {
            if (error)
                *error = QStringLiteral("a provider without a name, a source or domains");
            return std::nullopt;
        }
        table.m_providers.append(provider);
    }
    return table;
}

const BulkSenderRules::Provider *BulkSenderRules::providerFor(const QString &domain) const
{
    const QString lower = domain.toLower();
    for (const Provider &provider : m_providers) {
        for (const QString &pattern : provider.domains) {
            if (matches(pattern, lower))
                return &provider;
        }
    }
    return nullptr;
}

QStringList BulkSenderRules::recipientDomains(const ParsedMessage &message)
{
    QStringList addresses;
    // This copy's own recipient first: what the final servers wrote.
    for (const QString &name : {QStringLiteral("Delivered-To"), QStringLiteral("X-Original-To")})
        addresses += addressesIn(message.header(name));
    if (addresses.isEmpty() && !message.hops.isEmpty())
        addresses += addressesIn(message.hops.constLast().forAddress);
    if (addresses.isEmpty()) {
        for (const QString &name : {QStringLiteral("To"), QStringLiteral("Cc")})
            addresses += addressesIn(message.header(name));
    }
    QStringList domains;
    for (const QString &address : addresses) {
        const QString domain = address.section(QLatin1Char('@'), -1);
        if (!domain.isEmpty() && !domains.contains(domain))
            domains.append(domain);
    }
    return domains;
}

QList<Finding> BulkSenderRules::findings(const ParsedMessage &message,
                                         const MessageVerification *verification) const
{
    QList<Finding> findings;
    if (message.fromDomain.isEmpty() || !message.deliveryStatus.isEmpty())
        return findings;
    QList<const Provider *> seen;
    for (const QString &domain : recipientDomains(message)) {
        const Provider *provider = providerFor(domain);
        if (!provider || seen.contains(provider))
            continue;
        seen.append(provider);
        const Passes passes = passesOf(message, verification);
        QStringList missing;
        QStringList met;
        QStringList evidence{QStringLiteral("recipient domain %1: %2's sender rules (%3, table "
                                            "checked %4)")
                                 .arg(domain, provider->name, provider->source, m_checked)};
        for (const QString &name : provider->rules) {
            const Rule rule = name == QLatin1String("one_click_unsubscribe")
                                  ? oneClickUnsubscribe(message, verification)
                              : name == QLatin1String("dmarc_record")
                                  ? dmarcRecord(message, verification)
                              : name == QLatin1String("aligned_spf_or_dkim")
                                  ? alignedSpfOrDkim(message, passes)
                              : name == QLatin1String("spf_and_dkim") ? spfAndDkim(passes)
                                                                      : Rule{};
            if (rule.state == State::Unknown)
                continue; // never counted as missing without a fact
            (rule.state == State::Met ? met : missing).append(rule.text);
            evidence << QStringLiteral("%1: %2 (%3)")
                            .arg(name,
                                 rule.state == State::Met ? QStringLiteral("met")
                                                          : QStringLiteral("missing"),
                                 rule.evidence);
        }
        if (missing.isEmpty() && met.isEmpty())
            continue;
        const bool allMet = missing.isEmpty();
        findings.append(FindingCatalog::make(
            QLatin1String(allMet ? FindingId::MessageBulkSenderRulesMet
                                 : FindingId::MessageBulkSenderRules),
            {{FindingArg::Provider, provider->name},
             {FindingArg::Domain, domain},
             {FindingArg::Detail, (allMet ? met : missing).join(QStringLiteral("; "))},
             {FindingArg::Count, QLocale().toString(provider->bulkFromPerDay)},
             {FindingArg::Reason, allMet ? QStringLiteral("met") : QStringLiteral("missing")}},
            evidence,
            CheckName::message()));
    }
    return findings;
}
