#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Start and stop the real servers that SMTP Doctor's tests talk to.

    peerctl.py start NAME --state-dir DIR
    peerctl.py stop NAME --state-dir DIR
    peerctl.py run-isolated NAME... --state-dir DIR -- COMMAND ARG...

start picks free ports on 127.0.0.1, runs the peer in the background in its
own session (output in DIR/NAME.log), waits until every port accepts TCP
connections and writes DIR/NAME.json:

    {"pid": ..., "ports": {"smtp": ...}, "cmdline": [...], ...extras}

Starting a peer that is already running (same pid and command line) does
nothing. stop signals the peer's process group, but only after checking that
the recorded pid still runs the recorded command line.

run-isolated runs COMMAND with fresh instances of the peers in new network,
pid and mount namespaces (loopback only, no route), replacing {NAME.KEY} in
its arguments with the peers' ports; its exit status is COMMAND's (77: no
isolation possible here). See README.md.
"""

import argparse
import dataclasses
import fcntl
import json
import os
import pwd
import grp
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import dkimlab
import reputationlab
import fetchlab
from nsd import nsd_command
from processes import cmdline_of, kill_group, load_record, log_tail, owns_group

HERE = Path(__file__).resolve().parent
ZONE_FILE = HERE.parent / "data" / "zones" / "doctor.test.zone"
DOMAIN_ZONES = HERE.parent / "data" / "zones" / "domains"  # dns-domains: every *.zone
SIGNED_ZONE_DIR = HERE.parent / "data" / "zones" / "signed"  # dns-signed
SIGNED_ZONES = ("secure.test", "bogus.test")
HOST = "127.0.0.1"
PYTHON = "/usr/bin/python3"  # Debian's, which sees python3-aiosmtpd
READY_TIMEOUT = 15.0

# The oauth-lab's confidential client that the fetch-lab's Dovecot
# introspects IMAP tokens as (a test secret, on loopback only).
INTROSPECTION_CLIENT = "dovecot-imap"
INTROSPECTION_SECRET = "introspect-Secr3t-91d"

EXIM_USER = "doctor"
EXIM_PASSWORD = "s3cret-Passw0rd"

PEER_HOSTNAME = "peer.doctor.test"  # smtp_peer.py's greeting
# A hosting provider's transparent SMTP proxy answers in the target's place.
INTERCEPT_HOSTNAME = "p3plcpnl0123.prod.phx3.secureserver.net"

# scripted_peer.py: its greeting, the user that may log in, and the queue id
# of every accepted message.
SCRIPTED_HOSTNAME = "scripted.doctor.test"
SCRIPTED_USER = "ok@doctor.test"
SCRIPTED_PASSWORD = "s3cret-Passw0rd"
SCRIPTED_QUEUE_ID = "4F1A2B3C5D"


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


def nsd_launch(directory, port, zones):
    """NSD on HOST:port (UDP and TCP), authoritative for `zones`, a list of
    (zone name, zone file); its state files in `directory`."""
    return nsd_command(directory, HOST, port, zones)


def dns_peer(state):
    directory = state / "dns"
    directory.mkdir(exist_ok=True)
    zone = directory / "doctor.test.zone"
    shutil.copyfile(ZONE_FILE, zone)
    (port,) = free_ports(1, udp_too=True)
    cmdline = nsd_launch(directory, port, [("doctor.test", zone)])
    return Launch(cmdline, {"dns": port},
                  {"zone": "doctor.test.", "zone_file": str(zone)})


def dns_domains_peer(state):
    """NSD serving every tests/data/zones/domains/ZONE.zone: one sender domain
    per zone, each built to produce one finding (see the zone files)."""
    directory = state / "dns-domains"
    shutil.rmtree(directory, ignore_errors=True)  # no zone left from older runs
    directory.mkdir()
    zones = []
    for source in sorted(DOMAIN_ZONES.glob("*.zone")):
        name = source.name[:-len(".zone")]
        shutil.copyfile(source, directory / source.name)
        zones.append((name, directory / source.name))
    (port,) = free_ports(1, udp_too=True)
    cmdline = nsd_launch(directory, port, zones)
    return Launch(cmdline, {"dns": port},
                  {"zones": [f"{name}." for name, _ in zones], "zone_dir": str(directory)})


def dkim_lab_peer(state):
    """NSD serving the DKIM keys, SPF and DMARC records of the message lab,
    and the corpus python3-dkim signed for it at this start (dkimlab.py):
    its manifest in the record's "manifest"."""
    directory = state / "dkim-lab"
    shutil.rmtree(directory, ignore_errors=True)  # fresh keys, fresh signatures
    directory.mkdir()
    zones, manifest = dkimlab.prepare(directory)
    (port,) = free_ports(1, udp_too=True)
    return Launch(nsd_launch(directory, port, zones), {"dns": port},
                  {"zones": [f"{name}." for name, _ in zones], "manifest": str(manifest)})


