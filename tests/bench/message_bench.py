#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: a 200 KB message with five DKIM signatures, analysed by the CLI.

    tests/bench/message_bench.py [BUILD_DIR] [--runs 10] [--warmup 2] [--size-kb 200]

Uses the message lab (tests/peers/dkimlab.py) with five more keys of its
own, selectors b1 to b5 of dkim.test, published in the lab's zone files
and served by an NSD of this script on 127.0.0.1 (a server that answers at
once, as a caching resolver on the same machine does once it holds the
answers: the CLI keeps no DNS cache between processes). The message: a
plain-text body of --size-kb, signed by python3-dkim five times (relaxed/
relaxed, each signature on top of the last), then the receiver's
Return-Path and Received headers (from an address dkim.test's SPF lists).
Runs `smtp-doctor-cli message --file M --resolver 127.0.0.1@PORT
--no-dnsbl --format json` --runs times after --warmup and prints the wall
time of each whole process (exec to exit), its median, minimum and maximum,
the report's duration_ms, and the machine's load; every run must find five
message.dkim_pass. The issue's target: 100 ms or less. A benchmark, not a
test: it never fails on a slow figure. Loopback only.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "peers"))
import dkimlab  # noqa: E402
from nsd import nsd_command  # noqa: E402
from figures import accepts, free_port, load, shown, spread  # noqa: E402

SELECTORS = [f"b{number}" for number in range(1, 6)]
SENDER = "bounce@dkim.test"


def make_message(directory, size_kb):
    """The lab's keys and zones with five more selectors; the signed message."""
    for selector in SELECTORS:
        dkimlab.KEYS[(selector, "dkim.test")] = f"bench-{selector}"
        dkimlab.PUBLISHED.add((selector, "dkim.test"))
    zones, _ = dkimlab.prepare(directory)
    private_keys = {name: (directory / "keys" / f"{name}.key").read_bytes()
                    for name in set(dkimlab.KEYS.values())
                    if (directory / "keys" / f"{name}.key").exists()}
    line = b"The quick brown fox jumps over the lazy dog, line after line of it.\r\n"
    text = dkimlab.message("bench", "dkim.test", "Five signatures") + \
        line * (size_kb * 1024 // len(line))
    for selector in SELECTORS:
        text = dkimlab.sign(text, selector, "dkim.test", private_keys)
    text = dkimlab.delivered(text, dkimlab.LISTED_IP, SENDER)
    path = directory / "five-signatures.eml"
    path.write_bytes(text)
    return zones, path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("build", nargs="?", default=str(ROOT / "build"))
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--size-kb", type=int, default=200)
    options = parser.parse_args()
    cli = Path(options.build) / "app" / "cli" / "smtp-doctor-cli"
    if not cli.exists():
        sys.exit(f"message_bench: no CLI at {cli}: build first")

    with tempfile.TemporaryDirectory(prefix="message-bench-") as state:
        directory = Path(state)
        zones, message = make_message(directory, options.size_kb)
        port = free_port()
        nsd = subprocess.Popen(nsd_command(directory, "127.0.0.1", port, zones),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 10
            while not accepts(port):
                if nsd.poll() is not None or time.monotonic() > deadline:
                    sys.exit("message_bench: NSD did not start")
                time.sleep(0.05)
            measure(cli, message, port, options)
        finally:
            nsd.terminate()
            nsd.wait()


def measure(cli, message, port, options):
    command = [str(cli), "message", "--file", str(message), "--resolver", f"127.0.0.1@{port}",
               "--no-dnsbl", "--format", "json"]
    environment = dict(os.environ, SMTP_DOCTOR_DEFAULT_CONTROL_HOST="none")
    print(f"message bench: {message.stat().st_size} bytes, {len(SELECTORS)} DKIM signatures; "
          f"{options.runs} runs after {options.warmup} warm-up; before: {load()}")
    walls, durations = [], []
    for run in range(options.warmup + options.runs):
        started = time.monotonic()
        result = subprocess.run(command, env=environment, capture_output=True, text=True)
        wall = (time.monotonic() - started) * 1000
        try:
            report = json.loads(result.stdout)
        except json.JSONDecodeError:
            sys.exit(f"message_bench: no JSON report (exit {result.returncode}):\n"
                     f"{result.stderr[-2000:]}")
        passes = [f for f in report["findings"] if f["id"] == "message.dkim_pass"]
        if len(passes) != len(SELECTORS):
            ids = [f["id"] for f in report["findings"]]
            sys.exit(f"message_bench: {len(passes)} message.dkim_pass, not "
                     f"{len(SELECTORS)}: {ids}")
        if run >= options.warmup:
            walls.append(wall)
            durations.append(report.get("duration_ms", 0))
    print(f"message bench: after: {load()}")
    print(f"  smtp-doctor-cli message, process wall  {shown(spread(walls))}   (target 100 ms)")
    print(f"  the report's duration_ms               {shown(spread(durations))}")


if __name__ == "__main__":
    main()
