#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A firewall lab for SMTP Doctor's tests, in network namespaces.

    netlab.py start --state-dir DIR
    netlab.py stop --state-dir DIR

start builds a small private network: one namespace per host, each joined by
a veth to a bridge in a "switch" namespace. There is one L2 segment,
10.250.0.0/24 and fd00:250::/64, and nothing else: no veth reaches the root
namespace and no namespace has a default route, so nothing in the lab can
talk to the outside world (and nothing outside can talk to it).

    client          10.250.0.2   fd00:250::2    no firewall
    client_blocked  10.250.0.3   fd00:250::3    output: tcp dport 587 dropped
    client_webonly  10.250.0.4   fd00:250::4    output: tcp dport 25,465,587,2525 dropped
    client_flaky    10.250.0.5   fd00:250::5    output: every third SYN to port 587 dropped
                                                (an nftables counter: numgen inc mod 3)
    client_far      10.250.0.6   fd00:250::6    20 ms from everyone (a 10 ms each way wire,
                                                delay_wire.py: this kernel has no netem);
                                                output: tcp dport 2600 reset (this machine's
                                                own firewall rejects it)
    server          10.250.0.10  fd00:250::10   aiosmtpd on 587 (v4 and v6); input:
                                                25 reset, 465 dropped, 2525 rejected
                                                with host/addr-unreachable, v6 587 dropped,
                                                2600 and 2601 dropped
    dead            10.250.0.20                 input: all tcp dropped
    control         10.250.0.30  fd00:250::30   greets "220 control.lab.test ESMTP" on
                                                25, 465, 587, 2525; accepts on 443; input:
                                                2600 and 2601 rejected with tcp reset
    dns             10.250.0.53                 NSD, authoritative for lab.test.

Names come from tests/data/zones/lab.test.zone. Namespaces are called
PREFIX-ROLE with PREFIX "sdl" + 4 random hex digits, so a stale lab never
clashes with a new one. start waits until every listener accepts (checked
from inside the lab) and writes DIR/netlab.json: the namespaces, addresses,
every process started (pid, which is also its process group, and command
line), "dns": "10.250.0.53@53" and "ready_seconds". The record is written
as the lab grows, so stop can clean up even after a start that was killed.

When the lab cannot exist here (not root, no network namespaces, no
nftables), start writes {"skipped": "<reason>"} and exits 0: the tests that
need the lab skip with that reason. Any other failure removes what was made,
prints why and exits 1.

stop kills the recorded process groups (after checking /proc/PID/cmdline, so
a reused pid is never signalled), deletes the recorded namespaces and removes
the json. Stopping a lab that is not there is not an error. Starting a lab
that is already up and complete does nothing.

