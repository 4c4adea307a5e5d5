#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: GUI cold start to the first painted page against a floor, and peak memory.

    tests/bench/startup_bench.py [BUILD_DIR] [--runs 10] [--cold-runs 5] [--warmup 2]
                                 [--warm-only] [--only gui|cli]

GUI: starts `smtp-doctor` and, alternated with it run by run, the floor:
`startup-floor-wizard` (tests/bench/minimal_wizard.cpp, a CMake target of
the normal build), a minimal Qt Widgets program showing one QWizard page.
Both link the same probe (app/gui/StartupProbe.cpp), on with
SMTP_DOCTOR_STARTUP_PROBE=1: once the first top-level window is exposed and
painted it prints the wall clock and VmRSS (/proc/self/status), then quits.
Start-up time is that clock minus the wall clock taken just before
posix_spawn here: exec, dynamic loading, static initialisation,
QApplication, the window's construction and its first frame. Each run has a
fresh, empty HOME and XDG directories (a first start: no settings, no saved
runs). Two platforms: an Xvfb server started once by this script (display
number from -displayfd, no TCP listener) with Qt's xcb plugin, and Qt's
offscreen plugin. Each platform is measured warm (page cache filled by the
warm-up runs) and cold: as root, sync and `echo 3 > /proc/sys/vm/drop_caches`
before every cold run (not root: the cold half is skipped, loudly). Peak
RSS of each process is ru_maxrss from wait4(). Targets (issue 19): the
wizard's median 1.5 x the floor's or less, VmRSS after first paint 45 MB.

CLI: peak RSS (and wall time) of `smtp-doctor-cli --version` and of a full
`smtp-doctor-cli diagnose` against the real Exim test peer (STARTTLS with
certificate verification, AUTH PLAIN, a test message, JSON report).

Prints medians (and min/max) over the counted runs, after --warmup runs that
are not counted, and the load average around them.
A benchmark, not a test: it never fails on a slow figure. Loopback only.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PEERCTL = ROOT / "tests" / "peers" / "peerctl.py"
PYTHON = "/usr/bin/python3"
PROBE = re.compile(r"startup-probe: wall_ns=(\d+) qapplication_ms=(\d+) exposed_ms=(\d+) "
                   r"objects=(\d+) vmrss_kb=(\d+)")


def spawn_measured(argv, environment, stderr_path, timeout=60.0):
    """Runs argv; returns (spawn wall ns, exit status, peak RSS in KiB, wall seconds)."""
    with open(stderr_path, "wb") as err, open(os.devnull, "wb") as null:
        spawned_ns = time.time_ns()
        started = time.monotonic()
        pid = os.posix_spawn(argv[0], argv, environment,
                             file_actions=[(os.POSIX_SPAWN_DUP2, null.fileno(), 0),
                                           (os.POSIX_SPAWN_DUP2, null.fileno(), 1),
                                           (os.POSIX_SPAWN_DUP2, err.fileno(), 2)])
        while True:
            reaped, status, usage = os.wait4(pid, os.WNOHANG)
            if reaped == pid:
                break
            if time.monotonic() - started > timeout:
                os.kill(pid, 9)  # our own child, by its pid
            time.sleep(0.002)
    return spawned_ns, os.waitstatus_to_exitcode(status), usage.ru_maxrss, \
        time.monotonic() - started


def fresh_home(parent):
    home = Path(tempfile.mkdtemp(prefix="home-", dir=parent))
    for sub in ("config", "data", "cache", "runtime"):
        (home / sub).mkdir()
    (home / "runtime").chmod(0o700)
    return {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_RUNTIME_DIR": str(home / "runtime")}


def gui_run(program, platform_environment, scratch, drop_caches):
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                   "SMTP_DOCTOR_STARTUP_PROBE": "1", "LANG": "C.UTF-8"}
    environment.update(platform_environment)
    environment.update(fresh_home(scratch))
    if drop_caches:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    stderr_path = Path(scratch, "gui.err")
    spawned_ns, code, rss_kb, _ = spawn_measured([str(program)], environment, stderr_path)
    text = stderr_path.read_text(errors="replace")
    match = PROBE.search(text)
    if code != 0 or not match:
        sys.exit(f"startup_bench: {program.name} gave no probe line (exit {code}):\n"
                 f"{text[-2000:]}")
    wall_ns, application_ms, exposed_ms, objects, vmrss_kb = map(int, match.groups())
    return {"shown_ms": (wall_ns - spawned_ns) / 1e6, "rss_kb": rss_kb,
            "vmrss_kb": vmrss_kb, "qapplication_ms": application_ms,
            "exposed_ms": exposed_ms, "objects": objects}


