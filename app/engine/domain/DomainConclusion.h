// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"

#include <QString>
#include <QStringList>

#include <optional>

// What a sender-domain assessment (DKIM, DMARC) concluded: a finding id for
// FindingCatalog::make(), its arguments and evidence, and a severity when
// the catalog's default does not fit this case (a 1024-bit key is weak, but
// less so than a 512-bit one). The check that asked turns it into a Finding.
struct DomainConclusion
{
    QString id;
    QStringList args;
    QStringList evidence;
    std::optional<Finding::Severity> severity; // overrides the catalog's when set
};
