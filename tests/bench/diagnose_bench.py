#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: the whole diagnosis of a healthy target against its critical path.

    tests/bench/diagnose_bench.py [BUILD_DIR] [--runs 5] [--smtp-delay-ms 50] [--dns-delay-ms 20]

Starts the real Exim test peer (tests/peers/peerctl.py) behind
tests/bench/delay_proxy.py (every chunk held --smtp-delay-ms each way) and an
NSD of its own on 127.0.0.1 behind tests/bench/dns_delay_proxy.py (every
answer held --dns-delay-ms), serving one healthy sender domain,
doctor.test: MX exim.doctor.test (A 127.0.0.1, the name on Exim's
certificate), SPF, DKIM (selector "mail") and DMARC. Then runs, several
times, the whole diagnosis a user waits for:

    smtp-doctor-cli diagnose --host exim.doctor.test --domain doctor.test
        --resolver 127.0.0.1@DNSPROXY ... --user ... --from ... --to ...
        --format json

(domain records, the port sweep, STARTTLS with certificate verification,
AUTH PLAIN, the test send), and from each run's own event log (the JSON
report's "events": check, kind, t_ms) it finds the longest single
dependency chain the issue names: the host's name resolved, the TCP
connect, the greeting, EHLO, STARTTLS, EHLO again, AUTH, the send. Its
length is the offset of the last of these (the send's reply) minus the
offset of the first (the first question for the host's name); the chain is
serial by nature, so no scheduling can beat it. The proxy does not delay
the TCP handshake itself (the kernel completes it), so the sweep's connect
and the session's cost no round trip here. Prints, per run, the wall
time of the diagnosis (the report's duration_ms, from the start of the
checks to the last one's end), the chain, their ratio (the issue's target:
1.3 or less) and the per-check spans from the report's "timing" section,
then the median, minimum and maximum of each and the machine's load.
A benchmark, not a test: it never fails on a slow figure. Loopback only.
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
from nsd import nsd_command  # noqa: E402
from figures import accepts, free_port, load, spread  # noqa: E402
import figures  # noqa: E402


def shown(figure, unit="ms", digits=0):
    return figures.shown(figure, unit, digits)

PEERCTL = ROOT / "tests" / "peers" / "peerctl.py"
SMTP_PROXY = ROOT / "tests" / "bench" / "delay_proxy.py"
DNS_PROXY = ROOT / "tests" / "bench" / "dns_delay_proxy.py"
PYTHON = "/usr/bin/python3"
DOMAIN, HOST = "doctor.test", "exim.doctor.test"
FROM, TO = "me@doctor.test", "you@example.test"
# The same public key as good._domainkey.mx-ok.test (tests/data/zones/domains).
DKIM_KEY = ("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuRfMqznXp5L8H6UWVTxYC7ObGc+bxUTrpvuY"
            "DNi6K5aghm212Bu2H8JwBo5w56N6qOs0NJR9oRgJIlo9zqK36GSTbXvXrBn+mk/58lD3d27z/5eMrVxMm0vx"
            "Fa/zcxVgHGHA+DVTOdYp8JxMYtdHy9ABqYysHh5BdH7+3B9KX8lX5Ktb7VavgQ8pzpv5J1gZZ\" \""
            "bN2wopPOielq4OKckCI7LmrlGkmZDKAU1b7AIzhMBfGmh7m45f8CQdKsF/Z2OnuYek/WBLrI6SRT83BiYx9Sh"
            "7xoTgSyUcmwe3/MjrZ0R7pRuoVm4s/fuMHWpWAijac32BV0j4pDJAs8R5Tuo6GwQIDAQAB")
ZONE = f"""$ORIGIN {DOMAIN}.
$TTL 300
@       IN SOA ns.{DOMAIN}. hostmaster.{DOMAIN}. ( 2026120701 3600 600 86400 300 )
@       IN NS  ns.{DOMAIN}.
ns      IN A   127.0.0.1
@       IN MX  10 {HOST}.
exim    IN A   127.0.0.1
@       IN TXT "v=spf1 ip4:127.0.0.1 -all"
mail._domainkey IN TXT ( "v=DKIM1; k=rsa; p={DKIM_KEY}" )
_dmarc  IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@{DOMAIN}"
"""


class Processes:
    """The bench's own servers, stopped by their PID in reverse order."""

    def __init__(self):
        self.started = []

    def start(self, command, **keywords):
        process = subprocess.Popen(command, **keywords)
        self.started.append(process)
        return process

    def stop(self):
        for process in reversed(self.started):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def start_nsd(state, processes):
    directory = Path(state, "nsd")
    directory.mkdir()
    zone = directory / f"{DOMAIN}.zone"
    zone.write_text(ZONE)
    port = free_port()
    nsd = processes.start(nsd_command(directory, "127.0.0.1", port, [(DOMAIN, zone)]),
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not accepts(port):
        if nsd.poll() is not None or time.monotonic() > deadline:
            sys.exit("diagnose_bench: NSD did not start")
        time.sleep(0.05)
    return port


def start_dns_proxy(upstream, delay_ms, state, processes):
    ready = Path(state, "dns-delay.json")
    proxy = processes.start([PYTHON, DNS_PROXY, "--upstream", f"127.0.0.1@{upstream}",
                             "--delay-ms", str(delay_ms), "--ready", str(ready)])
    deadline = time.monotonic() + 10
    while not ready.exists():
        if proxy.poll() is not None or time.monotonic() > deadline:
            sys.exit("diagnose_bench: the DNS delay proxy did not start")
        time.sleep(0.02)
    return json.loads(ready.read_text())["port"]


def start_smtp_proxy(upstream, delay_ms, state, processes):
    port = free_port()
    proxy = processes.start([PYTHON, SMTP_PROXY, "--listen-port", str(port),
                             "--upstream", f"127.0.0.1:{upstream}", "--delay-ms",
                             str(delay_ms), "--stats", str(Path(state, "smtp-proxy.jsonl"))],
                            stdout=subprocess.PIPE, text=True)
    if proxy.stdout.readline().strip() != "ready":
        sys.exit("diagnose_bench: the SMTP delay proxy did not start")
    return port


# The chain's links, each the first event of the SMTP session that matches,
# in this order: (name, check, kind, test on the text).
CHAIN = [
    ("name", "resolve", "dns", lambda text: True),
    ("connect", "smtp", "connect", lambda text: True),
    ("greeting", "smtp", "received", lambda text: text.startswith("220")),
    ("EHLO", "smtp", "received", lambda text: text.startswith("250")),
    ("STARTTLS", "smtp", "received", lambda text: text.startswith("220")),
    ("TLS", "smtp", "tls", lambda text: True),
    ("EHLO again", "smtp", "received", lambda text: text.startswith("250")),
    ("AUTH", "smtp", "received", lambda text: text.startswith("235")),
    ("send", "smtp", "received", lambda text: text.startswith("250 OK id=")),  # Exim's
]


def chain_of(events):
    """(first offset, [(link, offset)]) of the chain in the run's events, in
    order; a link missing from the log ends the search (the run was not
    healthy)."""
    links, position = [], 0
    for name, check, kind, test in CHAIN:
        for index in range(position, len(events)):
            event = events[index]
            if event["check"] == check and event["kind"] == kind and test(event["text"]):
                links.append((name, event["t_ms"]))
                position = index + 1
                break
        else:
            return links, False
    return links, True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", nargs="?", default=str(ROOT / "build"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--smtp-delay-ms", type=float, default=50.0)
    parser.add_argument("--dns-delay-ms", type=float, default=20.0)
    parser.add_argument("--dump", metavar="FILE", help="write the last run's JSON report here")
    options = parser.parse_args()
    cli = Path(options.build) / "app" / "cli" / "smtp-doctor-cli"
    if not cli.exists():
        sys.exit(f"diagnose_bench: no CLI at {cli}: build first")

    processes = Processes()
    with tempfile.TemporaryDirectory(prefix="diagnose-bench-") as state:
        subprocess.run([PYTHON, PEERCTL, "start", "exim", "--state-dir", state], check=True,
                       stdout=subprocess.DEVNULL)
        try:
            exim = json.loads(Path(state, "exim.json").read_text())
            dns = start_dns_proxy(start_nsd(state, processes), options.dns_delay_ms, state,
                                  processes)
            smtp = start_smtp_proxy(exim["ports"]["smtp"], options.smtp_delay_ms, state,
                                    processes)
            measure(cli, exim, dns, smtp, options)
        finally:
            processes.stop()
            subprocess.run([PYTHON, PEERCTL, "stop", "exim", "--state-dir", state],
                           check=False, stdout=subprocess.DEVNULL)


def diagnose(cli, exim, dns, smtp, options):
    environment = dict(os.environ, SMTP_DOCTOR_DEFAULT_CONTROL_HOST="none",
                       BENCH_PASSWORD=exim["password"])
    command = [str(cli), "diagnose", "--host", HOST, "--port", str(smtp), "--ports", str(smtp),
               "--security", "starttls", "--ca-file", exim["ca_file"], "--control-host", "none",
               "--resolver", f"127.0.0.1@{dns}", "--domain", DOMAIN, "--dkim-selector", "mail",
               "--user", exim["user"], "--password-env", "BENCH_PASSWORD",
               "--auth-mechanism", "PLAIN", "--from", FROM, "--to", TO, "--format", "json"]
    started = time.monotonic()
    run = subprocess.run(command, env=environment, capture_output=True, text=True)
    wall = (time.monotonic() - started) * 1000
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        sys.exit(f"diagnose_bench: no JSON report (exit {run.returncode}):\n{run.stdout[-3000:]}\n{run.stderr[-2000:]}")
    return report, wall


def measure(cli, exim, dns, smtp, options):
    print(f"diagnose bench: SMTP {options.smtp_delay_ms:g} ms each way, DNS answers held "
          f"{options.dns_delay_ms:g} ms; {options.runs} runs after {options.warmup} warm-up; "
          f"before: {load()}")
    figures = {"wall": [], "process": [], "chain": [], "ratio": []}
    spans = {}
    report = None
    for run in range(options.warmup + options.runs):
        report, process_wall = diagnose(cli, exim, dns, smtp, options)
        if options.dump:
            Path(options.dump).write_text(json.dumps(report, indent=1))
        links, whole = chain_of(report["events"])
        failures = [f["id"] for f in report["findings"] if f["severity"] == "failure"]
        if not whole or failures:
            sys.exit(f"diagnose_bench: not a healthy run: chain {links}, failures {failures}")
        chain = links[-1][1] - links[0][1]
        wall = report["duration_ms"]
        if run < options.warmup:
            continue
        figures["wall"].append(wall)
        figures["process"].append(process_wall)
        figures["chain"].append(chain)
        figures["ratio"].append(wall / chain)
        for step in report.get("timing", []):
            spans.setdefault(step["step"], []).append(step["duration_ms"])
        print(f"  run {run - options.warmup + 1}: diagnosis {wall} ms, chain {chain} ms "
              f"({', '.join(f'{name} {offset}' for name, offset in links)}), "
              f"ratio {wall / chain:.2f}")
    print(f"diagnose bench: after: {load()}")
    print(f"  diagnosis (duration_ms)     {shown(spread(figures['wall']))}")
    print(f"  process wall                {shown(spread(figures['process']))}")
    print(f"  critical chain (event log)  {shown(spread(figures['chain']))}")
    print(f"  ratio diagnosis / chain     {shown(spread(figures['ratio']), 'x', 2)}"
          f"   (target 1.3 or less)")
    process_ratio = [wall / chain for wall, chain in zip(figures["process"], figures["chain"])]
    print(f"  ratio process wall / chain  {shown(spread(process_ratio), 'x', 2)}")
    for step, values in spans.items():
        print(f"  step {step:22} {shown(spread(values))}")


if __name__ == "__main__":
    main()
