// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The DKIM selectors worth trying when the user names none: those a
// provider is known to sign with, or a generic list. Only selectors that
// providers document as fixed are listed; where each customer gets random
// tokens (Amazon SES, Postmark, SparkPost) no guess can find the key.
class DkimSelectors
{
public:
    // Provider ids as in resources/providers/providers.json ("gmail",
    // "office365"...), plus a few aliases ("google", "microsoft365",
    // "mailchimp", "mandrill"). Empty for an unknown provider.
    static QStringList usualFor(const QString &providerId);
    // True when the provider's selectors differ per customer, so that only
    // the selector shown in its dashboard can be checked.
    static bool hasPerCustomerSelectors(const QString &providerId);
    // Tried when no provider is chosen, or its selectors are not known.
    static QStringList fallback();
    // What to look up: the provider's selectors, none when they are per
    // customer, else the fallback list.
    static QStringList candidatesFor(const QString &providerId);
    // A selector as users paste it: "s1", "s1._domainkey" or
    // "s1._domainkey.example.com" all give "s1". nullopt when what remains
    // is not a dot-separated list of labels (RFC 6376 section 3.1).
    static std::optional<QString> fromUserInput(const QString &text);
};