def reputation_lab_peer(state):
    """NSD serving the reverse DNS of the sending addresses of the reputation
    lab and the default DNS blocklists' zones with test entries
    (reputationlab.py)."""
    directory = state / "reputation-lab"
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir()
    zones = reputationlab.prepare(directory)
    (port,) = free_ports(1, udp_too=True)
    return Launch(nsd_launch(directory, port, zones), {"dns": port},
                  {"zones": [f"{name}." for name, _ in zones]})


def fetch_lab_peer(state):
    """Exim (submission that signs with DKIM, relay that delivers to a
    Maildir) and Dovecot IMAP on that Maildir: fetchlab.py. Needs the
    dkim-lab peer's key (its NSD publishes it); takes OAuth2 tokens (XOAUTH2,
    OAUTHBEARER) checked at the oauth-lab's introspection endpoint when that
    peer runs already."""
    directory = state / "fetch-lab"
    directory.mkdir(exist_ok=True)
    make_test_certificates(directory)
    smtp, relay, imap, imaps = free_ports(4)
    ports = {"smtp": smtp, "relay": relay, "imap": imap, "imaps": imaps}
    extra = fetchlab.prepare(directory, ports, state / "dkim-lab" / "keys" / "main.key",
                             load_record(state / "oauth-lab.json"))
    return Launch([PYTHON, str(HERE / "fetchlab.py"), "serve", str(directory)], ports,
                  {"hostname": "exim.doctor.test", "ca_file": str(directory / "ca.pem"), **extra})


