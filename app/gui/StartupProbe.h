// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

// A measurement hook for tests/bench/startup_bench.py, off unless the
// environment sets SMTP_DOCTOR_STARTUP_PROBE=1. Then, when the first
// top-level window is exposed (the window system shows it), it prints one
// line to stderr and quits:
//   startup-probe: wall_ns=N qapplication_ms=A exposed_ms=B objects=C vmrss_kb=R
// wall_ns is CLOCK_REALTIME, for the bench to subtract its own spawn time;
// the _ms figures count from this file's static initialisation (just
// before main) to the end of QApplication's constructor and to the exposure;
// objects counts the shared objects loaded by then, vmrss_kb the resident
// set size then (VmRSS of /proc/self/status).
// SMTP_DOCTOR_STARTUP_PROBE=steps prints the same line, then waits for the
// wizard's steps (the steps module, loaded after that first paint) and
// prints a second one before quitting:
//   startup-probe: steps pages=N unbound_at_first_paint=0|1 unbound_now=0|1
namespace StartupProbe {
// Call right after QApplication is constructed.
void installIfAsked(QApplication &app);
} // namespace StartupProbe
