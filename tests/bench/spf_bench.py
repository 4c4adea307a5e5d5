#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: SPF evaluation time, SMTP Doctor against pyspf, same zone, same server.

    tests/bench/spf_bench.py [BUILD_DIR] [--runs N] [--warmup N] [--delay-ms MS]

Starts the dns-domains peer (NSD on 127.0.0.1, tests/peers/peerctl.py) in a
temporary state directory and evaluates SPF, client 127.0.0.1, for two
trees: spf-tree10.test (ten includes, the most RFC 7208 allows, and
127.0.0.1 only in the last one, so every evaluation must fetch all eleven
TXT records) and spf-mixed.test (a, mx, include, and exists on macros: 13
queries, "pass" from the last term). Each tree twice: against NSD directly
(a DNS server that answers at once, as a caching resolver on the same
machine does) and through tests/bench/dns_delay_proxy.py, which holds every
answer --delay-ms (20 by default): a server one round trip away. Both sides
must say "pass", otherwise the script says so and stops with status 1.

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

Prints median, minimum and maximum of every figure, the load average before
and after, and the ratio SMTP Doctor / pyspf (below 1: SMTP Doctor is
faster), then stops the proxy and the peer. A benchmark, not a test: it never fails on
a slow figure. Run it with Debian's Python, the one that sees python3-spf.
"""

import argparse
import builtins
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from figures import load, spread  # noqa: E402
import figures  # noqa: E402


def shown(figure, unit="ms", digits=3):
    return figures.shown(figure, unit, digits)

ROOT = Path(__file__).resolve().parents[2]
PEERCTL = ROOT / "tests" / "peers" / "peerctl.py"
DELAY_PROXY = ROOT / "tests" / "bench" / "dns_delay_proxy.py"
PEER = "dns-domains"
CLIENT = "127.0.0.1"
# domain: the TXT records one evaluation must fetch at least (no cache
# between evaluations on either side)
TREES = {"spf-tree10.test": 11, "spf-mixed.test": 4}
RESOLV_CONF = "/etc/resolv.conf"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", nargs="?", default=str(ROOT / "build"))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--delay-ms", type=float, default=20.0)
    options = parser.parse_args()
    cli = Path(options.build) / "app" / "cli" / "smtp-doctor-cli"
    if not cli.exists():
        sys.exit(f"spf_bench: no CLI at {cli}: build first")

    with tempfile.TemporaryDirectory(prefix="spf-bench-") as state:
        subprocess.run([sys.executable, PEERCTL, "start", PEER, "--state-dir", state], check=True)
        try:
            peer = json.loads(Path(state, f"{PEER}.json").read_text())
            for domain in TREES:
                if f"{domain}." not in peer["zones"]:
                    sys.exit(f"spf_bench: the {PEER} peer does not serve {domain}")
            print(f"spf bench: {options.runs} runs per figure after {options.warmup} warm-up "
                  f"runs; before: {load()}")
            direct = peer["ports"]["dns"]
            proxy = start_proxy(direct, options.delay_ms, state)
            try:
                rows = []
                for domain in TREES:
                    for label, port in (("direct", direct),
                                        (f"{options.delay_ms:g} ms away", proxy["port"])):
                        rows.append(measure(cli, domain, label, port, options))
            finally:
                proxy["process"].terminate()
                proxy["process"].wait()
            print(f"spf bench: after: {load()}")
            for row in rows:
                print("spf bench: " + row)
        finally:
            subprocess.run([sys.executable, PEERCTL, "stop", PEER, "--state-dir", state], check=False)


def start_proxy(upstream, delay_ms, state):
    ready = Path(state, "dns-delay.json")
    process = subprocess.Popen([sys.executable, DELAY_PROXY, "--upstream",
                                f"127.0.0.1@{upstream}", "--delay-ms", str(delay_ms),
                                "--ready", str(ready)])
    deadline = time.monotonic() + 10
    while not ready.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            sys.exit("spf_bench: the DNS delay proxy did not start")
        time.sleep(0.02)
    return {"process": process, "port": json.loads(ready.read_text())["port"]}


def measure(cli, domain, label, port, options):
    doctor = run_doctor(cli, domain, port, options)
    pyspf = run_pyspf(domain, port, options)
    if doctor["result"] != "pass" or pyspf["result"] != "pass":
        sys.exit(f"spf_bench: {domain} ({label}): both sides must say pass: SMTP Doctor "
                 f"{doctor['result']!r}, pyspf {pyspf['result']!r}; no ratio, no figure to keep")
    ratio = doctor["elapsed"]["median"] / pyspf["time"]["median"]
    return (f"{domain}, DNS {label}: smtp-doctor-cli spf elapsed_ms {shown(doctor['elapsed'])}, "
            f"{doctor['queries']} queries, {doctor['dns_lookups']} lookups counted; "
            f"process wall {shown(doctor['wall'])}; pyspf {pyspf['version']} "
            f"({pyspf['backend']}) check2 {shown(pyspf['time'])}, {pyspf['queries']} queries; "
            f"SMTP Doctor / pyspf = {ratio:.2f} (elapsed_ms medians)")


def run_doctor(cli, domain, port, options):
    """Wall time of whole CLI processes, in ms, and the json's own elapsed_ms."""
    command = [str(cli), "spf", "--domain", domain, "--ip", CLIENT, "--sender",
               f"postmaster@{domain}", "--helo", f"mail.{domain}", "--resolver",
               f"127.0.0.1@{port}", "--format", "json"]
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
            elapsed.append(float(report["elapsed_ms"]))
    walls = walls or [wall]
    return {"result": report.get("result"), "dns_lookups": report.get("dns_lookups"),
            "queries": report.get("queries"), "wall": spread(walls),
            "elapsed": spread(elapsed or [0.0])}


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


