// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct psl_ctx_st;

// The one loaded copy of the Public Suffix List, read-only once built and so
// shared by every thread. Debian's libpsl is built against the publicsuffix
// package: psl_latest() takes that package's DAFSA file
// (/usr/share/publicsuffix/public_suffix_list.dafsa, updated with the package)
// unless the library's built-in copy is newer, so a stale built-in list never
// wins over an updated package.
class PublicSuffixList
{
public:
    static const PublicSuffixList &instance();

    const psl_ctx_st *context() const { return m_context; }
    // The file in use, or "built-in" when libpsl fell back to its own copy.
    QString source() const { return m_source; }

    PublicSuffixList(const PublicSuffixList &) = delete;
    PublicSuffixList &operator=(const PublicSuffixList &) = delete;

private:
    PublicSuffixList();
    ~PublicSuffixList();

    psl_ctx_st *m_context = nullptr;
    QString m_source;
};
