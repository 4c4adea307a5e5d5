// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PublicSuffixList.h"

#include <libpsl.h>

const PublicSuffixList &PublicSuffixList::instance()
{
    // A function-local static: built once, thread-safe (C++11 [stmt.dcl]).
    static const PublicSuffixList list;
    return list;
}

PublicSuffixList::PublicSuffixList()
{
    // psl_latest(nullptr) compares psl_dist_filename()'s file with the
    // built-in data and loads whichever is newer; a missing file (the
    // portable CLI on another system) leaves the built-in copy.
    m_context = psl_latest(nullptr);
    if (!m_context)
        m_context = const_cast<psl_ctx_t *>(psl_builtin());
    const char *distFile = psl_dist_filename();
    m_source = m_context != psl_builtin() && distFile ? QString::fromLocal8Bit(distFile)
                                                      : QStringLiteral("built-in");
}

PublicSuffixList::~PublicSuffixList()
{
    // psl_free() ignores the built-in context.
    psl_free(m_context);
}
