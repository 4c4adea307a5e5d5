#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: how long the port sweep takes when every port is dropped.

    sudo tests/bench/sweep_bench.py [BUILD_DIR] [--timeout SECONDS] [--runs N]

Starts the firewall lab (tests/peers/netlab.py, root only), then runs
smtp-doctor-cli inside the lab's web-only client, whose firewall drops every
outgoing SMTP port: towards server.lab.test (one IPv4 and one IPv6 address)
each of the 4 ports x 2 families gets no answer at all. The probes are
non-blocking and parallel, so the verdict should come after about one probe
timeout, not one per cell. Prints the median wall time as a multiple of the
timeout, then stops the lab. A benchmark, not a test: it never fails on a
slow figure. Traffic stays inside the lab's namespaces.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NETLAB = ROOT / "tests" / "peers" / "netlab.py"
PORTS = "25,465,2525"  # plus --port 587: the four ports the web-only client drops


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("build", nargs="?", default=str(ROOT / "build"))
    parser.add_argument("--timeout", type=float, default=2.0)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    cli = Path(options.build) / "app" / "cli" / "smtp-doctor-cli"
    if not cli.exists():
        sys.exit(f"sweep_bench: no CLI at {cli}: build first")

    with tempfile.TemporaryDirectory(prefix="sweep-bench-") as state:
        subprocess.run([sys.executable, NETLAB, "start", "--state-dir", state], check=True)
        try:
            lab = json.loads(Path(state, "netlab.json").read_text())
            if "skipped" in lab:
                sys.exit(f"sweep_bench: the lab cannot run here: {lab['skipped']}")
            measure(cli, lab, options)
        finally:
            subprocess.run([sys.executable, NETLAB, "stop", "--state-dir", state], check=False)


def measure(cli, lab, options):
    namespace = lab["namespaces"]["client_webonly"]
    command = ["ip", "netns", "exec", namespace, str(cli), "diagnose",
               "--host", "server.lab.test", "--port", "587", "--ports", PORTS,
               "--security", "starttls", "--resolver", lab["dns"],
               "--control-host", "none", "--timeout", str(options.timeout), "--format", "json"]
    times = []
    cells = 0
    for _ in range(options.runs):
        started = time.monotonic()
        result = subprocess.run(command, capture_output=True, text=True)
        times.append(time.monotonic() - started)
        report = json.loads(result.stdout)
        filtered = [f for f in report["findings"] if f["id"] == "net.filtered"]
        cells = sum(len(f["evidence"]) for f in filtered)
    median = statistics.median(times)
    print(f"sweep bench: {cells} cells (IPv4 and IPv6 x 4 ports), all dropped, "
          f"probe timeout {options.timeout:.1f} s, {options.runs} runs")
    print(f"sweep bench: median {median:.2f} s = {median / options.timeout:.2f} x one probe timeout "
          f"(one probe after another would take {cells} x); min {min(times):.2f} s, max {max(times):.2f} s")


if __name__ == "__main__":
    main()
