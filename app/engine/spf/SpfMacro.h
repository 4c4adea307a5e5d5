// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spf/SpfMacroContext.h"

#include <QCoreApplication>
#include <QString>

// The macro language of RFC 7208 section 7: syntax checks for the two places
// macros occur (domain-spec and explanation text) and expansion. Pure.
class SpfMacro
{
    Q_DECLARE_TR_FUNCTIONS(SpfMacro)
public:
    enum class Scope {
        DomainSpec,  // terms and modifiers: no "c", "r", "t", no spaces
        Explanation, // the TXT text an exp= modifier points at
    };

    // Why `text` is not a valid macro-string (or explain-string) in `scope`;
    // empty when it is valid. RFC 7208 sections 7.1 and 7.2.
    static QString syntaxError(const QString &text, Scope scope);
    // domain-spec = macro-string domain-end, domain-end = ( "." toplabel
    // [ "." ] ) / macro-expand (RFC 7208 section 7.1): the checks that the
    // record parser applies to every domain-spec, before any expansion.
    static QString domainSpecError(const QString &spec);
    // Whether expanding `text` needs the validated domain name ("p"), which
    // costs DNS lookups (RFC 7208 section 7.3).
    static bool usesValidatedName(const QString &text);
    // Expands a text whose syntax is valid (syntaxError() is empty).
    static QString expand(const QString &text, const SpfMacroContext &context);
};
