// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Target.h"

#include <QString>

// The shell commands that run the wizard's diagnosis on a server the user
// can log in to, with the portable command line tool (a tarball whose top
// folder holds a `smtp-doctor-cli` launcher), and write a JSON report for
// the wizard to open and merge. Only what the server needs: no resolver or
// CA file of this computer, never a password.
class ServerCommands
{
public:
    // The archive's top folder, smtp-doctor-cli, which holds the launcher.
    static QString portableFolder();
    static QString portableArchive(); // smtp-doctor-cli-<version>-linux-x86_64.tar.gz
    static QString reportFileName();  // what the commands write

    // The `diagnose` command line for `target`.
    static QString diagnose(const Target &target);
    // Unpacking the archive, then diagnose(), one command a line.
    static QString script(const Target &target);
    // A word as a POSIX shell reads it back unchanged.
    static QString shellQuoted(const QString &word);
};
