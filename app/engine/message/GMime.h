// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GMime's headers pull in GIO, whose structs have a member named "signals":
// Qt's keyword macro of that name must be out of the way while they are read.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

// GMime 3.2.15 (Debian 13) added a GDestroyNotify to the warning callback's
// setter; 3.2.13 (Debian 12) has three parameters. Deducing the extra
// parameters from the function's own type builds on both, without a
// version table.
template<typename... Extra>
void setParserWarningCallback(
    void (*setter)(GMimeParserOptions *, GMimeParserWarningFunc, gpointer, Extra...),
    GMimeParserOptions *options,
    GMimeParserWarningFunc callback,
    gpointer data)
{
    setter(options, callback, data, Extra{}...);
}
