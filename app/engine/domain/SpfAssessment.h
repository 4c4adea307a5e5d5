// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainConclusion.h"
#include "spf/SpfResult.h"

#include <QHostAddress>

// Turns an SPF verdict (spf/SpfEvaluator) into the sender-domain findings:
// spf_ok, spf_missing, spf_multiple, spf_syntax, spf_too_many_lookups,
// spf_void_lookups, spf_permissive and spf_not_authorized. Pure.
class SpfAssessment
{
public:
    // `client`: the SMTP server's address that was evaluated; null when the
    // server's address is unknown (then only the record itself is judged).
    // `providerInclude`: the include the chosen provider documents
    // ("_spf.google.com"), empty when unknown.
    static QList<DomainConclusion> assess(const SpfResult &result,
                                          const QHostAddress &client,
                                          const QString &providerInclude = QString());
};