def start_xvfb(scratch):
    """An Xvfb of our own: (process, display). Stopped by its pid."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp",
                             "-screen", "0", "1280x1024x24"],
                            pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                            stderr=open(Path(scratch, "xvfb.log"), "wb"))
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        display = pipe.readline().strip()
    if not display:
        xvfb.kill()
        sys.exit("startup_bench: Xvfb did not start (see xvfb.log)")
    return xvfb, ":" + display


def summary(values, unit, scale=1.0):
    values = [value * scale for value in values]
    return (f"median {statistics.median(values):7.1f} {unit} "
            f"(min {min(values):.1f}, max {max(values):.1f})")


def print_gui(name, runs, target_ms=None, target_rss=None):
    shown = [r["shown_ms"] for r in runs]
    print(f"  {name}:")
    print(f"    spawn to first painted page {summary(shown, 'ms')}"
          + (f"   target {target_ms:.0f} ms" if target_ms else ""))
    print(f"    VmRSS after first paint     "
          f"{summary([r['vmrss_kb'] for r in runs], 'MiB', 1 / 1024)}"
          + (f"   target {target_rss} MB" if target_rss else ""))
    print(f"    peak RSS (ru_maxrss)        "
          f"{summary([r['rss_kb'] for r in runs], 'MiB', 1 / 1024)}")
    print(f"    inside: QApplication at {summary([r['qapplication_ms'] for r in runs], 'ms')}, "
          f"painted at {summary([r['exposed_ms'] for r in runs], 'ms')} (from static init); "
          f"{statistics.median([r['objects'] for r in runs]):.0f} shared objects")


def bench_gui(programs, options, scratch):
    """The wizard and the minimal QWizard floor, alternated run by run."""
    cold = os.geteuid() == 0 and not options.warm_only
    if not cold and not options.warm_only:
        print("startup_bench: NOT ROOT: cannot write /proc/sys/vm/drop_caches, "
              "SKIPPING THE COLD HALF (run as root for cold starts)", file=sys.stderr)
    xvfb, display = start_xvfb(scratch)
    try:
        platforms = {f"xcb on Xvfb {display}": {"DISPLAY": display},
                     "offscreen": {"QT_QPA_PLATFORM": "offscreen"}}
        for name, platform in platforms.items():
            modes = [("warm page cache", False, options.runs)]
            if cold:
                modes.append(("caches dropped before each run", True, options.cold_runs))
            for mode, drop, count in modes:
                for _ in range(options.warmup):
                    for program in programs.values():
                        gui_run(program, platform, scratch, False)
                load_before = os.getloadavg()
                runs = {label: [] for label in programs}
                for _ in range(count):
                    for label, program in programs.items():
                        runs[label].append(gui_run(program, platform, scratch, drop))
                load_after = os.getloadavg()
                print(f"GUI, {name}, {mode}, {count} runs of each, alternated "
                      f"(load average {load_before[0]:.2f} before, {load_after[0]:.2f} after):")
                floor, wizard = runs["minimal QWizard"], runs["smtp-doctor"]
                floor_ms = statistics.median([r["shown_ms"] for r in floor])
                print_gui("minimal QWizard (the floor)", floor)
                print_gui("smtp-doctor", wizard, 1.5 * floor_ms, 45)
                ratio = statistics.median([r["shown_ms"] for r in wizard]) / floor_ms
                rss_mb = statistics.median([r["vmrss_kb"] for r in wizard]) * 1024 / 1e6
                print(f"  ratio of medians {ratio:.2f} x the floor (target 1.5 x or less: "
                      f"{'met' if ratio <= 1.5 else 'MISSED'}); "
                      f"VmRSS {rss_mb:.1f} MB (10^6 bytes; target 45 MB or less: "
                      f"{'met' if rss_mb <= 45 else 'MISSED'})")
    finally:
        xvfb.terminate()
        xvfb.wait()


def bench_cli(cli, options, scratch):
    for peer in ("exim", "dns-domains"):
        subprocess.run([PYTHON, PEERCTL, "start", peer, "--state-dir", scratch], check=True,
                       stdout=subprocess.DEVNULL)
    try:
        exim = json.loads(Path(scratch, "exim.json").read_text())
        dns = json.loads(Path(scratch, "dns-domains.json").read_text())["ports"]["dns"]
        port = str(exim["ports"]["smtp"])
        environment = dict(os.environ, SMTP_DOCTOR_DEFAULT_CONTROL_HOST="none",
                           BENCH_PASSWORD=exim["password"])
        commands = {
            "--version": [str(cli), "--version"],
            "diagnose (Exim: STARTTLS, AUTH, send)": [
                str(cli), "diagnose", "--host", "127.0.0.1", "--port", port, "--ports", port,
                "--security", "starttls", "--ca-file", exim["ca_file"],
                "--control-host", "none", "--user", exim["user"],
                "--password-env", "BENCH_PASSWORD", "--from", "me@doctor.test",
                "--to", "you@example.test", "--format", "json"],
            # The same, with the sender domain's records (MX, SPF through the
            # mixed tree, DKIM, DMARC) from the dns-domains peer: every check
            # of a full diagnosis. Exit 0 or 1 (the test domain has no
            # DMARC record, for one: a warning).
            "diagnose with domain records (spf-mixed.test)": [
                str(cli), "diagnose", "--host", "127.0.0.1", "--port", port, "--ports", port,
                "--security", "starttls", "--ca-file", exim["ca_file"],
                "--control-host", "none", "--user", exim["user"],
                "--password-env", "BENCH_PASSWORD", "--from", "me@spf-mixed.test",
                "--to", "you@example.test", "--domain", "spf-mixed.test",
                "--dkim-selector", "mail", "--resolver", f"127.0.0.1@{dns}",
                "--format", "json"],
        }
        for name, argv in commands.items():
            results = []
            for index in range(options.warmup + options.runs):
                _, code, rss_kb, seconds = spawn_measured(argv, environment,
                                                          Path(scratch, "cli.err"))
                if code not in ((0, 1) if "domain" in name else (0,)):
                    sys.exit(f"startup_bench: smtp-doctor-cli {name} exited {code}:\n"
                             + Path(scratch, "cli.err").read_text(errors="replace")[-2000:])
                if index >= options.warmup:
                    results.append((rss_kb, seconds))
            print(f"CLI {name}, {options.runs} runs:")
            print(f"  peak RSS {summary([r[0] for r in results], 'MiB', 1 / 1024)}"
                  f"   target 30 MB")
            print(f"  wall     {summary([r[1] for r in results], 'ms', 1000)}")
    finally:
        for peer in ("exim", "dns-domains"):
            subprocess.run([PYTHON, PEERCTL, "stop", peer, "--state-dir", scratch],
                           stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("build", nargs="?", default=str(ROOT / "build"))
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--warm-only", action="store_true")
    parser.add_argument("--only", choices=("gui", "cli"))
    options = parser.parse_args()
    gui = Path(options.build) / "app" / "gui" / "smtp-doctor"
    floor = Path(options.build) / "tests" / "bench" / "startup-floor-wizard"
    cli = Path(options.build) / "app" / "cli" / "smtp-doctor-cli"
    needed = {"gui": (gui, floor), "cli": (cli,)}.get(options.only, (gui, floor, cli))
    for binary in needed:
        if not binary.exists():
            sys.exit(f"startup_bench: no {binary}: build first (ninja -C BUILD_DIR "
                     f"smtp-doctor startup-floor-wizard smtp-doctor-cli)")
    with tempfile.TemporaryDirectory(prefix="startup-bench-") as scratch:
        print("load average before: %.2f %.2f %.2f" % os.getloadavg())
        if options.only != "cli":
            bench_gui({"minimal QWizard": floor, "smtp-doctor": gui}, options, scratch)
        if options.only != "gui":
            bench_cli(cli, options, scratch)
        print("load average after: %.2f %.2f %.2f" % os.getloadavg())


if __name__ == "__main__":
    main()
