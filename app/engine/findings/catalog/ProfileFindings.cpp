// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/catalog/CatalogEntry.h"

#include "findings/FindingIds.h"

#include <QtGlobal>

#include <iterator>

namespace {

using Severity = Finding::Severity;

// The profile.* findings, in id order.
const CatalogEntry entries[] = {
    {FindingId::ProfileBackupWorks,
     Severity::Warning,
     {FindingArg::Main, FindingArg::Backup},
     QT_TRANSLATE_NOOP("Findings", "Only the backup connection works"),
     QT_TRANSLATE_NOOP("Findings",
                       "The main connection (%1) does not work, but the backup connection "
                       "(%2) does."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Switch your application's mail settings to the backup connection: %2."),
      QT_TRANSLATE_NOOP("Findings",
                        "The main connection's own findings say what is wrong with it, for "
                        "the provider or your network administrator.")}},
    {FindingId::ProfileBothWork,
     Severity::Pass,
     {FindingArg::Main, FindingArg::Backup},
     QT_TRANSLATE_NOOP("Findings", "Both connections work"),
     QT_TRANSLATE_NOOP("Findings",
                       "The main connection (%1) and the backup connection (%2) both work."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Keep the backup settings at hand: if the main connection ever fails, "
                        "switching to them is enough.")}},
    {FindingId::ProfileMainOnly,
     Severity::Info,
     {FindingArg::Main, FindingArg::Backup},
     QT_TRANSLATE_NOOP("Findings", "Only the main connection works"),
     QT_TRANSLATE_NOOP("Findings",
                       "The main connection (%1) works; the backup connection (%2) does not."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Keep the main settings. Do not count on the backup until its own "
                        "findings are solved.")}},
    {FindingId::ProfileNeitherWorks,
     Severity::Failure,
     {FindingArg::Main, FindingArg::Backup},
     QT_TRANSLATE_NOOP("Findings", "Neither connection works"),
     QT_TRANSLATE_NOOP("Findings",
                       "Neither the main connection (%1) nor the backup connection (%2) works."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Each connection's findings say where it stops; solve the first "
                        "problem of the one you want to keep.")}},
};

} // namespace

CatalogGroup Catalog::profileFindings()
{
    return {std::begin(entries), std::end(entries)};
}
