// SPDX-License-Identifier: GPL-3.0-or-later
#include "spf/SpfExplainer.h"

#include "dns/DnsResolver.h"
#include "spf/DnsRecordParser.h"
#include "spf/SpfDnsCache.h"
#include "spf/SpfDomain.h"
#include "spf/SpfMacro.h"
#include "spf/SpfMatcher.h"

#include <QCoreApplication>

SpfExplainer::SpfExplainer(SpfDnsCache *cache, SpfMatcher *matcher)
    : m_cache(cache)
    , m_matcher(matcher)
{}

void SpfExplainer::explain(const QString &domainSpec, const SpfMacroContext &context, Callback done)
{
    withValidatedName(
        domainSpec, context, [this, domainSpec, done](const SpfMacroContext &context) {
            // RFC 7208 section 7.3: expanded, then cut to 253 characters.
            const QString target = SpfDomain::truncated(SpfMacro::expand(domainSpec, context));
            if (!SpfDomain::isQueryable(target))
                return done(std::nullopt,
                            QStringLiteral("exp: \"%1\" is not a domain name").arg(target));
            m_cache->fetch(
                target, DnsResolver::Txt, [this, context, done](const DnsAnswer &answer) {
                    onAnswer(answer, context, done);
                });
        });
}

void SpfExplainer::onAnswer(const DnsAnswer &answer, const SpfMacroContext &context, Callback done)
{
    // RFC 7208 section 6.2: exactly one record, whose text (strings joined)
    // is a valid explain-string: ASCII, spaces allowed, macros including
    // c, r and t.
    std::optional<QByteArray> bytes;
    if (answer.status == DnsAnswer::Status::NoError && answer.records.size() == 1)
        bytes = DnsRecordParser::txt(answer.records.first());
    const QString text = bytes ? QString::fromLatin1(*bytes) : QString();
    if (!bytes || !SpfMacro::syntaxError(text, SpfMacro::Scope::Explanation).isEmpty()) {
        return done(std::nullopt,
                    QStringLiteral("exp: %1 gave no usable explanation (%2, %3 record(s))")
                        .arg(answer.name, DnsAnswer::statusName(answer.status))
                        .arg(answer.records.size()));
    }
    withValidatedName(
        text, context, [text, done, name = answer.name](const SpfMacroContext &context) {
            const QString explanation = SpfMacro::expand(text, context);
            done(explanation, QStringLiteral("exp: %1 → \"%2\"").arg(name, explanation));
        });
}

void SpfExplainer::withValidatedName(const QString &text,
                                     const SpfMacroContext &context,
                                     std::function<void(const SpfMacroContext &)> then)
{
    auto run = [this, context, then] {
        SpfMacroContext expanded = context;
        expanded.validatedName = m_matcher->validatedNameFor(context.domain);
        then(expanded);
    };
    if (m_matcher->hasValidatedNames() || !SpfMacro::usesValidatedName(text))
        return run();
    m_matcher->resolveValidatedNames(run);
}

QString SpfExplainer::defaultExplanation(const QString &custom, const SpfMacroContext &context)
{
    if (!custom.isEmpty()) {
        if (SpfMacro::syntaxError(custom, SpfMacro::Scope::Explanation).isEmpty())
            return SpfMacro::expand(custom, context);
        return custom;
    }
    return QCoreApplication::translate(
               "SpfEvaluator", "The SPF record of %1 does not allow %2 to send mail for it.")
        .arg(context.domain, context.client.toString());
}
