// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The name of every check that makes findings (Check::name(), a Finding's
// `check`): part of the JSON contract, and how a report places a finding in
// its wizard step (ReportStep). A new check adds its name here.
struct CheckName
{
    static QString input() { return QStringLiteral("input"); }
    static QString resolve() { return QStringLiteral("resolve"); }
    static QString domain() { return QStringLiteral("domain"); }
    static QString ports() { return QStringLiteral("ports"); }
    static QString smtp() { return QStringLiteral("smtp"); }
    static QString control() { return QStringLiteral("control"); }
    static QString analysis() { return QStringLiteral("analysis"); }
    // The website probe: the same questions asked from the user's web server.
    static QString site() { return QStringLiteral("site"); }
    // The repeated attempts (WatchRun) and the main/backup comparison
    // (ProfileComparison) are no Check, but make findings under these names.
    static QString watch() { return QStringLiteral("watch"); }
    static QString profiles() { return QStringLiteral("profiles"); }
    // A message that arrived (MessageAnalysis): pasted headers, an .eml.
    static QString message() { return QStringLiteral("message"); }
    // The test message looked for over IMAP after the send (FetchBack).
    static QString fetchBack() { return QStringLiteral("fetch-back"); }

    // The backup connection's checks, run beside the main ones on the test
    // e-mail step, carry this prefix ("backup.smtp").
    static QString backupPrefix() { return QStringLiteral("backup."); }

    static QStringList all()
    {
        return {input(),
                resolve(),
                domain(),
                ports(),
                smtp(),
                control(),
                analysis(),
                site(),
                watch(),
                profiles(),
                message(),
                fetchBack()};
    }
};