def ldns(tool, *args, cwd):
    result = subprocess.run([tool, *args], cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{tool} {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def tamper(signed, owner, rtype, old, new):
    """Change one record's data in a signed zone file, keeping its RRSIG."""
    lines, changed = signed.read_text().splitlines(keepends=True), 0
    for index, line in enumerate(lines):
        fields = line.split()
        if fields[:1] == [owner] and fields[3:5] == [rtype, old] and len(fields) == 5:
            lines[index] = line.replace(old, new)
            changed += 1
    if changed != 1:
        raise RuntimeError(f"tamper: expected one {owner} {rtype} {old} in {signed}, "
                           f"found {changed}")
    signed.write_text("".join(lines))


def dns_signed_peer(state):
    """NSD serving secure.test and bogus.test, signed on every start with
    fresh keys (ECDSA P-256: a KSK and a ZSK per zone), bogus.test then
    tampered with, and unsigned.test; DS records of both signed zones in
    DIR/dns-signed/trust-anchors.ds."""
    directory = state / "dns-signed"
    shutil.rmtree(directory, ignore_errors=True)  # old keys and signatures
    keys = directory / "keys"
    keys.mkdir(parents=True)
    now = int(time.time())
    inception, expiration = str(now - 3600), str(now + 30 * 86400)
    zones, anchors = [], []
    for name in SIGNED_ZONES:
        source = directory / f"{name}.zone"
        shutil.copyfile(SIGNED_ZONE_DIR / f"{name}.zone", source)
        algorithm = "ECDSAP256SHA256"
        ksk = ldns("ldns-keygen", "-a", algorithm, "-k", name, cwd=keys).strip()
        zsk = ldns("ldns-keygen", "-a", algorithm, name, cwd=keys).strip()
        signed = directory / f"{name}.zone.signed"
        ldns("ldns-signzone", "-i", inception, "-e", expiration, "-f", str(signed),
             str(source), str(keys / zsk), str(keys / ksk), cwd=keys)
        anchors.append(ldns("ldns-key2ds", "-n", "-2", str(keys / f"{ksk}.key"), cwd=keys))
        zones.append((name, signed))
    tamper(directory / "bogus.test.zone.signed", "mail.bogus.test.", "A",
           "127.0.0.1", "127.0.0.2")
    unsigned = directory / "unsigned.test.zone"
    shutil.copyfile(SIGNED_ZONE_DIR / "unsigned.test.zone", unsigned)
    zones.append(("unsigned.test", unsigned))
    trust_anchor = directory / "trust-anchors.ds"
    trust_anchor.write_text("".join(anchors))
    (port,) = free_ports(1, udp_too=True)
    cmdline = nsd_launch(directory, port, zones)
    return Launch(cmdline, {"dns": port},
                  {"zones": [f"{name}." for name, _ in zones],
                   "trust_anchor": str(trust_anchor),
                   "secure": ["secure.test.", "bogus.test."],
                   "bogus": ["mail.bogus.test. A"],
                   "insecure": ["unsigned.test."]})


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


def scripted_peer(state):
    """scripted_peer.py: AUTH and sending scenarios chosen by user and address."""
    (port,) = free_ports(1)
    cmdline = [PYTHON, str(HERE / "scripted_peer.py"), "--host", HOST, "--port", str(port)]
    return Launch(cmdline, {"smtp": port},
                  {"hostname": SCRIPTED_HOSTNAME, "user": SCRIPTED_USER,
                   "password": SCRIPTED_PASSWORD, "queue_id": SCRIPTED_QUEUE_ID})


def oauth_smtp_peer(state):
    """oauth_peer.py: Gmail's and Microsoft 365's replies to tokens and
    passwords, one port per persona (its key)."""
    personas = ("gmail", "microsoft")
    ports = dict(zip(personas, free_ports(len(personas))))
    cmdline = [PYTHON, str(HERE / "oauth_peer.py"), "--host", HOST]
    for name, port in ports.items():
        cmdline += ["--listen", f"{name}={port}"]
    return Launch(cmdline, ports, {"password": SCRIPTED_PASSWORD})


def oauth_lab_peer(state):
    """oauth_lab.py: npm's oidc-provider (installed by `npm ci` from
    oauth/package-lock.json into the state directory) and an SMTP server that
    verifies its tokens against its JWKS."""
    node_dir = state / "oauth-node"
    node_dir.mkdir(exist_ok=True)
    lock = (HERE / "oauth" / "package-lock.json").read_bytes()
    installed = node_dir / "node_modules" / ".package-lock.json"
    if not installed.exists() or (node_dir / "package-lock.json").read_bytes() != lock:
        for name in ("package.json", "package-lock.json"):
            shutil.copyfile(HERE / "oauth" / name, node_dir / name)
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"],
                       cwd=node_dir, check=True, timeout=600,
                       stdout=subprocess.DEVNULL)
    idp, smtp = free_ports(2)
    cmdline = [PYTHON, str(HERE / "oauth_lab.py"), "serve", "--node-dir", str(node_dir),
               "--idp-port", str(idp), "--smtp-port", str(smtp),
               "--introspection-secret", INTROSPECTION_SECRET]
    return Launch(cmdline, {"idp": idp, "smtp": smtp},
                  {"issuer": f"http://{HOST}:{idp}", "resource": "urn:smtp-doctor:test-smtp",
                   "client": "smtp-doctor", "short_client": "smtp-doctor-short",
                   "imap_scope": "openid email offline_access imap",
                   "imap_resource": "urn:smtp-doctor:test-imap",
                   "introspection_client": INTROSPECTION_CLIENT,
                   "introspection_secret": INTROSPECTION_SECRET,
                   "lab": str(HERE / "oauth_lab.py")})


def hostile_smtp_peer(state):
    """hostile_peer.py: one port per behaviour (see `hostile_peer.py --list`),
    the behaviour's name being its port's key."""
    from hostile_peer import BEHAVIOURS
    names = list(BEHAVIOURS)
    ports = dict(zip(names, free_ports(len(names))))
    cmdline = [PYTHON, str(HERE / "hostile_peer.py"), "--host", HOST]
    for name, port in ports.items():
        cmdline += ["--listen", f"{name}={port}"]
    return Launch(cmdline, ports, {"hostname": "hostile.doctor.test"})


def hostile_dns_peer(state):
    """hostile_dns.py: servfail, truncated, late and big, one port each (UDP
    and TCP); "late" answers after late_seconds."""
    from hostile_dns import BEHAVIOURS
    late_seconds = 30
    ports = dict(zip(BEHAVIOURS, free_ports(len(BEHAVIOURS), udp_too=True)))
    cmdline = [PYTHON, str(HERE / "hostile_dns.py"), "--host", HOST,
               "--late-seconds", str(late_seconds)]
    for name, port in ports.items():
        cmdline += ["--listen", f"{name}={port}"]
    return Launch(cmdline, ports, {"zone": "hostile.test.", "late_seconds": late_seconds})


def flaky_peer(state):
    """flaky_peer.py: "works sometimes" behaviours, one port each (its key):
    refuse-third, slow-greeting (greeting_delay seconds), rate-limit."""
    from flaky_peer import BEHAVIOURS
    greeting_delay = 1.5
    ports = dict(zip(BEHAVIOURS, free_ports(len(BEHAVIOURS))))
    cmdline = [PYTHON, str(HERE / "flaky_peer.py"), "--host", HOST,
               "--greeting-delay", str(greeting_delay)]
    for name, port in ports.items():
        cmdline += ["--listen", f"{name}={port}"]
    return Launch(cmdline, ports, {"hostname": "flaky.doctor.test",
                                   "greeting_delay": greeting_delay,
                                   "password": "s3cret-Passw0rd"})


PEERS = {
    "smtp": aiosmtpd_peer("normal"),
    "smtp-reject": aiosmtpd_peer("reject-greeting"),
    "silent": aiosmtpd_peer("silent"),
    "http": aiosmtpd_peer("http"),
    "exim": exim_peer,
    "dns": dns_peer,
    "dns-domains": dns_domains_peer,
    "dns-signed": dns_signed_peer,
    "dkim-lab": dkim_lab_peer,
    "reputation-lab": reputation_lab_peer,
    "fetch-lab": fetch_lab_peer,
    "tls-good": tls_peer("tls-good"),
    "tls-selfsigned": tls_peer("tls-selfsigned"),
    "tls-expired": tls_peer("tls-expired"),
    "tls-wrongname": tls_peer("tls-wrongname"),
    "smtp-intercept": intercept_peer,
    "smtp-scripted": scripted_peer,
    "smtp-oauth": oauth_smtp_peer,
    "oauth-lab": oauth_lab_peer,
    "flaky-smtp": flaky_peer,
    "hostile-smtp": hostile_smtp_peer,
    "hostile-dns": hostile_dns_peer,
}


# --------------------------------------------------------------------------
# Processes


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


# --------------------------------------------------------------------------
# Isolated runs: peers and a command in a network namespace with no way out


ISOLATION_UNAVAILABLE = 77  # run-isolated's status when it cannot isolate
ISOLATED_PEER_FAILED = 70   # a peer did not start inside the namespace
PORT_TOKEN = re.compile(r"\{([A-Za-z0-9-]+)\.([A-Za-z0-9_]+)\}")


def run_isolated(names, state, command):
    """Run `command` with fresh instances of the peers `names` in new network,
    pid and mount namespaces: the network has only a loopback interface and
    no route anywhere, so whatever the command connects to outside 127.0.0.0/8
    and ::1 fails locally (ENETUNREACH). When this process (unshare) dies,
    the kernel kills everything inside, peers included."""
    unshare = shutil.which("unshare")
    why = None
    if os.geteuid() != 0:
        why = "network namespaces need root"
    elif not unshare:
        why = "no unshare command (util-linux)"
    else:
        probe = subprocess.run([unshare, "--net", "--pid", "--fork", "--mount-proc", "true"],
                               capture_output=True, text=True)
        if probe.returncode != 0:
            why = f"unshare failed: {probe.stderr.strip() or probe.returncode}"
    if why:
        print(f"peerctl: cannot isolate: {why}", file=sys.stderr)
        return ISOLATION_UNAVAILABLE
    state.mkdir(parents=True, exist_ok=True)
    sys.stdout.flush()
    os.execv(unshare, [unshare, "--net", "--pid", "--fork", "--mount-proc", "--kill-child",
                       PYTHON, str(Path(__file__).resolve()), "isolated-inner", *names,
                       "--state-dir", str(state), "--", *command])


def isolated_inner(names, state, command):
    """The inside of run_isolated, as pid 1 of the new pid namespace."""
    def ip(*args):
        return subprocess.run(["ip", *args], check=True, capture_output=True,
                              text=True).stdout

    links = [line.split(":")[1].strip() for line in ip("-o", "link", "show").splitlines()]
    if links != ["lo"]:
        print(f"peerctl: not isolated (interfaces {links}), refusing to run", file=sys.stderr)
        return ISOLATED_PEER_FAILED
    ip("link", "set", "lo", "up")
    routes = ip("route", "show") + ip("-6", "route", "show")
    if any(not line.startswith(("::1 ", "127.")) for line in routes.splitlines()):
        print(f"peerctl: unexpected routes in the namespace:\n{routes}", file=sys.stderr)
        return ISOLATED_PEER_FAILED
    work = Path(tempfile.mkdtemp(prefix="isolated-", dir=state))
    procs, ports = [], {}
    try:
        for name in names:
            launch = PEERS[name](work)
            with open(work / f"{name}.log", "wb") as log:
                proc = subprocess.Popen(launch.cmdline, cwd=work, stdin=subprocess.DEVNULL,
                                        stdout=log, stderr=subprocess.STDOUT,
                                        start_new_session=True)
            procs.append(proc)
            if not wait_ready(proc, launch.ports.values()):
                print(f"peerctl: {name} failed to start in the namespace:\n"
                      f"{log_tail(work / f'{name}.log')}", file=sys.stderr)
                return ISOLATED_PEER_FAILED
            ports.update({f"{name}.{key}": port for key, port in launch.ports.items()})

        def port_of(match):
            key = f"{match.group(1)}.{match.group(2)}"
            if key not in ports:
                raise SystemExit(f"peerctl: no port {{{key}}}; known: {sorted(ports)}")
            return str(ports[key])

        argv = [PORT_TOKEN.sub(port_of, argument) for argument in command]
        return subprocess.run(argv, stdin=subprocess.DEVNULL).returncode
    finally:
        for proc in procs:
            kill_group(proc.pid)
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)


