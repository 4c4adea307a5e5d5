#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A web host lab for the website probe's tests (tst_sitelab), in network
namespaces.

    sitelab.py start --state-dir DIR
    sitelab.py stop --state-dir DIR

start builds one private L2 segment, 10.251.0.0/24, with a bridge in a
"switch" namespace and one namespace per host. No veth reaches the root
namespace and no namespace has a route out, so nothing in the lab can reach
the outside world.

    desktop   10.251.0.2   "this computer": no firewall (the test enters it)
    webhost   10.251.0.3   the web host: PHP 8.2's built-in server (php -S)
                           serving the probes; output: tcp dport 587 dropped,
                           465 reset (tcp reset), 25 and 2600 to the mail
                           server DNAT'ed to the host's own mail server.
                           Its /etc/hosts (ip netns exec's /etc/netns) says
                           mail.site.test is 10.251.0.20.
    goodhost  10.251.0.4   a web host without a firewall (php -S)
    mail      10.251.0.10  the real mail server: smtp_peer.py greeting
                           mail.site.test on 25, 587, 2525, 2600 (STARTTLS)
                           and 465 (TLS from the first byte), certificate
                           from the lab's CA; on 2700 (STARTTLS) it accepts
                           TLS 1.3 only; on 2800 (STARTTLS) it waits
                           1 s before its greeting
    hostmail  10.251.0.20  the web host's own mail server: greets
                           relay.webhost.test on 25, and impersonates
                           mail.site.test on 2600 with another certificate

The PHP servers on the web host (all serving DIR/sitelab/www unless said):
    web        8080  openssl.cafile = the lab CA (PHP trusts the mail server)
    oldca      8081  openssl.cafile = another CA (PHP does not)
    nosock     8082  disable_functions=stream_socket_client,fsockopen
    text       8083  a router that sends every file as text/plain (PHP
                     not executed)
    crafted    8084  a router that answers from DIR/sitelab/cases/NAME.json
                     (crafted answers, signed with the key the case names)
    oldtls     8085  PHP's OpenSSL limited to TLS 1.2 and older (OPENSSL_CONF
                     with "Protocol = -TLSv1.3", as an old OpenSSL would be):
                     it agrees on no version with the mail server's 2700
    waf        8086  a router that refuses every DELETE with 403 and a page,
                     as ModSecurity's Core Rule Set does by default
    8099 has no listener (a URL that refuses). goodhost serves
    DIR/sitelab/www-good on 8080 with the lab CA.

The desktop's own hosts file (DIR/sitelab/desktop-hosts, for
SMTP_DOCTOR_HOSTS) says mail.site.test is 10.251.0.10.

start writes DIR/sitelab.json: namespaces, addresses, ports, the folders,
the CA files and every process started (pid = process group, command
line), and "ready_seconds". stop kills exactly the recorded process groups
(after checking their command lines), deletes the recorded namespaces and
their /etc/netns folders. Where the lab cannot exist (not root, no
namespaces, no nft, no php) start writes {"skipped": "<reason>"} and exits
0, and the tests skip with that reason.
"""

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import netlab
from netlab import (HOST_SYSCTLS, SWITCH_SYSCTLS, LabError, Skip, netns_exists, run,
                    state_lock, teardown, write_record)
from processes import load_record, log_tail, owns_group
from peerctl import openssl

HERE = Path(__file__).resolve().parent
SCRIPT = Path(__file__).resolve()
SMTP_PEER = HERE / "smtp_peer.py"
ROUTERS = HERE / "sitelab"
PYTHON = "/usr/bin/python3"
RECORD_NAME = "sitelab.json"
READY_TIMEOUT = 20.0
PREFIX_LEN = 24
NETWORK = "10.251.0."

HOSTS = {
    "desktop": NETWORK + "2",
    "webhost": NETWORK + "3",
    "goodhost": NETWORK + "4",
    "mail": NETWORK + "10",
    "hostmail": NETWORK + "20",
}
MAIL_NAME = "mail.site.test"
HOSTMAIL_NAME = "relay.webhost.test"
WEB_PORTS = {"web": 8080, "oldca": 8081, "nosock": 8082, "text": 8083, "crafted": 8084,
             "oldtls": 8085, "waf": 8086}
TLS13_PORT = 2700
SLOW_GREETING_PORT = 2800
SLOW_GREETING_SECONDS = 1.0
# OpenSSL's system default for the "oldtls" PHP server. PHP sets the minimum
# and maximum versions itself (so MaxProtocol would be overridden), but it
# keeps the SSL_OP_NO_TLSv1_3 option that "Protocol" sets.
OLD_OPENSSL_CONF = """openssl_conf = openssl_init
[openssl_init]
ssl_conf = ssl_sect
[ssl_sect]
system_default = system_default_sect
[system_default_sect]
Protocol = -TLSv1.3
"""
REFUSED_PORT = 8099
GOOD_PORT = 8080

FIREWALLS = {
    "webhost": f"""
