#!/usr/bin/python3
"""Start and stop the real servers that SMTP Doctor's tests talk to.

    peerctl.py start NAME --state-dir DIR
    peerctl.py stop NAME --state-dir DIR

start picks free ports on 127.0.0.1, runs the peer in the background in its
own session (output in DIR/NAME.log), waits until every port accepts TCP
connections and writes DIR/NAME.json:

    {"pid": ..., "ports": {"smtp": ...}, "cmdline": [...], ...extras}

Starting a peer that is already running (same pid and command line) does
nothing. stop signals the peer's process group, but only after checking that
the recorded pid still runs the recorded command line. See README.md.
"""

import argparse
import dataclasses
import fcntl
import json
import os
import pwd
import grp
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE_FILE = HERE.parent / "data" / "zones" / "doctor.test.zone"
HOST = "127.0.0.1"
PYTHON = "/usr/bin/python3"  # Debian's, which sees python3-aiosmtpd
READY_TIMEOUT = 15.0
STOP_TIMEOUT = 5.0

EXIM_USER = "doctor"
EXIM_PASSWORD = "s3cret-Passw0rd"

PEER_HOSTNAME = "peer.doctor.test"  # smtp_peer.py's greeting
# A hosting provider's transparent SMTP proxy answers in the target's place.
INTERCEPT_HOSTNAME = "p3plcpnl0123.prod.phx3.secureserver.net"


@dataclasses.dataclass
class Launch:
    """What a peer function returns: how to run it and what to record."""
    cmdline: list
    ports: dict
    extra: dict = dataclasses.field(default_factory=dict)


# --------------------------------------------------------------------------
# Ports


def free_ports(count, udp_too=False):
    """Return `count` distinct TCP ports on HOST that are free right now
    (and, with udp_too, free for UDP under the same number as well)."""
    held, ports = [], []
    try:
        while len(ports) < count:
            tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            held.append(tcp)
            tcp.bind((HOST, 0))
            port = tcp.getsockname()[1]
            if udp_too:
                udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                held.append(udp)
                try:
                    udp.bind((HOST, port))
                except OSError:
                    continue  # UDP twin taken: try another number
            ports.append(port)
    finally:
        for sock in held:
            sock.close()
    return ports


def accepts_tcp(port):
    try:
        with socket.create_connection((HOST, port), timeout=0.5):
            return True
    except OSError:
        return False


# --------------------------------------------------------------------------
# Peers: each function prepares DIR and returns a Launch.


def aiosmtpd_peer(mode):
    """The four peers played by smtp_peer.py differ only in --mode."""

    def launch(state):
        (port,) = free_ports(1)
        cmdline = [PYTHON, str(HERE / "smtp_peer.py"),
                   "--host", HOST, "--port", str(port), "--mode", mode]
        return Launch(cmdline, {"smtp": port},
                      {"mode": mode, "hostname": "peer.doctor.test"})

    return launch


