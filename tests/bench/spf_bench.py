#!/usr/bin/python3
"""Benchmark: SPF evaluation time, SMTP Doctor against pyspf, same zone, same server.

    tests/bench/spf_bench.py [BUILD_DIR] [--runs N] [--warmup N]

Starts the dns-domains peer (NSD on 127.0.0.1, tests/peers/peerctl.py) in a
temporary state directory and evaluates SPF for spf-tree10.test (client
127.0.0.1, sender postmaster@spf-tree10.test, HELO mail.spf-tree10.test):
ten includes, the most RFC 7208 allows, and 127.0.0.1 only in the last one,
so every evaluation must fetch all eleven TXT records. Both sides must say
"pass", otherwise the script says so and stops with status 1.

SMTP Doctor: one `smtp-doctor-cli spf ... --format json` process per
evaluation; the figure is the wall time of the whole process, and also the
CLI's own "elapsed_ms" when its json has one (evaluation only, without
process start-up). pyspf (Debian's python3-spf): spf.check2() called in a
loop in this process; the figure is the time of one call. pyspf keeps a DNS
cache only inside one query object and check2() makes a new one per call,
so each call fetches every record again (the script counts the lookups).

pyspf's DNS library (pydns, or dnspython if that is what pyspf picked) is
pointed at 127.0.0.1 and the peer's port, with /etc/resolv.conf never read;
the CLI gets --resolver 127.0.0.1@PORT. No query leaves the loopback.

Prints the medians and the ratio pyspf / SMTP Doctor (above 1: SMTP Doctor
is faster), then stops the peer. A benchmark, not a test: it never fails on
a slow figure. Run it with Debian's Python, the one that sees python3-spf.
"""

import argparse
import builtins
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PEERCTL = ROOT / "tests" / "peers" / "peerctl.py"
PEER = "dns-domains"
DOMAIN = "spf-tree10.test"
CLIENT = "127.0.0.1"
SENDER = f"postmaster@{DOMAIN}"
HELO = f"mail.{DOMAIN}"
RECORDS = 11  # the apex and i1 ... i10: the TXT lookups of one evaluation
RESOLV_CONF = "/etc/resolv.conf"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", nargs="?", default=str(ROOT / "build"))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    options = parser.parse_args()
    cli = Path(options.build) / "app" / "cli" / "smtp-doctor-cli"
    if not cli.exists():
        sys.exit(f"spf_bench: no CLI at {cli}: build first")

    with tempfile.TemporaryDirectory(prefix="spf-bench-") as state:
        subprocess.run([sys.executable, PEERCTL, "start", PEER, "--state-dir", state], check=True)
        try:
            peer = json.loads(Path(state, f"{PEER}.json").read_text())
            if f"{DOMAIN}." not in peer["zones"]:
                sys.exit(f"spf_bench: the {PEER} peer does not serve {DOMAIN}")
            measure(cli, peer["ports"]["dns"], options)
        finally:
            subprocess.run([sys.executable, PEERCTL, "stop", PEER, "--state-dir", state], check=False)


def measure(cli, port, options):
    doctor = run_doctor(cli, port, options)
    pyspf = run_pyspf(port, options)
    print(f"spf bench: {DOMAIN} for {CLIENT}, sender {SENDER}, HELO {HELO}: "
          f"{RECORDS} TXT records per evaluation; NSD on 127.0.0.1:{port}; "
          f"{options.runs} runs per side after {options.warmup} warm-up runs")
    print(f"spf bench: smtp-doctor-cli spf: {doctor['result']}, dns_lookups {doctor['dns_lookups']}; "
          f"median wall {doctor['wall']:.2f} ms per process "
          f"(min {doctor['wall_min']:.2f}, max {doctor['wall_max']:.2f})"
          + (f"; median elapsed_ms {doctor['elapsed']:.2f} ms" if doctor["elapsed"] is not None
             else "; no elapsed_ms in its json"))
    print(f"spf bench: pyspf {pyspf['version']} ({pyspf['backend']}): {pyspf['result']}, "
          f"{pyspf['queries']} queries per check2; median {pyspf['median']:.2f} ms per check2 "
          f"(min {pyspf['min']:.2f}, max {pyspf['max']:.2f})")
    if doctor["result"] != "pass" or pyspf["result"] != "pass":
        sys.exit(f"spf_bench: both sides must say pass: SMTP Doctor {doctor['result']!r}, "
                 f"pyspf {pyspf['result']!r}; no ratio, no figure to keep")
    ratios = [f"{pyspf['median'] / doctor['wall']:.2f} against the CLI's wall time (process start-up included)"]
    if doctor["elapsed"]:
        ratios.append(f"{pyspf['median'] / doctor['elapsed']:.2f} against its elapsed_ms")
    print("spf bench: pyspf / SMTP Doctor = " + "; ".join(ratios) + " (above 1: SMTP Doctor is faster)")


