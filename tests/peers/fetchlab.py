#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The fetch-back lab: a test message sent, signed, delivered and read back.

    fetchlab.py serve DIR     runs Exim and Dovecot as prepared in DIR

peerctl.py's fetch-lab peer calls prepare() (configuration from
exim-fetch.conf.in and dovecot-fetch.conf.in, the Maildir, the IMAP user),
then starts `serve`, which runs both servers in its own process group and
ends when either does; peerctl stops the group by its recorded pid.

Exim takes the message on the submission port, signs it with DKIM on an smtp
transport (d=dkim.test, s=s1: the dkim-lab peer's key, which its NSD
publishes, so the DKIM and DMARC checks of the message that arrived pass)
and relays it to its own second port, which delivers it to the Maildir:
junk@inbox.test into Junk (flagged \\Junk for SPECIAL-USE), lost@inbox.test
nowhere, anyone else into INBOX. Dovecot serves that Maildir over IMAP
(STARTTLS) and IMAPS, configured for the Dovecot found: 2.3 (Debian 12) or
2.4 (Debian 13), whose setting names differ (the version blocks of
dovecot-fetch.conf.in).

The mailbox signs in with its password (LOGIN, PLAIN) or, when the oauth-lab
peer runs, with an OAuth2 token from its oidc-provider (XOAUTH2,
OAUTHBEARER): Dovecot's oauth2 passdb asks the provider's introspection
endpoint (RFC 7662) whether the token is active and takes the account from
its email claim, which must be the user signing in.
"""

import grp
import json
import os
import pwd
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent

IMAP_USER = "mailbox@inbox.test"
IMAP_PASSWORD = "imap-Passw0rd-7f3"
SMTP_USER = "sender"
SMTP_PASSWORD = "smtp-Passw0rd-2c9"
DKIM_DOMAIN = "dkim.test"


def fill(template, values, dovecot=None):
    """The template with its @@NAME@@ placeholders filled; with `dovecot`
    ("2.4"), only the lines for that Dovecot version (for_version)."""
    text = (HERE / template).read_text()
    if dovecot:
        text = for_version(text, dovecot)
    for key, value in values.items():
        text = text.replace(f"@@{key}@@", value)
    return text


# The Dovecot versions dovecot-fetch.conf.in has blocks for.
DOVECOT_VERSIONS = ("2.3", "2.4")


def dovecot_version(dovecot):
    """"2.3" or "2.4", from `dovecot --version` ("2.4.1-4 (7d8c0e5759)")."""
    output = subprocess.run([dovecot, "--version"], capture_output=True, text=True,
                            check=True).stdout
    match = re.match(r"(\d+\.\d+)", output)
    if not match or match.group(1) not in DOVECOT_VERSIONS:
        raise RuntimeError(f"the fetch-back lab has no configuration for Dovecot "
                           f"{output.strip()!r} (only {', '.join(DOVECOT_VERSIONS)})")
    return match.group(1)


def for_version(text, version):
    """The lines of a template meant for `version`: those outside any block,
    and those of its "#@ dovecot X.Y" blocks (each ends at the next "#@")."""
    kept, block = [], None
    for line in text.splitlines(keepends=True):
        marker = line.split()[1:] if line.startswith("#@") else None
        if marker is None:
            if block in (None, version):
                kept.append(line)
        elif marker == ["end"]:
            block = None
        elif len(marker) == 2 and marker[0] == "dovecot" and marker[1] in DOVECOT_VERSIONS:
            block = marker[1]
        else:
            raise RuntimeError(f"unknown template marker: {line.strip()!r}")
    return "".join(kept)


def check_traversable(path):
    """The delivery user (nobody) must reach the Maildir: every directory
    above it searchable by others."""
    for parent in path.parents:
        if not parent.stat().st_mode & 0o001:
            raise RuntimeError(f"{parent} is not searchable by others (mode "
                               f"{parent.stat().st_mode & 0o777:o}): the mail user cannot "
                               f"reach {path}")


def introspection_url(oauth_lab):
    """The oauth-lab's RFC 7662 endpoint, with Dovecot's client credentials
    (HTTP Basic, RFC 6749 section 2.3.1) in the URL as Dovecot takes them."""
    issuer = urllib.parse.urlsplit(oauth_lab["issuer"])
    if issuer.hostname != "127.0.0.1":
        raise RuntimeError(f"the oauth-lab's issuer is not on loopback: {oauth_lab['issuer']}")
    client = urllib.parse.quote(oauth_lab["introspection_client"], safe="")
    secret = urllib.parse.quote(oauth_lab["introspection_secret"], safe="")
    return f"http://{client}:{secret}@{issuer.netloc}/token/introspection"


def prepare(directory, ports, dkim_key, oauth_lab=None):
    """Everything `serve` needs in `directory`; returns the record's extras.
    With `oauth_lab` (the oauth-lab peer's record) Dovecot takes its tokens."""
    if os.geteuid() != 0:
        raise RuntimeError("the fetch-back lab needs root (Exim and Dovecot change users)")
    if not dkim_key.exists():
        raise RuntimeError(f"no DKIM key at {dkim_key}: start the dkim-lab peer first")
    mail_user = pwd.getpwnam("nobody")
    mail_group = grp.getgrgid(mail_user.pw_gid)
    maildir = directory / "mail" / "Maildir"
    shutil.rmtree(directory / "mail", ignore_errors=True)  # no message left from older runs
    for sub in ("", ".Junk"):
        for leaf in ("cur", "new", "tmp"):
            (maildir / sub / leaf).mkdir(parents=True, exist_ok=True)
    for path in [directory / "mail", *maildir.rglob("*"), maildir]:
        os.chown(path, mail_user.pw_uid, mail_user.pw_gid)
    (directory / "mail").chmod(0o700)
    check_traversable(directory / "mail")
    for sub in ("exim", "exim/spool", "exim/log", "run", "state"):
        (directory / sub).mkdir(parents=True, exist_ok=True)
    for name in ("server.pem", "server.key"):
        shutil.copyfile(directory / name, directory / "exim" / name)

    # The signing transport runs as the mail user: its copy of the key.
    key = directory / "exim" / "dkim.key"
    shutil.copyfile(dkim_key, key)
    os.chown(key, mail_user.pw_uid, mail_user.pw_gid)
    key.chmod(0o400)

    exim_conf = directory / "exim" / "exim.conf"
    exim_conf.write_text(fill("exim-fetch.conf.in", {
        "EXIM_USER": "root", "EXIM_GROUP": "root",
        "EXIM_DIR": str(directory / "exim"),
        "SUBMIT_PORT": str(ports["smtp"]), "RELAY_PORT": str(ports["relay"]),
        "DKIM_KEY": str(key),
        "MAILDIR": str(maildir),
        "MAIL_USER": mail_user.pw_name, "MAIL_GROUP": mail_group.gr_name,
        "USER": SMTP_USER, "PASSWORD": SMTP_PASSWORD,
    }))
    exim_conf.chmod(0o644)  # Exim refuses a configuration writable by others

    users = directory / "users"
    users.write_text(f"{IMAP_USER}:{{PLAIN}}{IMAP_PASSWORD}:{mail_user.pw_uid}:"
                     f"{mail_user.pw_gid}::{directory / 'mail'}\n")
    # Read by Dovecot's auth process, which runs as the dovecot user.
    os.chown(users, 0, grp.getgrnam("dovecot").gr_gid)
    users.chmod(0o640)
    exim = shutil.which("exim4") or "/usr/sbin/exim4"
    dovecot = shutil.which("dovecot") or "/usr/sbin/dovecot"
    dh = Path("/usr/share/dovecot/dh.pem")
    dovecot_conf = directory / "dovecot.conf"
    version = dovecot_version(dovecot)
    # Tokens, when the oauth-lab runs: its introspection client's secret in
    # files only root and Dovecot's processes read (2.3 reads the oauth2
    # passdb's settings from a file of their own, 2.4 from oauth2.conf).
    for name, template in (("oauth2.conf", "dovecot-oauth2.conf.in"),
                           ("dovecot-oauth2.conf.ext", "dovecot-oauth2.conf.ext.in")):
        path = directory / name
        path.unlink(missing_ok=True)
        if oauth_lab:
            path.write_text(fill(template, {"DIR": str(directory),
                                            "INTROSPECTION_URL": introspection_url(oauth_lab)},
                                 dovecot=version))
            os.chown(path, 0, grp.getgrnam("dovecot").gr_gid)
            path.chmod(0o640)
    dovecot_conf.write_text(fill("dovecot-fetch.conf.in", {
        "DIR": str(directory), "MAILDIR": str(maildir),
        "IMAP_PORT": str(ports["imap"]), "IMAPS_PORT": str(ports["imaps"]),
        "SSL_DH": f"ssl_dh = <{dh}" if dh.exists() else "",
    }, dovecot=version))
    servers = {
        # -oX names the ports; the pid file then needs -oP (root only).
        "exim": [exim, "-C", str(exim_conf), "-bdf", "-oX",
                 f"{ports['smtp']}:{ports['relay']}", "-oP", str(directory / "exim" / "exim.pid")],
        "dovecot": [dovecot, "-F", "-c", str(dovecot_conf)],
    }
    (directory / "serve.json").write_text(json.dumps(servers, indent=2) + "\n")
    return {"imap_user": IMAP_USER, "imap_password": IMAP_PASSWORD,
            "user": SMTP_USER, "password": SMTP_PASSWORD,
            "dkim_domain": DKIM_DOMAIN, "maildir": str(maildir),
            "mainlog": str(directory / "exim" / "log" / "mainlog"),
            "dovecot_version": version,
            "dovecot_log": str(directory / "dovecot.log"),
            **({"imap_scope": oauth_lab["imap_scope"]} if oauth_lab else {})}


def serve(directory):
    """Both servers as children (in this process's group); ends, and ends the
    other, when one of them exits or this process is told to stop."""
    servers = json.loads((directory / "serve.json").read_text())
    children = {name: subprocess.Popen(cmdline, cwd=directory, stdin=subprocess.DEVNULL)
                for name, cmdline in servers.items()}

    def stop(*_):
        for child in children.values():
            if child.poll() is None:
                child.terminate()
        for child in children.values():
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while True:
        for name, child in children.items():
            if child.poll() is not None:
                print(f"fetchlab: {name} exited with status {child.returncode}", flush=True)
                stop()
        time.sleep(0.2)


def main():
    if len(sys.argv) != 3 or sys.argv[1] != "serve":
        print(__doc__, file=sys.stderr)
        return 2
    serve(Path(sys.argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
