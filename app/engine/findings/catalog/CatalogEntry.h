// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "findings/FindingArgs.h"

#include <array>

// One finding of the catalog: its id, severity, the named arguments that
// fill %1, %2... (FindingArg::None after the last), and its texts (English
// source, translation context "Findings"). Advice is empty for a pass.
struct CatalogEntry
{
    const char *id;
    Finding::Severity severity;
    std::array<FindingArg, 5> args;
    const char *title;
    const char *explanation;
    std::array<const char *, 3> advice;
};

struct CatalogGroup
{
    const CatalogEntry *begin;
    const CatalogEntry *end;
};

// One table per id group, each in its own file under catalog/.
namespace Catalog {
CatalogGroup authFindings();
CatalogGroup dnsFindings();
CatalogGroup domainFindings();
// message.delivered_*, message.not_delivered, message.fetch_failed: the fetch-back.
CatalogGroup fetchBackFindings();
CatalogGroup inputFindings();
CatalogGroup messageFindings();
CatalogGroup messageSenderFindings();
CatalogGroup messageHeaderFindings();
CatalogGroup netFindings();
CatalogGroup profileFindings();
CatalogGroup sendFindings();
CatalogGroup siteFindings();
CatalogGroup smtpFindings();
CatalogGroup tlsFindings();
} // namespace Catalog