def run_doctor(cli, port, options):
    """Wall time of whole CLI processes, in ms, and the json's own elapsed_ms."""
    command = [str(cli), "spf", "--domain", DOMAIN, "--ip", CLIENT, "--sender", SENDER,
               "--helo", HELO, "--resolver", f"127.0.0.1@{port}", "--format", "json"]
    walls, elapsed, report = [], [], {}
    for run in range(options.warmup + options.runs):
        started = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True)
        wall = (time.perf_counter() - started) * 1000
        try:
            report = json.loads(result.stdout)
        except ValueError:
            sys.exit(f"spf_bench: {' '.join(command)} exited {result.returncode} without json:\n"
                     f"{result.stdout}{result.stderr}")
        if report.get("result") != "pass":
            break  # reported by measure()
        if run >= options.warmup:
            walls.append(wall)
            if isinstance(report.get("elapsed_ms"), (int, float)):
                elapsed.append(report["elapsed_ms"])
    walls = walls or [wall]
    return {"result": report.get("result"), "dns_lookups": report.get("dns_lookups"),
            "wall": statistics.median(walls), "wall_min": min(walls), "wall_max": max(walls),
            "elapsed": statistics.median(elapsed) if elapsed else None}


def import_pyspf(port):
    """Imports spf with its DNS library asking only 127.0.0.1@port.

    pyspf takes dnspython if it can import it, else pydns (Debian 12's
    python3-spf pulls in python3-dns, that is pydns). Importing pydns parses
    /etc/resolv.conf into DNS.defaults['server']: it gets an empty file
    instead, and the defaults are then set to the peer. dnspython reads
    resolv.conf only when its default resolver is first made: one made with
    configure=False is put in its place before any query."""
    real_open = builtins.open

    def open_without_resolv_conf(file, *args, **kwargs):
        if str(file) == RESOLV_CONF:
            return io.StringIO("")
        return real_open(file, *args, **kwargs)

    builtins.open = open_without_resolv_conf
    try:
        import spf
    except ImportError:
        sys.exit("spf_bench: no pyspf here: apt-get install python3-spf, "
                 "and run this with /usr/bin/python3")
    finally:
        builtins.open = real_open

    if spf.DNSLookup is spf.DNSLookup_pydns:
        spf.DNS.defaults["server"] = ["127.0.0.1"]
        spf.DNS.defaults["port"] = port
        backend = f"pydns {spf.DNS.__version__}"
        where = (spf.DNS.defaults["server"], spf.DNS.defaults["port"])
    else:
        import dns.resolver
        import dns.version
        resolver = dns.resolver.Resolver(configure=False)
        resolver.nameservers = ["127.0.0.1"]
        resolver.port = port
        dns.resolver.default_resolver = resolver
        backend = f"dnspython {dns.version.version}"
        where = (dns.resolver.get_default_resolver().nameservers,
                 dns.resolver.get_default_resolver().port)
    if where != (["127.0.0.1"], port):
        sys.exit(f"spf_bench: {backend} would ask {where}, not 127.0.0.1@{port}")
    return spf, backend


def run_pyspf(port, options):
    """Time of one spf.check2() call, in ms, in this process."""
    spf, backend = import_pyspf(port)
    lookup = spf.DNSLookup
    queries = []

    def counted(name, qtype, *args, **kwargs):
        queries.append((name, qtype))
        return lookup(name, qtype, *args, **kwargs)

    spf.DNSLookup = counted  # looked up as a global on each query
    times, result = [], None
    for run in range(options.warmup + options.runs):
        queries.clear()
        started = time.perf_counter()
        result, _ = spf.check2(i=CLIENT, s=SENDER, h=HELO)
        elapsed = (time.perf_counter() - started) * 1000
        if result != "pass":
            break  # reported by measure()
        if len(queries) < RECORDS:
            sys.exit(f"spf_bench: pyspf made {len(queries)} queries, not {RECORDS}: a cache? {queries}")
        if run >= options.warmup:
            times.append(elapsed)
    times = times or [elapsed]
    return {"result": result, "version": spf.__version__, "backend": backend, "queries": len(queries),
            "median": statistics.median(times), "min": min(times), "max": max(times)}


if __name__ == "__main__":
    main()
