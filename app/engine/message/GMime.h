#pragma once

// GMime's headers pull in GIO, whose structs have a member named "signals":
// Qt's keyword macro of that name must be out of the way while they are read.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")
