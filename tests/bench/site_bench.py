#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: the merged verdict of the website probe against one probe
timeout plus two HTTP round trips, in the web host lab.

    sudo tests/bench/site_bench.py [BUILD_DIR] [--runs 3]

Root only (network namespaces): starts tests/peers/sitelab.py in a
temporary state directory. The web host's firewall drops outgoing 587
(the probe's connect waits its whole timeout, SDP_STEP_TIMEOUT, 5 s) and
resets 465. For each run: `smtp-doctor-cli probe create` (mail server
10.251.0.10, ports 25, 465, 587, 2525) into the lab's web folder, then, in
the desktop namespace, `smtp-doctor-cli diagnose` of the same ports with
--site-probe and --site-key-file: its own sweep and sessions, the probe's
GET (the probe connects to every port at once), the merge, the probe's
DELETE. The figure is the report's duration_ms (its "site" step ends with
the DELETE's answer) and the process' wall time; the floor is the probe
timeout plus two HTTP round trips (GET and DELETE), one round trip being
the median time of a plain GET of a missing page on the same PHP server
from the desktop namespace (a new connection each, as the CLI makes).
Every run must give, per port, the website's verdict next to this
computer's (net.* findings with vantage "site" for all four ports).
Prints median, minimum and maximum and the machine's load. A benchmark,
not a test: it never fails on a slow figure. No traffic leaves the lab.
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

from figures import load, shown, spread  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SITELAB = ROOT / "tests" / "peers" / "sitelab.py"
PYTHON = "/usr/bin/python3"
PORTS = [25, 465, 587, 2525]
PROBE_TIMEOUT_MS = 5000  # SDP_STEP_TIMEOUT in resources/site/probe.php.in
HTTP_TIMER = """
import http.client, statistics, sys, time
host, port, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
times = []
for _ in range(count):
    started = time.monotonic()
    connection = http.client.HTTPConnection(host, port, timeout=5)
    connection.request("GET", "/no-such-page")
    connection.getresponse().read()
    connection.close()
    times.append((time.monotonic() - started) * 1000)
print(statistics.median(times), min(times), max(times))
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("build", nargs="?", default=str(ROOT / "build"))
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    cli = Path(options.build) / "app" / "cli" / "smtp-doctor-cli"
    if not cli.exists():
        sys.exit(f"site_bench: no CLI at {cli}: build first")
    if os.geteuid() != 0:
        sys.exit("site_bench: needs root (the web host lab makes network namespaces)")
    with tempfile.TemporaryDirectory(prefix="site-bench-") as state:
        subprocess.run([PYTHON, SITELAB, "start", "--state-dir", state], check=True)
        try:
            lab = json.loads(Path(state, "sitelab.json").read_text())
            if lab.get("status") != "ready":
                sys.exit(f"site_bench: the lab did not start: {lab.get('skipped')}")
            measure(cli, lab, Path(state), options)
        finally:
            subprocess.run([PYTHON, SITELAB, "stop", "--state-dir", state], check=False)


def in_desktop(lab, command, **keywords):
    return subprocess.run(["ip", "netns", "exec", lab["namespaces"]["desktop"]] + command,
                          capture_output=True, text=True, **keywords)


def measure(cli, lab, state, options):
    mail, web = lab["addresses"]["mail"], lab["addresses"]["webhost"]
    port = lab["web_ports"]["web"]
    ports = ",".join(map(str, PORTS))
    environment = dict(os.environ, SMTP_DOCTOR_DEFAULT_CONTROL_HOST="none")
    timer = in_desktop(lab, [PYTHON, "-c", HTTP_TIMER, web, str(port), "20"])
    http_rtt = float(timer.stdout.split()[0])
    print(f"site bench: {options.runs} runs; one HTTP round trip to the web host "
          f"{timer.stdout.split()[0][:5]} ms (median of 20, min {timer.stdout.split()[1][:5]}, "
          f"max {timer.stdout.split()[2][:5]}); before: {load()}")
    durations, walls = [], []
    for run in range(options.runs):
        made = subprocess.run([str(cli), "probe", "create", "--host", mail, "--port", "587",
                               "--security", "starttls", "--ports", ports, "--control-host",
                               "none", "--out", lab["www"], "--format", "json"],
                              capture_output=True, text=True, env=environment, check=True)
        key_file = state / "probe.json"
        key_file.write_text(made.stdout)
        url = f"http://{web}:{port}/{Path(json.loads(made.stdout)['file']).name}"
        started = time.monotonic()
        result = in_desktop(lab, [str(cli), "diagnose", "--host", mail, "--port", "587",
                                  "--security", "starttls", "--ports", ports, "--ca-file",
                                  lab["ca_file"], "--control-host", "none", "--timeout", "2",
                                  "--site-probe", url, "--site-key-file", str(key_file),
                                  "--format", "json"], env=environment)
        wall = (time.monotonic() - started) * 1000
        report = json.loads(result.stdout)
        site = {f["subject"].get("port") for f in report["findings"]
                if f["subject"].get("vantage") == "site" and f["id"].startswith("net.")}
        if site != set(PORTS):
            sys.exit(f"site_bench: the website's verdict misses ports: {sorted(site)}")
        durations.append(report["duration_ms"])
        walls.append(wall)
        print(f"  run {run + 1}: diagnosis with the merged site verdict {report['duration_ms']} ms,"
              f" process {wall:.0f} ms")
    floor = PROBE_TIMEOUT_MS + 2 * http_rtt
    print(f"site bench: after: {load()}")
    print(f"  report duration_ms   {shown(spread(durations))}")
    print(f"  process wall         {shown(spread(walls))}")
    print(f"  target: one probe timeout ({PROBE_TIMEOUT_MS} ms) + two HTTP round trips = "
          f"{floor:.1f} ms; over it by {statistics.median(durations) - floor:.1f} ms "
          f"(duration_ms), {statistics.median(walls) - floor:.1f} ms (process)")


if __name__ == "__main__":
    main()
