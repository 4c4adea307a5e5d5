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
GET (the probe connects to every port at once, and deletes itself after
its answer), the merge, and a DELETE only if the probe did not go. The
figure is the report's duration_ms (its "site" step ends with the last
answer) and the process' wall time; the floor is the probe timeout plus
two HTTP round trips, one round trip being
the median time of a plain GET of a missing page on the same PHP server
from the desktop namespace (a new connection each, as the CLI makes).
Beside it, what PHP adds to each request: the median of 20 unsigned GETs
of a probe file (PHP compiles and runs it; it answers 404 at the MAC
check), a figure the floor does not count.
Every run must give, per port, the website's verdict next to this
computer's (net.* findings with vantage "site" for all four ports).
Where the time goes, from the report's own event log (the "site"
check's events): when the GET's answer came, the probe's own time on the
web host (from the client's note), and the DELETE's round trip.
With --link-delay-ms D, two more ports reach the mail server through
tests/bench/delay_proxy.py in the mail server's namespace, every chunk
held D ms each way: 3525 and 3600 (its 2525 and 2600, STARTTLS; the web
host diverts only 2600 itself), as a mail server far from the web host
would be; the
proxy counts each session's round trips, and the probe's own time shows
whether they ran inside the dropped port's wait.
Prints median, minimum and maximum and the machine's load. A benchmark,
not a test: it never fails on a slow figure. No traffic leaves the lab.
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

from figures import load, shown, spread  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SITELAB = ROOT / "tests" / "peers" / "sitelab.py"
PYTHON = "/usr/bin/python3"
PORTS = [25, 465, 587, 2525]
PROBE_TIMEOUT_MS = 5000  # SDP_STEP_TIMEOUT in resources/site/probe.php.in
DELAY_PROXY = ROOT / "tests" / "bench" / "delay_proxy.py"
DELAYED_PORTS = {3525: 2525, 3600: 2600}  # listening port: the mail server's port behind it
HTTP_TIMER = """
import http.client, statistics, sys, time
host, port, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
path = sys.argv[4] if len(sys.argv) > 4 else "/no-such-page"
times = []
for _ in range(count):
    started = time.monotonic()
    connection = http.client.HTTPConnection(host, port, timeout=5)
    connection.request("GET", path)
    connection.getresponse().read()
    connection.close()
    times.append((time.monotonic() - started) * 1000)
print(statistics.median(times), min(times), max(times))
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("build", nargs="?", default=str(ROOT / "build"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--link-delay-ms", type=float, default=0.0,
                        help="also reach the mail server through a link this slow each way")
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
            links = delayed_links(lab, Path(state), options.link_delay_ms)
            try:
                measure(cli, lab, Path(state), options)
            finally:
                for link in links:
                    link.terminate()
                    link.wait(timeout=10)
        finally:
            subprocess.run([PYTHON, SITELAB, "stop", "--state-dir", state], check=False)


def delayed_links(lab, state, delay_ms):
    """The delaying proxies in the mail server's namespace (none when
    delay_ms is 0), each started and ready; the caller stops them."""
    links = []
    if delay_ms <= 0:
        return links
    mail = lab["addresses"]["mail"]
    for listen, upstream in DELAYED_PORTS.items():
        link = subprocess.Popen(
            ["ip", "netns", "exec", lab["namespaces"]["mail"], PYTHON, str(DELAY_PROXY), "--lab",
             "--listen-host", mail, "--listen-port", str(listen), "--upstream",
             f"{mail}:{upstream}", "--delay-ms", str(delay_ms), "--stats",
             str(state / "link-stats.jsonl")],
            stdout=subprocess.PIPE, text=True)
        links.append(link)
        if link.stdout.readline().strip() != "ready":
            for started in links:
                started.terminate()
            sys.exit(f"site_bench: the delaying link on {listen} did not start")
    return links


def link_sessions(lab, state):
    """Round trips (the server's flights) of each connection the web host
    made through the delaying links."""
    path = state / "link-stats.jsonl"
    if not path.exists():
        return []
    lines = [json.loads(line) for line in path.read_text().splitlines() if line]
    return [line["server_flights"] for line in lines
            if line.get("client") == lab["addresses"]["webhost"]]


def site_timeline(report):
    """(GET answered, the probe's own ms, DELETE round trip or None) from the
    site check's events: its first received event is the GET's answer, its
    last the DELETE's when there was one (a probe that deleted itself in the
    GET needs none); the client's note says how long the probe took."""
    events = [e for e in report["events"] if e.get("check") == "site"]
    received = [e["t_ms"] for e in events if e.get("kind") == "received"]
    sent = [e["t_ms"] for e in events if e.get("kind") == "sent"]
    own = None
    for event in events:
        found = re.search(r"connects in (\d+) ms", event.get("text", ""))
        if found:
            own = int(found.group(1))
    if not received or not sent:
        return None
    deleted = received[-1] - sent[-1] if len(sent) >= 2 and len(received) >= 2 else None
    return received[0] - sent[0], own, deleted


def php_request_time(cli, lab, environment):
    """Round trips of unsigned GETs of a probe file: PHP compiles and runs
    it up to the MAC check (404). The file is removed afterwards."""
    made = subprocess.run([str(cli), "probe", "create", "--host", lab["addresses"]["mail"],
                           "--port", "587", "--security", "starttls",
                           "--ports", ",".join(map(str, PORTS)), "--control-host", "none",
                           "--out", lab["www"], "--format", "json"],
                          capture_output=True, text=True, env=environment, check=True)
    name = Path(json.loads(made.stdout)["file"]).name
    try:
        timer = in_desktop(lab, [PYTHON, "-c", HTTP_TIMER, lab["addresses"]["webhost"],
                                 str(lab["web_ports"]["web"]), "20", "/" + name])
    finally:
        Path(lab["www"], name).unlink(missing_ok=True)
    return [float(value) for value in timer.stdout.split()]


def in_desktop(lab, command, **keywords):
    return subprocess.run(["ip", "netns", "exec", lab["namespaces"]["desktop"]] + command,
                          capture_output=True, text=True, **keywords)


def measure(cli, lab, state, options):
    mail, web = lab["addresses"]["mail"], lab["addresses"]["webhost"]
    port = lab["web_ports"]["web"]
    probed = PORTS + (list(DELAYED_PORTS) if options.link_delay_ms > 0 else [])
    ports = ",".join(map(str, probed))
    environment = dict(os.environ, SMTP_DOCTOR_DEFAULT_CONTROL_HOST="none")
    timer = in_desktop(lab, [PYTHON, "-c", HTTP_TIMER, web, str(port), "20"])
    http_rtt = float(timer.stdout.split()[0])
    print(f"site bench: {options.runs} runs; one HTTP round trip to the web host "
          f"{timer.stdout.split()[0][:5]} ms (median of 20, min {timer.stdout.split()[1][:5]}, "
          f"max {timer.stdout.split()[2][:5]}); before: {load()}")
    unsigned = php_request_time(cli, lab, environment)
    print(f"  one unsigned GET of a probe file (PHP compiles and runs it, 404): {unsigned[0]:.2f} ms "
          f"(median of 20, min {unsigned[1]:.2f}, max {unsigned[2]:.2f})")
    durations, walls, answered, own, deletes = [], [], [], [], []
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
        if site != set(probed):
            sys.exit(f"site_bench: the website's verdict misses ports: {sorted(site)}")
        durations.append(report["duration_ms"])
        walls.append(wall)
        timeline = site_timeline(report)
        detail = ""
        if timeline:
            answered.append(timeline[0])
            if timeline[2] is not None:
                deletes.append(timeline[2])
            if timeline[1] is not None:
                own.append(timeline[1])
            deleted = (f"DELETE {timeline[2]} ms" if timeline[2] is not None
                       else "no DELETE: the probe deleted itself")
            detail = (f" (GET answered after {timeline[0]} ms, the probe's own time "
                      f"{timeline[1]} ms, {deleted})")
        print(f"  run {run + 1}: diagnosis with the merged site verdict {report['duration_ms']} ms,"
              f" process {wall:.0f} ms{detail}")
    floor = PROBE_TIMEOUT_MS + 2 * http_rtt
    print(f"site bench: after: {load()}")
    print(f"  report duration_ms   {shown(spread(durations))}")
    print(f"  process wall         {shown(spread(walls))}")
    if answered:
        print(f"  GET answered after   {shown(spread(answered))}")
        if deletes:
            print(f"  DELETE round trip    {shown(spread(deletes))}")
        else:
            print("  DELETE round trip    none: every probe deleted itself in its GET")
    if own:
        print(f"  the probe's own time {shown(spread(own))}")
    if options.link_delay_ms > 0:
        flights = link_sessions(lab, state)
        print(f"  through the {options.link_delay_ms:g} ms link (ports "
              f"{', '.join(map(str, DELAYED_PORTS))}): {len(flights)} probe sessions, "
              f"round trips each {sorted(flights)}, so about "
              f"{statistics.median(flights) * 2 * options.link_delay_ms:.0f} ms each"
              if flights else "  through the delaying link: no probe session seen")
    print(f"  target: one probe timeout ({PROBE_TIMEOUT_MS} ms) + two HTTP round trips = "
          f"{floor:.1f} ms; over it by {statistics.median(durations) - floor:.1f} ms "
          f"(duration_ms), {statistics.median(walls) - floor:.1f} ms (process)")


if __name__ == "__main__":
    main()
