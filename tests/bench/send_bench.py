#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: a full authenticated test send, SMTP Doctor against swaks.

    tests/bench/send_bench.py [BUILD_DIR] [--delay-ms 50] [--runs 5]

Starts the real Exim test peer (tests/peers/peerctl.py) and a delaying TCP
proxy in front of it (tests/bench/delay_proxy.py: D ms each way, so one
round trip costs 2 x D, as on a distant server). Then, through the proxy,
runs `smtp-doctor-cli diagnose` and swaks, each doing the same work:
STARTTLS with certificate verification, AUTH PLAIN, MAIL, RCPT, the message,
QUIT. Prints, for each tool, the median wall time and the round trips the
proxy counted, and the time ratio SMTP Doctor / swaks (the issue's target:
at most 0.8). swaks runs twice: as most people run it, and with --pipeline.
A benchmark, not a test: it never fails on a slow figure. Loopback only.
"""

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PEERCTL = ROOT / "tests" / "peers" / "peerctl.py"
PROXY = Path(__file__).resolve().parent / "delay_proxy.py"
PYTHON = "/usr/bin/python3"
FROM, TO = "me@doctor.test", "you@example.test"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def timed(command, environment, stats):
    """Runs one command; returns (seconds, round trips, exit code)."""
    stats.write_text("")
    started = time.monotonic()
    run = subprocess.run(command, env=environment, capture_output=True, text=True)
    seconds = time.monotonic() - started
    time.sleep(0.3)  # the proxy writes its line once both sides closed
    lines = [json.loads(line) for line in stats.read_text().splitlines() if line]
    # The SMTP session is the connection that carried the most; a port probe
    # before it (SMTP Doctor's sweep) carries nothing.
    session = max(lines, key=lambda line: line["bytes_up"], default={"server_flights": -1})
    return seconds, session["server_flights"], run.returncode, run


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("build", nargs="?", default=str(ROOT / "build"))
    parser.add_argument("--delay-ms", type=float, default=50.0)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    cli = Path(options.build) / "app" / "cli" / "smtp-doctor-cli"
    if not cli.exists():
        sys.exit(f"send_bench: no CLI at {cli}: build first")

    with tempfile.TemporaryDirectory(prefix="send-bench-") as state:
        subprocess.run([PYTHON, PEERCTL, "start", "exim", "--state-dir", state], check=True)
        proxy = None
        try:
            exim = json.loads(Path(state, "exim.json").read_text())
            port = free_port()
            stats = Path(state, "proxy-stats.jsonl")
            proxy = subprocess.Popen([PYTHON, PROXY, "--listen-port", str(port),
                                      "--upstream", f"127.0.0.1:{exim['ports']['smtp']}",
                                      "--delay-ms", str(options.delay_ms),
                                      "--stats", str(stats)],
                                     stdout=subprocess.PIPE, text=True)
            assert proxy.stdout.readline().strip() == "ready"
            measure(cli, exim, port, stats, options)
        finally:
            if proxy:
                proxy.terminate()
                proxy.wait()
            subprocess.run([PYTHON, PEERCTL, "stop", "exim", "--state-dir", state], check=False)


def measure(cli, exim, port, stats, options):
    environment = dict(os.environ, SMTP_DOCTOR_DEFAULT_CONTROL_HOST="none",
                       BENCH_PASSWORD=exim["password"])
    doctor = [str(cli), "diagnose", "--host", "127.0.0.1", "--port", str(port),
              "--ports", str(port), "--security", "starttls", "--ca-file", exim["ca_file"],
              "--control-host", "none", "--user", exim["user"],
              "--password-env", "BENCH_PASSWORD", "--auth-mechanism", "PLAIN",
              "--from", FROM, "--to", TO, "--format", "json"]
    swaks = ["swaks", "--server", "127.0.0.1", "--port", str(port), "--tls", "--tls-verify",
             "--tls-ca-path", exim["ca_file"], "--auth", "PLAIN", "--auth-user", exim["user"],
             "--auth-password", exim["password"], "--from", FROM, "--to", TO,
             "--helo", "bench.doctor.test", "--suppress-data"]
    tools = {"smtp-doctor-cli": doctor, "swaks": swaks, "swaks --pipeline": swaks + ["--pipeline"]}
    results = {}
    for name, command in tools.items():
        times, trips = [], set()
        for _ in range(options.runs):
            seconds, round_trips, code, run = timed(command, environment, stats)
            if code != 0:
                sys.exit(f"send_bench: {name} failed (exit {code}):\n{run.stdout[-2000:]}"
                         f"\n{run.stderr[-2000:]}")
            times.append(seconds)
            trips.add(round_trips)
        results[name] = (statistics.median(times), sorted(trips))
    print(f"delay {options.delay_ms:g} ms each way (round trip {2 * options.delay_ms:g} ms), "
          f"{options.runs} runs each, Exim {exim['ports']['smtp']} behind the proxy")
    for name, (median, trips) in results.items():
        print(f"  {name:18} median {median:6.3f} s   round trips {'/'.join(map(str, trips))}")
    ours = results["smtp-doctor-cli"][0]
    for name in ("swaks", "swaks --pipeline"):
        print(f"  ratio smtp-doctor-cli / {name}: {ours / results[name][0]:.2f}")


if __name__ == "__main__":
    main()
