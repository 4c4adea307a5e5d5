// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/MimeLibrary.h"

#include "message/GMime.h"

#include <mutex>

void MimeLibrary::ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}
