// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"
#include "spf/SpfMacroContext.h"

#include <QString>

#include <functional>
#include <optional>

class SpfDnsCache;
class SpfMatcher;

// Finds the explanation of a fail (RFC 7208 section 6.2): the TXT record
// that an exp= modifier points at, macro-expanded. Any trouble (a DNS
// error, no record or several, bad syntax, text that is not ASCII) gives no
// explanation, and the caller uses its default. The lookup counts against
// no limit. Owned by the SpfEvaluator.
class SpfExplainer
{
public:
    // `text`: the explanation, or nullopt for the default; `note`: what
    // happened, for the trail.
    using Callback = std::function<void(const std::optional<QString> &text, const QString &note)>;

    SpfExplainer(SpfDnsCache *cache, SpfMatcher *matcher);

    // `context` is that of the record holding the exp= (its domain).
    void explain(const QString &domainSpec, const SpfMacroContext &context, Callback done);
    // `custom` expanded when it is a valid explain-string, else taken as is;
    // empty `custom`: a translated sentence.
    static QString defaultExplanation(const QString &custom, const SpfMacroContext &context);

private:
    void onAnswer(const DnsAnswer &answer, const SpfMacroContext &context, Callback done);
    // Runs `then` with `context` once its "p" macro value is known.
    void withValidatedName(const QString &text,
                           const SpfMacroContext &context,
                           std::function<void(const SpfMacroContext &)> then);

    SpfDnsCache *m_cache;
    SpfMatcher *m_matcher;
};