def state_dir(args):
    """--state-dir, unless SMTP_DOCTOR_PEER_DIR_OVERRIDE names another (two
    ctest runs in one build tree, each with its own peers)."""
    override = os.environ.get("SMTP_DOCTOR_PEER_DIR_OVERRIDE")
    return Path(override) if override else args.state_dir


def main():
    # run-isolated NAME... --state-dir DIR -- COMMAND...: split at the first "--".
    argv = sys.argv[1:]
    if argv[:1] in (["run-isolated"], ["isolated-inner"]):
        if "--" not in argv or argv.index("--") == len(argv) - 1:
            print("peerctl: run-isolated NAME... --state-dir DIR -- COMMAND...",
                  file=sys.stderr)
            return 2
        split = argv.index("--")
        parser = argparse.ArgumentParser(prog="peerctl.py " + argv[0])
        parser.add_argument("names", nargs="+", choices=sorted(PEERS), metavar="NAME")
        parser.add_argument("--state-dir", required=True, type=Path, metavar="DIR")
        args = parser.parse_args(argv[1:split])
        command = run_isolated if argv[0] == "run-isolated" else isolated_inner
        return command(args.names, state_dir(args).resolve(), argv[split + 1:])

    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["start", "stop"])
    parser.add_argument("name", choices=sorted(PEERS), metavar="NAME",
                        help="one of: " + ", ".join(PEERS))
    parser.add_argument("--state-dir", required=True, type=Path, metavar="DIR")
    args = parser.parse_args()
    command = start if args.command == "start" else stop
    return command(args.name, state_dir(args).resolve())


if __name__ == "__main__":
    sys.exit(main())
