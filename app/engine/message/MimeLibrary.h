// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GMime wants g_mime_init() once per process before any parser runs
// (GMime 3 reference, "Initialization"). Every user of GMime in the engine
// calls ensureInitialized() first; it is cheap after the first call and safe
// from any thread. GMime is never shut down: its data lives until exit.
class MimeLibrary
{
public:
    static void ensureInitialized();
};
