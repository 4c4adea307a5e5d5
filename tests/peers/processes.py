# SPDX-License-Identifier: GPL-3.0-or-later
"""Process bookkeeping shared by the test fixtures (peerctl.py, netlab.py).

A fixture records each server's pid (also its process group) and command
line; these helpers stop exactly those processes, never by name, and never a
pid that was reused by another program since.
"""

import json
import os
import signal
import time
from pathlib import Path

STOP_TIMEOUT = 5.0


class ProcessError(RuntimeError):
    """A recorded process group could not be stopped."""


def cmdline_of(pid):
    """The argv of a live process, or None (no such process, or a zombie)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return raw.rstrip(b"\0").decode(errors="replace").split("\0") if raw else None


def live_group_members(pgid):
    """Pids of processes in group pgid that have not exited yet."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # state ppid pgrp ...
        if int(fields[2]) == pgid and fields[0] not in "ZX":
            members.append(int(entry.name))
    return members


def owns_group(record):
    """True if some live process in the recorded group still runs the
    recorded command line, so the pid has not been reused by someone else."""
    return any(cmdline_of(pid) == record["cmdline"]
               for pid in live_group_members(record["pid"]))


def kill_group(pgid):
    """SIGTERM the group, wait up to STOP_TIMEOUT, then SIGKILL. Returns the
    signal that finished it."""
    for sig, patience in ((signal.SIGTERM, STOP_TIMEOUT), (signal.SIGKILL, 2.0)):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            return sig
        deadline = time.monotonic() + patience
        while time.monotonic() < deadline:
            if not live_group_members(pgid):
                return sig
            time.sleep(0.05)
    raise ProcessError(f"process group {pgid} survived SIGKILL")


def log_tail(path, lines=20):
    try:
        tail = Path(path).read_text(errors="replace").splitlines()[-lines:]
    except OSError:
        tail = []
    return "\n".join(tail) or "(log is empty)"


def load_record(path):
    try:
        return json.loads(Path(path).read_text())
    except (OSError, ValueError):
        return None