start and stop take DIR/netlab.lock, so two ctest runs sharing a build
directory never build or tear down the lab at the same time. (They still
share one lab: the first run's stop removes it under the second one.)

Internal commands, run inside the lab's namespaces by start:
    netlab.py control --address ADDR ...    the control host's listeners
    netlab.py probe TARGET ...              wait until targets answer
"""

import argparse
import asyncio
import contextlib
import fcntl
import ipaddress
import json
import os
import secrets
import shutil
import signal
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

from nsd import nsd_command
from processes import ProcessError, cmdline_of, kill_group, load_record, log_tail, owns_group

HERE = Path(__file__).resolve().parent
SCRIPT = Path(__file__).resolve()
ZONE_FILE = HERE.parent / "data" / "zones" / "lab.test.zone"
SMTP_PEER = HERE / "smtp_peer.py"
PYTHON = "/usr/bin/python3"  # Debian's, which sees python3-aiosmtpd
RECORD_NAME = "netlab.json"
LOCK_NAME = "netlab.lock"
LOCK_TIMEOUT = 120.0
READY_TIMEOUT = 20.0
COMMAND_TIMEOUT = 30.0

LAB_NETWORKS = {4: ipaddress.ip_network("10.250.0.0/24"),
                6: ipaddress.ip_network("fd00:250::/64")}
V4_PREFIX_LEN = 24
V6_PREFIX_LEN = 64
DNS_PORT = 53
ZONE = "lab.test"
SMTP_PORTS = (25, 465, 587, 2525)
WEB_PORTS = (443,)
CONTROL_NAME = "control.lab.test"
CONTROL_TIMEOUT = 5.0
DELAY_WIRE = HERE / "delay_wire.py"
# role: one-way delay in ms of its link to the switch (a delay_wire.py
# instead of a veth)
DELAYED_LINKS = {"client_far": 10}
TAP_TIMEOUT = 5.0

# role: (IPv4, IPv6 or None)
HOSTS = {
    "client": ("10.250.0.2", "fd00:250::2"),
    "client_blocked": ("10.250.0.3", "fd00:250::3"),
    "client_webonly": ("10.250.0.4", "fd00:250::4"),
    "client_flaky": ("10.250.0.5", "fd00:250::5"),
    "client_far": ("10.250.0.6", "fd00:250::6"),
    "server": ("10.250.0.10", "fd00:250::10"),
    "dead": ("10.250.0.20", None),
    "control": ("10.250.0.30", "fd00:250::30"),
    "dns": ("10.250.0.53", None),
}

# nftables rules per role. "iif lo accept" keeps each host able to reach its
# own listeners (used by the readiness check), without changing anything
# that comes over the lab's wire.
FIREWALLS = {
    "client_blocked": """
table inet netlab {
    chain output {
        type filter hook output priority filter; policy accept;
        tcp dport 587 drop
    }
}
""",
    "client_webonly": """
table inet netlab {
    chain output {
        type filter hook output priority filter; policy accept;
        tcp dport { 25, 465, 587, 2525 } drop
    }
}
""",
    # "Works sometimes": one connection in three never gets through. A
    # counter, not `numgen random`, so that a run's drops are exactly one in
    # three. Every SYN counts, retransmissions too: a client that gives up
    # before the first one (after 1 s) sees one connection in three dropped.
    "client_flaky": """
table inet netlab {
    chain output {
        type filter hook output priority filter; policy accept;
        tcp dport 587 tcp flags & (syn | ack) == syn numgen inc mod 3 == 0 drop
    }
}
""",
    # This machine's own firewall rejects 2600 with a reset, which comes back
    # at once, far sooner than the 20 ms round trip to any other host.
    "client_far": """
table inet netlab {
    chain output {
        type filter hook output priority filter; policy accept;
        tcp dport 2600 reject with tcp reset
    }
}
""",
    "server": """
table inet netlab {
    chain input {
        type filter hook input priority filter; policy accept;
        iif "lo" accept
        tcp dport 25 reject with tcp reset
        tcp dport 465 drop
        tcp dport { 2600, 2601 } drop
        meta nfproto ipv4 tcp dport 2525 reject with icmp type host-unreachable
        meta nfproto ipv6 tcp dport 2525 reject with icmpv6 type addr-unreachable
        meta nfproto ipv6 tcp dport 587 drop
    }
}
""",
    # The reference host's own firewall resets 2600 and 2601: an answer from
    # the far end, one round trip away.
    "control": """
table inet netlab {
    chain input {
        type filter hook input priority filter; policy accept;
        iif "lo" accept
        tcp dport { 2600, 2601 } reject with tcp reset
    }
}
""",
    "dead": """
table inet netlab {
    chain input {
        type filter hook input priority filter; policy accept;
        iif "lo" accept
        meta l4proto tcp drop
    }
}
""",
}

# Per-namespace sysctls. DAD off, so an IPv6 address is usable the moment it
# is added (the addresses also carry "nodad"). ICMP rate limits off, so every
# rejected SYN gets its host/address-unreachable even when tests run back to
# back (the default lets ~6 through, then 1 per second per peer).
HOST_SYSCTLS = [
    "net.ipv6.conf.all.accept_dad=0",
    "net.ipv6.conf.default.accept_dad=0",
    "net.ipv6.conf.all.disable_ipv6=0",
    "net.ipv6.conf.default.disable_ipv6=0",
    "net.ipv4.icmp_ratelimit=0",
    "net.ipv6.icmp.ratelimit=0",
]
# The switch only forwards frames: no addresses of its own.
SWITCH_SYSCTLS = [
    "net.ipv6.conf.all.disable_ipv6=1",
    "net.ipv6.conf.default.disable_ipv6=1",
]


class Skip(Exception):
    """The lab cannot run on this machine: record why and let tests skip."""


class LabError(Exception):
    """The lab should run here but did not come up."""


# --------------------------------------------------------------------------
# Small helpers


def run(argv, stdin=None, skip=False):
    """Run a command; raise LabError (or Skip with skip=True) with its stderr
    if it fails."""
    try:
        done = subprocess.run(argv, input=stdin, capture_output=True, text=True,
                              timeout=COMMAND_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise (Skip if skip else LabError)(f"`{' '.join(argv)}` failed: {error}")
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip() or f"exit status {done.returncode}"
        raise (Skip if skip else LabError)(f"`{' '.join(argv)}` failed: {detail}")
    return done.stdout


def netns_exists(name):
    return Path("/run/netns", name).exists()


def netns_pids(name):
    try:
        out = subprocess.run(["ip", "netns", "pids", name], capture_output=True,
                             text=True, timeout=COMMAND_TIMEOUT).stdout
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [int(word) for word in out.split() if word.isdigit()]


def write_record(path, record):
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(record, indent=2) + "\n")
    temporary.replace(path)


# --------------------------------------------------------------------------
# Building the lab


class Lab:
    def __init__(self, state):
        self.state = state
        self.work = state / "netlab"
        self.record_path = state / RECORD_NAME
        self.prefix = "sdl" + secrets.token_hex(2)
        self.namespaces = {}   # role -> namespace name, in creation order
        self.processes = []    # dicts: name, role, namespace, pid, cmdline, log
        self.popen = {}        # name -> Popen, for this run only
        self.began = time.monotonic()
        self.status = "starting"

    # The record, rewritten after each step so a killed start leaves a trail.
    def record(self, **extra):
        addresses = {role: {"ipv4": v4, **({"ipv6": v6} if v6 else {})}
                     for role, (v4, v6) in HOSTS.items()}
        data = {
            "name": "netlab",
            "status": self.status,
            "prefix": self.prefix,
            "namespaces": dict(self.namespaces),
            "addresses": addresses,
            "dns": f"{HOSTS['dns'][0]}@{DNS_PORT}",
            "zone": ZONE + ".",
            "zone_file": str(self.work / f"{ZONE}.zone"),
            "control_host": CONTROL_NAME,
            "pids": [process["pid"] for process in self.processes],
            "processes": list(self.processes),
            **extra,
        }
        write_record(self.record_path, data)
        return data

    def ns(self, role):
        return self.namespaces[role]

    def add_namespace(self, role, skip=False):
        name = f"{self.prefix}-{role.replace('_', '-')}"
        if netns_exists(name):  # not ours: never touch it
            raise LabError(f"namespace {name} already exists")
        # Recorded before it exists, so a start killed right here still
        # leaves its name for stop.
        self.namespaces[role] = name
        self.record()
        try:
            run(["ip", "netns", "add", name], skip=skip)
        except (Skip, LabError):
            if not netns_exists(name):
                del self.namespaces[role]
                self.record()
            raise
        run(["ip", "-n", name, "link", "set", "lo", "up"], skip=skip)
        return name

    def preflight_and_switch(self):
        """Create the switch namespace and its bridge, and check that veths
        and nftables work in a namespace. Failures here mean the lab cannot
        run on this machine: Skip."""
        if os.geteuid() != 0:
            raise Skip(f"the firewall lab needs root to create network namespaces "
                       f"(running as uid {os.geteuid()})")
        for tool in ("ip", "nft", "sysctl"):
            if shutil.which(tool) is None:
                raise Skip(f"the firewall lab needs `{tool}`, which is not installed")
        switch = self.add_namespace("switch", skip=True)
        run(["ip", "netns", "exec", switch, "sysctl", "-q", "-w", *SWITCH_SYSCTLS], skip=True)
        run(["ip", "-n", switch, "link", "add", "br0", "type", "bridge", "stp_state", "0",
             "forward_delay", "0", "mcast_snooping", "0"], skip=True)
        run(["ip", "-n", switch, "link", "set", "br0", "up"], skip=True)
        run(["ip", "-n", switch, "link", "add", "probe0", "type", "veth",
             "peer", "name", "probe1"], skip=True)
        run(["ip", "-n", switch, "link", "del", "probe0"], skip=True)
        run(["ip", "netns", "exec", switch, "nft", "-f", "-"], skip=True,
            stdin="table inet netlab_probe {\n"
                  "  chain output { type filter hook output priority filter; policy accept;\n"
                  "    tcp dport 587 drop\n"
                  "    meta nfproto ipv4 tcp dport 2525 reject with icmp type host-unreachable\n"
                  "    meta nfproto ipv6 tcp dport 2525 reject with icmpv6 type addr-unreachable\n"
                  "  }\n}\n")
        run(["ip", "netns", "exec", switch, "nft", "delete", "table", "inet", "netlab_probe"],
            skip=True)

    def add_host(self, index, role):
        v4, v6 = HOSTS[role]
        name = self.add_namespace(role)
        run(["ip", "netns", "exec", name, "sysctl", "-q", "-w", *HOST_SYSCTLS])
        port = f"p{index}"
        if role in DELAYED_LINKS:
            self.add_delayed_link(role, port, DELAYED_LINKS[role])
        else:
            # Both ends are made inside the lab: the port in the switch, eth0
            # in the host. Nothing is ever attached to the root namespace.
            run(["ip", "-n", self.ns("switch"), "link", "add", port, "type", "veth",
                 "peer", "name", "eth0", "netns", name])
        run(["ip", "-n", self.ns("switch"), "link", "set", port, "master", "br0", "up"])
        run(["ip", "-n", name, "link", "set", "eth0", "up"])
        run(["ip", "-n", name, "addr", "add", f"{v4}/{V4_PREFIX_LEN}", "dev", "eth0"])
        if v6:
            run(["ip", "-n", name, "addr", "add", f"{v6}/{V6_PREFIX_LEN}", "dev", "eth0",
                 "nodad"])
        if role in FIREWALLS:
            run(["ip", "netns", "exec", name, "nft", "-f", "-"], stdin=FIREWALLS[role])

    def add_delayed_link(self, role, port, delay_ms):
        """The host's eth0 and the switch's port are the two TAP ends of a
        delay_wire.py running in the switch: both stay inside the lab."""
        far_end = f"{port}h"
        self.launch(f"wire-{role}", "switch",
                    [PYTHON, str(DELAY_WIRE), "--delay-ms", str(delay_ms),
                     "--tap", port, "--tap", far_end])
        deadline = time.monotonic() + TAP_TIMEOUT
        while True:
            links = run(["ip", "-n", self.ns("switch"), "-o", "link", "show"])
            if all(f" {tap}:" in links for tap in (port, far_end)):
                break
            process = self.popen[f"wire-{role}"]
            if process.poll() is not None or time.monotonic() > deadline:
                log = self.processes[-1]["log"]
                raise LabError(f"delay_wire for {role} did not make its devices; "
                               f"last lines of {log}:\n{log_tail(log)}")
            time.sleep(0.02)
        run(["ip", "-n", self.ns("switch"), "link", "set", far_end, "netns", self.ns(role)])
        run(["ip", "-n", self.ns(role), "link", "set", far_end, "name", "eth0"])

    def check_isolated(self):
        """No namespace may have a route beyond the lab's own segment."""
        for role, name in self.namespaces.items():
            for family in ("-4", "-6"):
                routes = run(["ip", "-n", name, family, "route", "show", "table", "all"])
                for line in routes.splitlines():
                    if line.startswith("default") or " via " in line:
                        raise LabError(f"namespace {name} has a route out of the lab: {line}")

    def launch(self, name, role, argv):
        log_path = self.work / f"{name}.log"
        with open(log_path, "wb") as log:
            proc = subprocess.Popen(["ip", "netns", "exec", self.ns(role), *argv],
                                    cwd=self.work, stdin=subprocess.DEVNULL, stdout=log,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        # `ip netns exec` enters the namespace and execs argv in place: the
        # pid is the server's, and its /proc cmdline will be argv.
        self.popen[name] = proc
        self.processes.append({"name": name, "role": role, "namespace": self.ns(role),
                               "pid": proc.pid, "cmdline": list(argv),
                               "log": str(log_path)})
        self.record()

    def dns_config(self):
        directory = self.work / "dns"
        directory.mkdir(exist_ok=True)
        zone = self.work / f"{ZONE}.zone"
        shutil.copyfile(ZONE_FILE, zone)
        return nsd_command(directory, HOSTS["dns"][0], DNS_PORT, [(ZONE, zone)])

    def start_servers(self):
        for tool in (PYTHON, shutil.which("nsd") or "/usr/sbin/nsd"):
            if not os.access(tool, os.X_OK):
                raise LabError(f"{tool} is missing: run installer/setup.sh test")
        server_v4, server_v6 = HOSTS["server"]
        for family, address in (("v4", server_v4), ("v6", server_v6)):
            self.launch(f"server-smtp-{family}", "server",
                        [PYTHON, str(SMTP_PEER), "--host", address, "--port", "587",
                         "--mode", "normal", "--allow-lab-address"])
        control_v4, control_v6 = HOSTS["control"]
        self.launch("control", "control",
                    [PYTHON, str(SCRIPT), "control", "--address", control_v4,
                     "--address", control_v6])
        self.launch("dns", "dns", self.dns_config())

    def wait_ready(self):
        """Probe every listener from inside the lab until it answers: the
        server's IPv4 587, the control's ports and the DNS from `client`, the
        server's IPv6 587 (dropped on the wire by design) from the server
        itself."""
        server_v4, server_v6 = HOSTS["server"]
        control_v4, control_v6 = HOSTS["control"]
        dns = HOSTS["dns"][0]
        from_client = [f"tcp:{server_v4}:587",
                       f"tcp:{dns}:{DNS_PORT}", f"dns:{dns}:{DNS_PORT}:server.{ZONE}"]
        for address in (control_v4, control_v6):
            from_client += [f"tcp:{address}:{port}" for port in SMTP_PORTS + WEB_PORTS]
        probes = {
            "client": from_client,
            "client_far": [f"tcp:{control_v4}:587", f"tcp:{control_v6}:587"],
            "server": [f"tcp:{server_v6}:587"],
        }
        running = {}
        for role, targets in probes.items():
            running[role] = subprocess.Popen(
                ["ip", "netns", "exec", self.ns(role), PYTHON, str(SCRIPT), "probe",
                 "--timeout", str(READY_TIMEOUT), *targets],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                text=True)
        try:
            while any(proc.poll() is None for proc in running.values()):
                for name, proc in self.popen.items():
                    if proc.poll() is not None:
                        log = next(p["log"] for p in self.processes if p["name"] == name)
                        raise LabError(f"{name} exited with status {proc.returncode}; "
                                       f"last lines of {log}:\n{log_tail(log)}")
                time.sleep(0.05)
        finally:
            for proc in running.values():
                if proc.poll() is None:
                    proc.kill()
                proc.wait()
        for role, proc in running.items():
            if proc.returncode != 0:
                logs = "\n".join(f"--- {p['log']}\n{log_tail(p['log'], 5)}"
                                 for p in self.processes)
                raise LabError(f"listeners not ready, seen from {role}: "
                               f"{proc.stdout.read().strip()}\n{logs}")

    def build(self):
        self.work.mkdir(parents=True, exist_ok=True)
        self.record()
        self.preflight_and_switch()
        for index, role in enumerate(HOSTS, start=1):
            self.add_host(index, role)
        self.check_isolated()
        self.start_servers()
        self.wait_ready()
        self.status = "ready"
        ready = round(time.monotonic() - self.began, 3)
        return self.record(ready_seconds=ready)


# --------------------------------------------------------------------------
# Tearing down (shared by stop and by a failed start)


def teardown(record):
    """Kill the recorded process groups and delete the recorded namespaces.
    Returns a list of problems (empty when everything is gone)."""
    problems = []
    for process in reversed(record.get("processes", [])):
        try:
            if owns_group(process):
                kill_group(process["pid"])
        except (LabError, ProcessError, PermissionError) as error:
            problems.append(f"{process['name']} (pid {process['pid']}): {error}")
    namespaces = list(record.get("namespaces", {}).values())
    # Hosts first, the switch (created first) last.
    for name in reversed(namespaces):
        if not netns_exists(name):
            continue
        leftovers = netns_pids(name)
        if leftovers:
            # Not recorded, so not ours to kill: say so loudly instead.
            problems.append(f"namespace {name} still has processes {leftovers} "
                            f"that netlab did not record; not killing them")
        try:
            run(["ip", "netns", "delete", name])
        except LabError as error:
            if netns_exists(name):
                problems.append(str(error))
    return problems


def lab_alive(record):
    return (record.get("status") == "ready"
            and all(netns_exists(name) for name in record.get("namespaces", {}).values())
            and all(owns_group(process) for process in record.get("processes", [])))


# --------------------------------------------------------------------------
# Commands


@contextlib.contextmanager
def state_lock(state):
    """One start or stop at a time per state directory: two ctest runs that
    share a build directory must not build or tear down the lab at once."""
    state.mkdir(parents=True, exist_ok=True)
    with open(state / LOCK_NAME, "w") as lock:
        deadline = time.monotonic() + LOCK_TIMEOUT
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise LabError(f"{state / LOCK_NAME} still locked after "
                                   f"{LOCK_TIMEOUT:.0f} s by another netlab start or stop")
                time.sleep(0.1)
        yield  # the lock goes with the file


def start(state):
    try:
        with state_lock(state):
            return start_locked(state)
    except LabError as why:
        print(f"netlab: {why}")
        return 1


def stop(state):
    try:
        with state_lock(state):
            return stop_locked(state)
    except LabError as why:
        print(f"netlab: {why}")
        return 1


def start_locked(state):
    record_path = state / RECORD_NAME
    old = load_record(record_path)
    if old and "skipped" not in old:
        if lab_alive(old):
            print(f"netlab: lab {old['prefix']} already running, left as is "
                  f"(see {record_path})")
            return 0
        problems = teardown(old)
        if problems:
            print("netlab: could not clear the previous lab:\n  " + "\n  ".join(problems))
            return 1
        print(f"netlab: cleared what was left of lab {old.get('prefix')}")
    record_path.unlink(missing_ok=True)

    lab = Lab(state)

    def interrupted(signum, frame):
        raise LabError(f"interrupted by signal {signal.Signals(signum).name}")

    signal.signal(signal.SIGTERM, interrupted)
    signal.signal(signal.SIGHUP, interrupted)
    try:
        record = lab.build()
    except Skip as why:
        teardown(lab.record())
        write_record(record_path, {"name": "netlab", "skipped": str(why)})
        print(f"netlab: SKIPPED, the firewall lab cannot run here: {why}")
        return 0
    except (Exception, KeyboardInterrupt) as why:  # anything: clean up, then say why
        problems = teardown(lab.record())
        record_path.unlink(missing_ok=True)
        print(f"netlab: failed to start: {why}")
        if problems:
            print("netlab: and could not clean up everything:\n  " + "\n  ".join(problems))
        return 1
    print(f"netlab: lab {record['prefix']} ready in {record['ready_seconds']:.2f} s "
          f"({len(record['namespaces'])} namespaces, pids {record['pids']}), "
          f"see {record_path}")
    return 0


def stop_locked(state):
    record_path = state / RECORD_NAME
    record = load_record(record_path)
    if record is None:
        print(f"netlab: no lab recorded (no {record_path}), nothing to stop")
        return 0
    if "skipped" in record:
        record_path.unlink(missing_ok=True)
        print(f"netlab: the lab was skipped ({record['skipped']}), nothing to stop")
        return 0
    began = time.monotonic()
    problems = teardown(record)
    if problems:
        print("netlab: stop left things behind (record kept, run stop again):\n  "
              + "\n  ".join(problems))
        return 1
    record_path.unlink(missing_ok=True)
    print(f"netlab: stopped lab {record.get('prefix')} (pids {record.get('pids')}, "
          f"namespaces {sorted(record.get('namespaces', {}).values())}) "
          f"in {time.monotonic() - began:.2f} s")
    return 0


# --------------------------------------------------------------------------
# Internal: the control host's listeners


def control(addresses):
    for address in addresses:
        require_lab_address(address)

    async def smtp(reader, writer):
        loop = asyncio.get_running_loop()
        deadline = loop.time() + CONTROL_TIMEOUT
        try:
            writer.write(f"220 {CONTROL_NAME} ESMTP netlab control\r\n".encode())
            await writer.drain()
            while (remaining := deadline - loop.time()) > 0:
                try:
                    line = await asyncio.wait_for(reader.readline(), remaining)
                except asyncio.TimeoutError:
                    break
                if not line:
                    break
                verb = line.strip().split(b" ")[0].upper()
                if verb == b"QUIT":
                    writer.write(f"221 2.0.0 {CONTROL_NAME} closing\r\n".encode())
                    await writer.drain()
                    break
                if verb in (b"EHLO", b"HELO"):
                    writer.write(f"250 {CONTROL_NAME}\r\n".encode())
                elif verb in (b"NOOP", b"RSET"):
                    writer.write(b"250 2.0.0 OK\r\n")
                else:
                    writer.write(f"502 5.5.1 {CONTROL_NAME} only greets\r\n".encode())
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()

    async def web(reader, writer):
        writer.close()

    async def main():
        loop = asyncio.get_running_loop()
        servers = []
        for address in addresses:
            for port in SMTP_PORTS:
                servers.append(await asyncio.start_server(smtp, host=address, port=port))
            for port in WEB_PORTS:
                servers.append(await asyncio.start_server(web, host=address, port=port))
        print(f"control listening on {addresses}, ports {SMTP_PORTS + WEB_PORTS}", flush=True)
        stop_event = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop_event.set)
        await stop_event.wait()
        for server in servers:
            server.close()

    asyncio.run(main())
    return 0


# --------------------------------------------------------------------------
# Internal: readiness probe, run inside a lab namespace


def dns_query_ok(address, port, name):
    """True when the server answers `name` A authoritatively with an address."""
    ident = secrets.randbits(16)
    question = b"".join(bytes([len(label)]) + label.encode() for label in name.split("."))
    packet = struct.pack("!HHHHHH", ident, 0, 1, 0, 0, 0) + question + b"\0" \
        + struct.pack("!HH", 1, 1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(0.5)
        sock.sendto(packet, (address, port))
        reply = sock.recv(4096)
    got_id, flags, _, answers, _, _ = struct.unpack("!HHHHHH", reply[:12])
    return got_id == ident and flags & 0x000F == 0 and flags & 0x0400 and answers > 0


def require_lab_address(address):
    """The lab's internal commands only ever talk to the lab itself."""
    if ipaddress.ip_address(address) not in LAB_NETWORKS[ipaddress.ip_address(address).version]:
        raise SystemExit(f"netlab: {address} is not a lab address "
                         f"({', '.join(str(n) for n in LAB_NETWORKS.values())})")


def probe_once(target):
    kind, rest = target.split(":", 1)
    try:
        if kind == "tcp":
            address, port = rest.rsplit(":", 1)
            require_lab_address(address)
            with socket.create_connection((address, int(port)), timeout=0.5):
                return True
        if kind == "dns":
            address, port, name = rest.split(":")
            require_lab_address(address)
            return bool(dns_query_ok(address, int(port), name))
    except OSError:
        return False
    raise SystemExit(f"unknown probe target {target}")


def probe(targets, timeout):
    waiting = list(targets)
    deadline = time.monotonic() + timeout
    while waiting and time.monotonic() < deadline:
        waiting = [target for target in waiting if not probe_once(target)]
        if waiting:
            time.sleep(0.05)
    if waiting:
        print(f"no answer after {timeout:.0f} s from: {' '.join(waiting)}")
        return 1
    return 0


def state_dir(args):
    """--state-dir, unless SMTP_DOCTOR_PEER_DIR_OVERRIDE names another (two
    ctest runs in one build tree, each with its own peers)."""
    override = os.environ.get("SMTP_DOCTOR_PEER_DIR_OVERRIDE")
    return Path(override) if override else args.state_dir


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("start", "stop"):
        sub = commands.add_parser(name)
        sub.add_argument("--state-dir", required=True, type=Path, metavar="DIR")
    sub = commands.add_parser("control", help="internal: the control host's listeners")
    sub.add_argument("--address", action="append", required=True)
    sub = commands.add_parser("probe", help="internal: wait until targets answer")
    sub.add_argument("--timeout", type=float, default=READY_TIMEOUT)
    sub.add_argument("targets", nargs="+", metavar="tcp:ADDR:PORT|dns:ADDR:PORT:NAME")
    args = parser.parse_args()
    if args.command == "start":
        return start(state_dir(args).resolve())
    if args.command == "stop":
        return stop(state_dir(args).resolve())
    if args.command == "control":
        return control(args.address)
    return probe(args.targets, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
