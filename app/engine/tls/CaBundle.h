// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The CA bundle that the portable CLI's launcher names in
// SMTP_DOCTOR_CA_BUNDLE: the host's own bundle file, or the tarball's copy
// where the host has none. Qt's own search of the system's store looks for
// hashed file names, which some systems (RHEL's bundle, a bare chroot) do
// not have; a named bundle file is read whole and trusted as the system's.
class CaBundle
{
public:
    // Makes the bundle's certificates the default configuration's CAs.
    // Returns how many were read; 0 when the variable is unset or the file
    // holds none (then nothing changes).
    static int installFromEnvironment();
    static QString environmentVariable() { return QStringLiteral("SMTP_DOCTOR_CA_BUNDLE"); }
};