PYSPF = {}


def run_pyspf(domain, port, options):
    """Time of one spf.check2() call, in ms, in this process."""
    if "spf" not in PYSPF:
        PYSPF["spf"], PYSPF["backend"] = import_pyspf(port)
        PYSPF["lookup"] = PYSPF["spf"].DNSLookup
    spf, backend = PYSPF["spf"], PYSPF["backend"]
    if spf.DNSLookup is not PYSPF["lookup"]:
        spf.DNSLookup = PYSPF["lookup"]
    point_at(spf, port)
    lookup = spf.DNSLookup
    queries = []

    def counted(name, qtype, *args, **kwargs):
        queries.append((name, qtype))
        return lookup(name, qtype, *args, **kwargs)

    spf.DNSLookup = counted  # looked up as a global on each query
    times, result = [], None
    try:
        for run in range(options.warmup + options.runs):
            queries.clear()
            started = time.perf_counter()
            result, _ = spf.check2(i=CLIENT, s=f"postmaster@{domain}", h=f"mail.{domain}")
            elapsed = (time.perf_counter() - started) * 1000
            if result != "pass":
                break  # reported by measure()
            txt = sum(1 for _, qtype in queries if str(qtype).upper() == "TXT")
            if txt < TREES[domain]:
                sys.exit(f"spf_bench: pyspf made {txt} TXT queries for {domain}, not "
                         f"{TREES[domain]}: a cache? {queries}")
            if run >= options.warmup:
                times.append(elapsed)
    finally:
        spf.DNSLookup = lookup
    times = times or [elapsed]
    return {"result": result, "version": spf.__version__, "backend": backend,
            "queries": len(queries), "time": spread(times)}


def point_at(spf, port):
    """pydns or dnspython, asking 127.0.0.1@port only."""
    if spf.DNSLookup is spf.DNSLookup_pydns:
        spf.DNS.defaults["server"] = ["127.0.0.1"]
        spf.DNS.defaults["port"] = port
        where = (spf.DNS.defaults["server"], spf.DNS.defaults["port"])
    else:
        import dns.resolver
        dns.resolver.get_default_resolver().port = port
        where = (dns.resolver.get_default_resolver().nameservers,
                 dns.resolver.get_default_resolver().port)
    if where != (["127.0.0.1"], port):
        sys.exit(f"spf_bench: pyspf would ask {where}, not 127.0.0.1@{port}")


if __name__ == "__main__":
    main()