table ip sitelab {{
    chain output {{
        type filter hook output priority filter; policy accept;
        ip daddr {HOSTS['mail']} tcp dport 587 drop
        ip daddr {HOSTS['mail']} tcp dport 465 reject with tcp reset
    }}
    chain divert {{
        type nat hook output priority -100; policy accept;
        ip daddr {HOSTS['mail']} tcp dport {{ 25, 2600 }} dnat to {HOSTS['hostmail']}
    }}
}}
""",
}

CA_SUBJECT = "/O=SMTP Doctor site lab/CN=SMTP Doctor Site Lab CA"
OTHER_CA_SUBJECT = "/O=Some other CA/CN=Not the lab's CA"
LEAF_EXTENSIONS = """basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName={names}
"""


def make_certificates(directory):
    """The lab CA; the mail server's, the host relay's and the impostor's
    certificates signed by it; and an unrelated CA for PHP's old bundle."""
    directory.mkdir(parents=True, exist_ok=True)

    def ca(name, subject):
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-keyout", str(directory / f"{name}.key"), "-out", str(directory / f"{name}.pem"),
                "-subj", subject, "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign")

    def leaf(name, common_name, names):
        ext = directory / f"{name}.ext"
        ext.write_text(LEAF_EXTENSIONS.format(names=names))
        openssl("req", "-new", "-newkey", "rsa:2048", "-nodes",
                "-keyout", str(directory / f"{name}.key"), "-out", str(directory / f"{name}.csr"),
                "-subj", f"/CN={common_name}")
        openssl("x509", "-req", "-days", "2", "-in", str(directory / f"{name}.csr"),
                "-extfile", str(ext), "-CA", str(directory / "ca.pem"),
                "-CAkey", str(directory / "ca.key"), "-CAcreateserial",
                "-out", str(directory / f"{name}.pem"))

    ca("ca", CA_SUBJECT)
    ca("other-ca", OTHER_CA_SUBJECT)
    leaf("mail", MAIL_NAME, f"DNS:{MAIL_NAME},IP:{HOSTS['mail']}")
    leaf("hostmail", HOSTMAIL_NAME, f"DNS:{HOSTMAIL_NAME},IP:{HOSTS['hostmail']}")
    leaf("impostor", MAIL_NAME, f"DNS:{MAIL_NAME}")