def make_test_certificates(directory):
    """A test CA and a server certificate for localhost, exim.doctor.test and
    127.0.0.1 signed by it. Kept across restarts while valid for another day."""
    ca_key, ca_pem = directory / "ca.key", directory / "ca.pem"
    key, pem = directory / "server.key", directory / "server.pem"
    if ca_pem.exists() and key.exists() and subprocess.run(
            ["openssl", "x509", "-checkend", "86400", "-noout", "-in", str(pem)],
            capture_output=True).returncode == 0:
        return

    def openssl(*args):
        subprocess.run(["openssl", *args], check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
            "-keyout", str(ca_key), "-out", str(ca_pem),
            "-subj", "/O=SMTP Doctor tests/CN=SMTP Doctor Test CA",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    csr, ext = directory / "server.csr", directory / "server.ext"
    ext.write_text("basicConstraints=CA:FALSE\n"
                   "keyUsage=critical,digitalSignature,keyEncipherment\n"
                   "extendedKeyUsage=serverAuth\n"
                   "subjectAltName=DNS:localhost,DNS:exim.doctor.test,IP:127.0.0.1\n")
    openssl("req", "-new", "-newkey", "rsa:2048", "-nodes",
            "-keyout", str(key), "-out", str(csr), "-subj", "/CN=localhost")
    openssl("x509", "-req", "-days", "30", "-in", str(csr), "-extfile", str(ext),
            "-CA", str(ca_pem), "-CAkey", str(ca_key), "-CAcreateserial",
            "-out", str(pem))


def exim_peer(state):
    directory = state / "exim"
    directory.mkdir(exist_ok=True)
    make_test_certificates(directory)
    smtp, smtps = free_ports(2)
    values = {
        "EXIM_USER": pwd.getpwuid(os.getuid()).pw_name,
        "EXIM_GROUP": grp.getgrgid(os.getgid()).gr_name,
        "EXIM_DIR": str(directory),
        "SMTP_PORT": str(smtp),
        "SMTPS_PORT": str(smtps),
        "USER": EXIM_USER,
        "PASSWORD": EXIM_PASSWORD,
    }
    config = (HERE / "exim.conf.in").read_text()
    for key, value in values.items():
        config = config.replace(f"@@{key}@@", value)
    conf = directory / "exim.conf"
    conf.write_text(config)
    conf.chmod(0o644)  # Exim refuses a configuration writable by others
    exim = shutil.which("exim4") or "/usr/sbin/exim4"
    cmdline = [exim, "-C", str(conf), "-bdf", "-oX", f"{smtp}:{smtps}"]
    if os.geteuid() == 0:  # -oX suppresses the pid file; only root may name one
        cmdline += ["-oP", str(directory / "exim.pid")]
    return Launch(cmdline, {"smtp": smtp, "smtps": smtps},
                  {"hostname": "exim.doctor.test", "ca_file": str(directory / "ca.pem"),
                   "user": EXIM_USER, "password": EXIM_PASSWORD,
                   "mainlog": str(directory / "log" / "mainlog")})


def dns_peer(state):
    directory = state / "dns"
    directory.mkdir(exist_ok=True)
    zone = directory / "doctor.test.zone"
    shutil.copyfile(ZONE_FILE, zone)
    (port,) = free_ports(1, udp_too=True)
    conf = directory / "nsd.conf"
    conf.write_text(f"""server:
    ip-address: {HOST}
    port: {port}
    username: ""
    chroot: ""
    database: ""
    zonelistfile: "{directory}/zone.list"
    xfrdfile: "{directory}/xfrd.state"
    xfrdir: "{directory}"
    pidfile: "{directory}/nsd.pid"
    zonesdir: "{directory}"
    server-count: 1
    verbosity: 1
remote-control:
    control-enable: no
zone:
    name: "doctor.test"
    zonefile: "{zone}"
""")
    nsd = shutil.which("nsd") or "/usr/sbin/nsd"
    return Launch([nsd, "-d", "-c", str(conf)], {"dns": port},
                  {"zone": "doctor.test.", "zone_file": str(zone)})


# --------------------------------------------------------------------------
# TLS peers: aiosmtpd with STARTTLS on "smtp" and TLS from the first byte on
# "smtps", each with its own kind of certificate from one shared test CA.


@dataclasses.dataclass
class TlsCertificate:
    subject: str          # for openssl -subj
    names: str            # subjectAltName
    self_signed: bool = False
    dates: tuple = None   # (notBefore, notAfter) as YYYYMMDDHHMMSSZ; None: now + 30 days


TLS_GOOD_NAMES = "DNS:localhost,DNS:mail.doctor.test,IP:127.0.0.1"
TLS_CERTIFICATES = {
    "tls-good": TlsCertificate("/CN=mail.doctor.test", TLS_GOOD_NAMES),
    "tls-selfsigned": TlsCertificate("/CN=localhost", "DNS:localhost,IP:127.0.0.1",
                                     self_signed=True),
    "tls-expired": TlsCertificate("/CN=mail.doctor.test", TLS_GOOD_NAMES,
                                  dates=("20200101000000Z", "20200201000000Z")),
    "tls-wrongname": TlsCertificate("/CN=wrong.example.test",
                                    "DNS:wrong.example.test,DNS:www.wrong.example.test"),
}
TLS_CA_SUBJECT = "/O=SMTP Doctor tests/CN=SMTP Doctor TLS Test CA"
TLS_LEAF_EXTENSIONS = """basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
subjectAltName={names}
"""
# "openssl ca" rather than "openssl x509 -req": only it can set both dates
# (OpenSSL 3.0's x509 has no -not_before).
TLS_CA_CONFIG = """[ca]
default_ca = test_ca
[test_ca]
database = {dir}/index.txt
serial = {dir}/serial
new_certs_dir = {dir}/issued
default_md = sha256
policy = policy_any
copy_extensions = none
unique_subject = no
email_in_dn = no
[policy_any]
commonName = supplied
"""


def openssl(*args):
    result = subprocess.run(["openssl", *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"openssl {' '.join(args)} failed:\n{result.stderr}")


def valid_for_a_day(pem):
    return pem.exists() and subprocess.run(
        ["openssl", "x509", "-checkend", "86400", "-noout", "-in", str(pem)],
        capture_output=True).returncode == 0


def make_tls_certificate(state, name):
    """Make (or reuse) the shared TLS test CA and NAME's certificate and key
    in DIR/tls. Returns (ca_pem, pem, key). A lock keeps peers that ctest
    starts in parallel from making the CA twice."""
    directory = state / "tls"
    directory.mkdir(exist_ok=True)
    ca_key, ca_pem = directory / "ca.key", directory / "ca.pem"
    spec = TLS_CERTIFICATES[name]
    key, pem = directory / f"{name}.key", directory / f"{name}.pem"
    with open(directory / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (ca_key.exists() and valid_for_a_day(ca_pem)):
            for other in TLS_CERTIFICATES:  # signed by the old CA: remake them
                (directory / f"{other}.pem").unlink(missing_ok=True)
            openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650",
                    "-keyout", str(ca_key), "-out", str(ca_pem), "-subj", TLS_CA_SUBJECT,
                    "-addext", "basicConstraints=critical,CA:TRUE",
                    "-addext", "keyUsage=critical,keyCertSign,cRLSign")
            (directory / "ca.cnf").write_text(TLS_CA_CONFIG.format(dir=directory))
            (directory / "index.txt").write_text("")
            (directory / "serial").write_text("1000\n")
            (directory / "issued").mkdir(exist_ok=True)
        if key.exists() and pem.exists() and (spec.dates or valid_for_a_day(pem)):
            return ca_pem, pem, key
        if spec.self_signed:
            openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
                    "-keyout", str(key), "-out", str(pem), "-subj", spec.subject,
                    "-addext", f"subjectAltName={spec.names}")
            return ca_pem, pem, key
        csr, ext = directory / f"{name}.csr", directory / f"{name}.ext"
        ext.write_text(TLS_LEAF_EXTENSIONS.format(names=spec.names))
        openssl("req", "-new", "-newkey", "rsa:2048", "-nodes",
                "-keyout", str(key), "-out", str(csr), "-subj", spec.subject)
        dates = (["-startdate", spec.dates[0], "-enddate", spec.dates[1]] if spec.dates
                 else ["-days", "30"])
        openssl("ca", "-batch", "-config", str(directory / "ca.cnf"),
                "-cert", str(ca_pem), "-keyfile", str(ca_key), "-in", str(csr),
                "-out", str(pem), "-notext", "-rand_serial", "-extfile", str(ext), *dates)
    return ca_pem, pem, key


def tls_peer(name):
    def launch(state):
        ca_pem, pem, key = make_tls_certificate(state, name)
        smtp, smtps = free_ports(2)
        cmdline = [PYTHON, str(HERE / "smtp_peer.py"), "--host", HOST,
                   "--port", str(smtp), "--smtps-port", str(smtps),
                   "--cert", str(pem), "--key", str(key)]
        return Launch(cmdline, {"smtp": smtp, "smtps": smtps},
                      {"mode": "normal", "hostname": PEER_HOSTNAME,
                       "ca_file": str(ca_pem), "cert_file": str(pem)})

    return launch


def intercept_peer(state):
    (port,) = free_ports(1)
    cmdline = [PYTHON, str(HERE / "smtp_peer.py"), "--host", HOST, "--port", str(port),
               "--greeting-host", INTERCEPT_HOSTNAME, "--ident", "ESMTP"]
    return Launch(cmdline, {"smtp": port}, {"mode": "normal", "hostname": INTERCEPT_HOSTNAME})


PEERS = {
    "smtp": aiosmtpd_peer("normal"),
    "smtp-reject": aiosmtpd_peer("reject-greeting"),
    "silent": aiosmtpd_peer("silent"),
    "http": aiosmtpd_peer("http"),
    "exim": exim_peer,
    "dns": dns_peer,
    "tls-good": tls_peer("tls-good"),
    "tls-selfsigned": tls_peer("tls-selfsigned"),
    "tls-expired": tls_peer("tls-expired"),
    "tls-wrongname": tls_peer("tls-wrongname"),
    "smtp-intercept": intercept_peer,
}


# --------------------------------------------------------------------------
# Processes


def cmdline_of(pid):
    """The argv of a live process, or None (no such process, or a zombie)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return raw.rstrip(b"\0").decode(errors="replace").split("\0") if raw else None


def live_group_members(pgid):
    """Pids of processes in group pgid that have not exited yet."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # state ppid pgrp ...
        if int(fields[2]) == pgid and fields[0] not in "ZX":
            members.append(int(entry.name))
    return members


def owns_group(record):
    """True if some live process in the recorded group still runs the
    recorded command line, so the pid has not been reused by someone else."""
    return any(cmdline_of(pid) == record["cmdline"]
               for pid in live_group_members(record["pid"]))


def kill_group(pgid):
    """SIGTERM the group, wait up to STOP_TIMEOUT, then SIGKILL. Returns the
    signal that finished it."""
    for sig, patience in ((signal.SIGTERM, STOP_TIMEOUT), (signal.SIGKILL, 2.0)):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            return sig
        deadline = time.monotonic() + patience
        while time.monotonic() < deadline:
            if not live_group_members(pgid):
                return sig
            time.sleep(0.05)
    raise RuntimeError(f"process group {pgid} survived SIGKILL")


def log_tail(path, lines=20):
    try:
        tail = path.read_text(errors="replace").splitlines()[-lines:]
    except OSError:
        tail = []
    return "\n".join(tail) or "(log is empty)"


def load_record(path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def wait_ready(proc, ports):
    """Wait until every port accepts TCP. False if the peer exits or time runs out."""
    waiting = set(ports)
    deadline = time.monotonic() + READY_TIMEOUT
    while waiting and time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        waiting = {port for port in waiting if not accepts_tcp(port)}
        if waiting:
            time.sleep(0.05)
    return not waiting


# --------------------------------------------------------------------------
# Commands


def describe(record):
    ports = " ".join(f"{key}={port}" for key, port in record["ports"].items())
    return f"pid {record['pid']}, {HOST} {ports}"


def start(name, state):
    state.mkdir(parents=True, exist_ok=True)
    record_path, log_path = state / f"{name}.json", state / f"{name}.log"
    old = load_record(record_path)
    if old and cmdline_of(old["pid"]) == old["cmdline"]:
        print(f"peerctl: {name} already running ({describe(old)}), left as is")
        return 0
    if old:  # stale record: clear whatever is left of that run
        if owns_group(old):
            kill_group(old["pid"])
        record_path.unlink()

    launch = PEERS[name](state)
    began = time.monotonic()
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(launch.cmdline, cwd=state, stdin=subprocess.DEVNULL,
                                stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    if not wait_ready(proc, launch.ports.values()):
        if proc.poll() is None:
            why = f"ports {launch.ports} not accepting after {READY_TIMEOUT:.0f} s"
        else:
            why = f"it exited with status {proc.returncode}"
        kill_group(proc.pid)
        proc.wait()
        print(f"peerctl: {name} failed to start: {why}; killed it; "
              f"last lines of {log_path}:\n{log_tail(log_path)}")
        return 1
    ready = time.monotonic() - began

    record = {"name": name, "pid": proc.pid, "host": HOST, "ports": launch.ports,
              "cmdline": launch.cmdline, "log": str(log_path),
              "ready_seconds": round(ready, 3), **launch.extra}
    temporary = record_path.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(record, indent=2) + "\n")
    temporary.replace(record_path)
    print(f"peerctl: started {name} ({describe(record)}) ready in {ready:.2f} s, "
          f"see {record_path}")
    return 0


def stop(name, state):
    record_path = state / f"{name}.json"
    record = load_record(record_path)
    if record is None:
        print(f"peerctl: {name} not running (no {record_path}), nothing to stop")
        return 0
    if not owns_group(record):
        record_path.unlink()
        print(f"peerctl: {name} not running (pid {record['pid']} gone or reused), "
              f"removed {record_path}")
        return 0
    began = time.monotonic()
    sig = kill_group(record["pid"])
    record_path.unlink()
    print(f"peerctl: stopped {name} ({describe(record)}) with {sig.name} "
          f"in {time.monotonic() - began:.2f} s")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["start", "stop"])
    parser.add_argument("name", choices=sorted(PEERS), metavar="NAME",
                        help="one of: " + ", ".join(PEERS))
    parser.add_argument("--state-dir", required=True, type=Path, metavar="DIR")
    args = parser.parse_args()
    command = start if args.command == "start" else stop
    return command(args.name, args.state_dir.resolve())


if __name__ == "__main__":
    sys.exit(main())