class Lab(netlab.Lab):
    """netlab's bookkeeping (record, namespaces, launch) with this lab's hosts."""

    def __init__(self, state):
        super().__init__(state)
        self.work = state / "sitelab"
        self.record_path = state / RECORD_NAME
        self.prefix = "sds" + self.prefix[3:]
        self.etc_netns = []

    def record(self, **extra):
        data = {
            "name": "sitelab",
            "status": self.status,
            "prefix": self.prefix,
            "namespaces": dict(self.namespaces),
            "addresses": dict(HOSTS),
            "mail_name": MAIL_NAME,
            "hostmail_name": HOSTMAIL_NAME,
            "web_ports": dict(WEB_PORTS),
            "refused_port": REFUSED_PORT,
            "tls13_port": TLS13_PORT,
            "slow_greeting_port": SLOW_GREETING_PORT,
            "slow_greeting_seconds": SLOW_GREETING_SECONDS,
            "good_port": GOOD_PORT,
            "www": str(self.work / "www"),
            "www_good": str(self.work / "www-good"),
            "cases": str(self.work / "cases"),
            "ca_file": str(self.work / "tls" / "ca.pem"),
            "other_ca_file": str(self.work / "tls" / "other-ca.pem"),
            "desktop_hosts": str(self.work / "desktop-hosts"),
            "etc_netns": list(self.etc_netns),
            "pids": [process["pid"] for process in self.processes],
            "processes": list(self.processes),
            **extra,
        }
        write_record(self.record_path, data)
        return data

    def preflight(self):
        if os.geteuid() != 0:
            raise Skip(f"the web host lab needs root to create network namespaces "
                       f"(running as uid {os.geteuid()})")
        for tool in ("ip", "nft", "sysctl", "php", "openssl"):
            if shutil.which(tool) is None:
                raise Skip(f"the web host lab needs `{tool}`, which is not installed")
        switch = self.add_namespace("switch", skip=True)
        run(["ip", "netns", "exec", switch, "sysctl", "-q", "-w", *SWITCH_SYSCTLS], skip=True)
        run(["ip", "-n", switch, "link", "add", "br0", "type", "bridge", "stp_state", "0",
             "forward_delay", "0"], skip=True)
        run(["ip", "-n", switch, "link", "set", "br0", "up"], skip=True)
        run(["ip", "netns", "exec", switch, "nft", "-f", "-"], skip=True,
            stdin=FIREWALLS["webhost"].replace("sitelab", "sitelab_probe"))
        run(["ip", "netns", "exec", switch, "nft", "delete", "table", "ip", "sitelab_probe"],
            skip=True)

    def add_host(self, index, role):
        name = self.add_namespace(role)
        run(["ip", "netns", "exec", name, "sysctl", "-q", "-w", *HOST_SYSCTLS])
        port = f"p{index}"
        run(["ip", "-n", self.ns("switch"), "link", "add", port, "type", "veth",
             "peer", "name", "eth0", "netns", name])
        run(["ip", "-n", self.ns("switch"), "link", "set", port, "master", "br0", "up"])
        run(["ip", "-n", name, "link", "set", "eth0", "up"])
        run(["ip", "-n", name, "addr", "add", f"{HOSTS[role]}/{PREFIX_LEN}", "dev", "eth0"])
        if role in FIREWALLS:
            run(["ip", "netns", "exec", name, "nft", "-f", "-"], stdin=FIREWALLS[role])

    def name_files(self, role, hosts):
        """`ip netns exec` bind-mounts /etc/netns/NAME/* over /etc: the web
        host's own view of names. Its resolv.conf points at a loopback port
        with nothing behind it, so a DNS query fails at once."""
        directory = Path("/etc/netns") / self.ns(role)
        self.etc_netns.append(str(directory))
        self.record()
        directory.mkdir(parents=True, exist_ok=False)
        (directory / "hosts").write_text("127.0.0.1 localhost\n" + hosts)
        (directory / "resolv.conf").write_text("nameserver 127.0.0.1\n"
                                               "options timeout:1 attempts:1\n")

    def start_servers(self):
        tls = self.work / "tls"
        make_certificates(tls)
        for folder in ("www", "www-good", "cases"):
            (self.work / folder).mkdir(parents=True, exist_ok=True)
            os.chmod(self.work / folder, 0o777)  # php -S runs as root here; harmless
        (self.work / "desktop-hosts").write_text(
            f"127.0.0.1 localhost\n{HOSTS['mail']} {MAIL_NAME}\n")
        self.name_files("webhost", f"{HOSTS['hostmail']} {MAIL_NAME}\n")
        self.name_files("goodhost", f"{HOSTS['mail']} {MAIL_NAME}\n")

        def smtp(name, role, port, greeting, cert, smtps=None, tls_min="1.2", delay=0.0):
            argv = [PYTHON, str(SMTP_PEER), "--host", HOSTS[role], "--port", str(port),
                    "--greeting-host", greeting, "--ident", "ESMTP site lab",
                    "--cert", str(tls / f"{cert}.pem"), "--key", str(tls / f"{cert}.key"),
                    "--tls-min", tls_min, "--allow-lab-address"]
            if smtps:
                argv += ["--smtps-port", str(smtps)]
            if delay:
                argv += ["--greeting-delay", str(delay)]
            self.launch(name, role, argv)

        smtp("mail-25", "mail", 25, MAIL_NAME, "mail")
        smtp("mail-587", "mail", 587, MAIL_NAME, "mail", smtps=465)
        smtp("mail-2525", "mail", 2525, MAIL_NAME, "mail")
        smtp("mail-2600", "mail", 2600, MAIL_NAME, "mail")
        smtp("mail-2700", "mail", TLS13_PORT, MAIL_NAME, "mail", tls_min="1.3")
        smtp("mail-2800", "mail", SLOW_GREETING_PORT, MAIL_NAME, "mail",
             delay=SLOW_GREETING_SECONDS)
        smtp("hostmail-25", "hostmail", 25, HOSTMAIL_NAME, "hostmail")
        smtp("impostor-2600", "hostmail", 2600, MAIL_NAME, "impostor")

        php = shutil.which("php")
        # A few workers each, as a real web server has: a probe that the
        # client gave up on must not hold the next request.
        os.environ["PHP_CLI_SERVER_WORKERS"] = "4"
        address = HOSTS["webhost"]
        www = str(self.work / "www")
        ca = f"openssl.cafile={tls / 'ca.pem'}"
        servers = {
            "web": ["-d", ca, "-S", f"{address}:{WEB_PORTS['web']}", "-t", www],
            "oldca": ["-d", f"openssl.cafile={tls / 'other-ca.pem'}",
                      "-S", f"{address}:{WEB_PORTS['oldca']}", "-t", www],
            "nosock": ["-d", ca, "-d", "disable_functions=stream_socket_client,fsockopen",
                       "-S", f"{address}:{WEB_PORTS['nosock']}", "-t", www],
            "text": ["-S", f"{address}:{WEB_PORTS['text']}", "-t", www,
                     str(ROUTERS / "as_text.php")],
            "crafted": ["-S", f"{address}:{WEB_PORTS['crafted']}", "-t", str(self.work / "cases"),
                        str(ROUTERS / "crafted.php")],
            "oldtls": ["-d", ca, "-S", f"{address}:{WEB_PORTS['oldtls']}", "-t", www],
            "waf": ["-d", ca, "-S", f"{address}:{WEB_PORTS['waf']}", "-t", www,
                    str(ROUTERS / "no_delete.php")],
        }
        old_openssl = self.work / "old-openssl.cnf"
        old_openssl.write_text(OLD_OPENSSL_CONF)
        inherited = os.environ.get("OPENSSL_CONF")
        for name, args in servers.items():
            # The environment is inherited at launch: OPENSSL_CONF for oldtls only.
            if name == "oldtls":
                os.environ["OPENSSL_CONF"] = str(old_openssl)
            elif inherited is None:
                os.environ.pop("OPENSSL_CONF", None)
            else:
                os.environ["OPENSSL_CONF"] = inherited
            self.launch(f"php-{name}", "webhost", [php, *args])
        if inherited is None:
            os.environ.pop("OPENSSL_CONF", None)
        else:
            os.environ["OPENSSL_CONF"] = inherited
        self.launch("php-good", "goodhost",
                    [php, "-d", ca, "-S", f"{HOSTS['goodhost']}:{GOOD_PORT}",
                     "-t", str(self.work / "www-good")])

    def wait_ready(self):
        targets = [f"{HOSTS['mail']}:{port}"
                   for port in (25, 465, 587, 2525, 2600, TLS13_PORT, SLOW_GREETING_PORT)]
        targets += [f"{HOSTS['hostmail']}:{port}" for port in (25, 2600)]
        targets += [f"{HOSTS['webhost']}:{port}" for port in WEB_PORTS.values()]
        targets.append(f"{HOSTS['goodhost']}:{GOOD_PORT}")
        proc = subprocess.Popen(["ip", "netns", "exec", self.ns("desktop"), PYTHON, str(SCRIPT),
                                 "probe", *targets], stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            while proc.poll() is None:
                for name, child in self.popen.items():
                    if child.poll() is not None:
                        log = next(p["log"] for p in self.processes if p["name"] == name)
                        raise LabError(f"{name} exited with status {child.returncode}; "
                                       f"last lines of {log}:\n{log_tail(log)}")
                time.sleep(0.05)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
        if proc.returncode != 0:
            raise LabError(f"listeners not ready: {proc.stdout.read().strip()}")

    def build(self):
        self.work.mkdir(parents=True, exist_ok=True)
        self.record()
        self.preflight()
        for index, role in enumerate(HOSTS, start=1):
            self.add_host(index, role)
        self.check_isolated()
        self.start_servers()
        self.wait_ready()
        self.status = "ready"
        return self.record(ready_seconds=round(time.monotonic() - self.began, 3))


def remove_name_files(record):
    for directory in record.get("etc_netns", []):
        path = Path(directory)
        if path.parent == Path("/etc/netns") and path.name.startswith("sds"):
            shutil.rmtree(path, ignore_errors=True)


def alive(record):
    return (record.get("status") == "ready"
            and all(netns_exists(name) for name in record.get("namespaces", {}).values())
            and all(owns_group(process) for process in record.get("processes", [])))


def start(state):
    try:
        with state_lock(state):
            return start_locked(state)
    except LabError as why:
        print(f"sitelab: {why}")
        return 1


def start_locked(state):
    record_path = state / RECORD_NAME
    old = load_record(record_path)
    if old and "skipped" not in old:
        if alive(old):
            print(f"sitelab: lab {old['prefix']} already running, left as is")
            return 0
        problems = teardown(old)
        remove_name_files(old)
        if problems:
            print("sitelab: could not clear the previous lab:\n  " + "\n  ".join(problems))
            return 1
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
        remove_name_files(lab.record())
        write_record(record_path, {"name": "sitelab", "skipped": str(why)})
        print(f"sitelab: SKIPPED, the web host lab cannot run here: {why}")
        return 0
    except (Exception, KeyboardInterrupt) as why:
        problems = teardown(lab.record())
        remove_name_files(lab.record())
        record_path.unlink(missing_ok=True)
        print(f"sitelab: failed to start: {why}")
        if problems:
            print("sitelab: and could not clean up everything:\n  " + "\n  ".join(problems))
        return 1
    print(f"sitelab: lab {record['prefix']} ready in {record['ready_seconds']:.2f} s "
          f"(pids {record['pids']}), see {record_path}")
    return 0


def stop(state):
    try:
        with state_lock(state):
            record_path = state / RECORD_NAME
            record = load_record(record_path)
            if record is None or "skipped" in record:
                record_path.unlink(missing_ok=True)
                print("sitelab: nothing to stop")
                return 0
            problems = teardown(record)
            remove_name_files(record)
            if problems:
                print("sitelab: stop left things behind (record kept):\n  "
                      + "\n  ".join(problems))
                return 1
            record_path.unlink(missing_ok=True)
            print(f"sitelab: stopped lab {record.get('prefix')} (pids {record.get('pids')})")
            return 0
    except LabError as why:
        print(f"sitelab: {why}")
        return 1


def probe(targets):
    """Internal, run inside the lab: wait until every ADDR:PORT accepts."""
    waiting = list(targets)
    deadline = time.monotonic() + READY_TIMEOUT
    while waiting and time.monotonic() < deadline:
        still = []
        for target in waiting:
            address, port = target.rsplit(":", 1)
            if not address.startswith(NETWORK):
                raise SystemExit(f"sitelab: {address} is not a lab address")
            try:
                with socket.create_connection((address, int(port)), timeout=0.5):
                    pass
            except OSError:
                still.append(target)
        waiting = still
        if waiting:
            time.sleep(0.05)
    if waiting:
        print(f"no answer after {READY_TIMEOUT:.0f} s from: {' '.join(waiting)}")
        return 1
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("start", "stop"):
        sub = commands.add_parser(name)
        sub.add_argument("--state-dir", required=True, type=Path, metavar="DIR")
    sub = commands.add_parser("probe", help="internal: wait until targets accept")
    sub.add_argument("targets", nargs="+", metavar="ADDR:PORT")
    args = parser.parse_args()
    if args.command == "probe":
        return probe(args.targets)
    state = netlab.state_dir(args).resolve()
    return start(state) if args.command == "start" else stop(state)


if __name__ == "__main__":
    sys.exit(main())
