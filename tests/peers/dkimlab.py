#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The message lab: DNS records and a corpus of delivered messages for the
checks of a message that arrived (DKIM, SPF, DMARC).

    dkimlab.py prepare DIR       keys, zone files and the corpus in DIR
    dkimlab.py oracle --dns PORT --manifest DIR/cases.json
                                 python3-dkim's and python3-authheaders'
                                 verdicts on every case, asking NSD on PORT

prepare (run by peerctl.py's dkim-lab peer, before NSD starts on the zones)
makes fresh RSA keys with openssl, publishes them in zone files for NSD, and
signs each case with python3-dkim at that moment, then alters it the way the
case says: one case per finding id. Nothing is kept between runs.

oracle asks the same NSD the program under test asks (dnspython pointed at
127.0.0.1:PORT), so both sides judge the same records.
"""

import argparse
import base64
import json
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock

RECEIVER = "mx.receiver.test"
LISTED_IP = "192.0.2.25"      # in the SPF records of service.example and dkim.test
UNLISTED_IP = "198.51.100.7"  # in no SPF record
SERVICE_HELO = "out.service.example"

# Who signs with which key: (selector, domain) -> key name; a key listed
# here but not published is the "key removed" case.
KEYS = {
    ("s1", "dkim.test"): "main",
    ("gone", "dkim.test"): "gone",
    ("revoked", "dkim.test"): "revoked",
    ("svc", "service.example"): "service",
    ("s1", "mail.strict.test"): "main",
}

# Zone name -> records (owner relative to the zone, type, text); keys are
# added from KEYS by publish().
ZONES = {
    "dkim.test": [
        ("@", "TXT", f"v=spf1 ip4:{LISTED_IP} -all"),
        ("_dmarc", "TXT", "v=DMARC1; p=quarantine"),
        ("revoked._domainkey", "TXT", "v=DKIM1; k=rsa; p="),
    ],
    "service.example": [
        ("@", "TXT", f"v=spf1 ip4:{LISTED_IP} -all"),
    ],
    "strict.test": [
        ("@", "TXT", "v=spf1 -all"),
        ("_dmarc", "TXT", "v=DMARC1; p=reject; adkim=s; aspf=s"),
    ],
}
PUBLISHED = {("s1", "dkim.test"), ("svc", "service.example"), ("s1", "mail.strict.test")}


def make_key(directory, name):
    private = directory / f"{name}.key"
    if not private.exists():
        subprocess.run(["openssl", "genrsa", "-out", str(private), "1024"],
                       check=True, capture_output=True)
    public = subprocess.run(["openssl", "rsa", "-in", str(private), "-pubout", "-outform", "DER"],
                            check=True, capture_output=True).stdout
    return private.read_bytes(), base64.b64encode(public).decode()


def txt_data(text):
    """A TXT record's text as zone file strings of at most 255 characters."""
    return " ".join(f'"{text[i:i + 255]}"' for i in range(0, len(text), 255))


def publish(directory, public_keys):
    zones = []
    for zone, records in ZONES.items():
        lines = [f"$ORIGIN {zone}.", "$TTL 60",
                 f"@ SOA ns.{zone}. hostmaster.{zone}. 1 3600 600 86400 60",
                 f"@ NS ns.{zone}.", "ns A 127.0.0.1"]
        lines += [f"{owner} {rtype} {txt_data(text)}" for owner, rtype, text in records]
        for (selector, domain), key in KEYS.items():
            if (selector, domain) not in PUBLISHED or not (domain + ".").endswith(zone + "."):
                continue
            owner = f"{selector}._domainkey.{domain}."
            lines.append(f"{owner} TXT {txt_data('v=DKIM1; k=rsa; p=' + public_keys[key])}")
        path = directory / f"{zone}.zone"
        path.write_text("\n".join(lines) + "\n")
        zones.append((zone, path))
    return zones


def message(case, from_domain, subject=None):
    return ("From: Alice <alice@{d}>\r\n"
            "To: bob@receiver.test\r\n"
            "Subject: {s}\r\n"
            "Date: Mon, 07 Dec 2026 07:00:00 +0000\r\n"
            "Message-ID: <{c}@lab.test>\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            "\r\n"
            "Hello Bob,\r\n"
            "this is the {c} case of the message lab.\r\n").format(
                d=from_domain, s=subject or f"Lab message: {case}", c=case).encode()


def sign(text, selector, domain, private_keys, at=None, expires=None):
    """python3-dkim's signature; `at` and `expires` (seconds since the
    epoch) sign as of that moment with an x= tag, which dkim.sign() has no
    parameter for: the tag goes in through the signer's own header maker."""
    import dkim
    signer = dkim.DKIM(text)
    if expires is not None:
        make_header = signer.gen_header

        def with_expiry(fields, *args, **kwargs):
            at_h = [name for name, _ in fields].index(b"h")
            fields.insert(at_h, (b"x", str(expires).encode()))
            return make_header(fields, *args, **kwargs)
        signer.gen_header = with_expiry
    key = private_keys[KEYS[(selector, domain)]]
    with mock.patch("dkim.time.time", return_value=at if at is not None else time.time()):
        header = signer.sign(selector.encode(), domain.encode(), key,
                             canonicalize=(b"relaxed", b"relaxed"))
    return header + text


def delivered(text, ip, mail_from, helo=SERVICE_HELO, results=None):
    """The headers the receiver adds on delivery, on top."""
    top = f"Return-Path: <{mail_from}>\r\n"
    if results:
        top += f"Authentication-Results: {RECEIVER}; {results}\r\n"
    top += (f"Received: from {helo} ({helo} [{ip}])\r\n"
            f"\tby {RECEIVER} (Postfix) with ESMTPS id 4LabQ1\r\n"
            f"\tfor <bob@receiver.test>; Mon, 07 Dec 2026 07:00:05 +0000\r\n")
    return top.encode() + text


def corpus(private_keys):
    """Each case: (name, message, ip, mail_from, ids it must give, reason
    of its DKIM finding)."""
    service = "bounce@service.example"
    now = int(time.time())
    cases = []

    def add(name, text, ids, reason=None, ip=LISTED_IP, mail_from=service):
        cases.append({"name": name, "text": text, "ip": ip, "mail_from": mail_from,
                      "helo": SERVICE_HELO, "ids": ids, "reason": reason})

    add("pass", delivered(sign(message("pass", "dkim.test"), "s1", "dkim.test", private_keys),
                          LISTED_IP, service),
        ["message.dkim_pass", "message.dmarc_pass", "message.spf_pass"], "pass")
    signed = sign(message("body_changed", "dkim.test"), "s1", "dkim.test", private_keys)
    add("body_changed",
        delivered(signed + b"-- \r\nSent with a footer added on the way\r\n", LISTED_IP, service,
                  results="dkim=pass header.d=dkim.test; dmarc=pass header.from=dkim.test"),
        ["message.dkim_body_changed", "message.dmarc_fail", "message.results_changed"],
        "body_changed")
    signed = sign(message("header_changed", "dkim.test"), "s1", "dkim.test", private_keys)
    add("header_changed",
        delivered(signed.replace(b"Subject: Lab", b"Subject: [EXTERNAL] Lab"), LISTED_IP, service),
        ["message.dkim_fail", "message.dmarc_fail"], "signature_mismatch")
    add("key_missing",
        delivered(sign(message("key_missing", "dkim.test"), "gone", "dkim.test", private_keys),
                  LISTED_IP, service, results="dkim=pass header.d=dkim.test"),
        ["message.dkim_fail", "message.dmarc_fail", "message.results_changed"], "key_missing")
    add("key_revoked",
        delivered(sign(message("key_revoked", "dkim.test"), "revoked", "dkim.test",
                       private_keys), LISTED_IP, service),
        ["message.dkim_fail", "message.dmarc_fail"], "key_revoked")
    add("expired",
        delivered(sign(message("expired", "dkim.test"), "s1", "dkim.test", private_keys,
                       at=now - 2 * 86400, expires=now - 86400), LISTED_IP, service),
        ["message.dkim_fail", "message.dmarc_fail"], "expired")
    add("not_aligned",
        delivered(sign(message("not_aligned", "dkim.test"), "svc", "service.example",
                       private_keys), LISTED_IP, service),
        ["message.dkim_pass", "message.dkim_not_aligned", "message.dmarc_fail"], "pass")
    add("strict",
        delivered(sign(message("strict", "strict.test"), "s1", "mail.strict.test", private_keys),
                  LISTED_IP, service),
        ["message.dkim_pass", "message.dmarc_fail"], "pass")
    add("spf_fail",
        delivered(sign(message("spf_fail", "dkim.test"), "s1", "dkim.test", private_keys),
                  UNLISTED_IP, "bounce@dkim.test"),
        ["message.spf_fail", "message.dkim_pass", "message.dmarc_pass"], "pass",
        ip=UNLISTED_IP, mail_from="bounce@dkim.test")
    add("unsigned", delivered(message("unsigned", "dkim.test"), LISTED_IP, service),
        ["message.dkim_missing", "message.dmarc_fail"])
    return cases


def prepare(directory):
    """Keys, zones and corpus in `directory`; returns the zones for NSD."""
    directory = Path(directory)
    keys = directory / "keys"
    keys.mkdir(parents=True, exist_ok=True)
    private_keys, public_keys = {}, {}
    for name in sorted(set(KEYS.values())):
        private_keys[name], public_keys[name] = make_key(keys, name)
    zones = publish(directory, public_keys)
    messages = directory / "corpus"
    messages.mkdir(exist_ok=True)
    manifest = []
    for case in corpus(private_keys):
        path = messages / f"{case['name']}.eml"
        path.write_bytes(case.pop("text"))
        manifest.append(dict(case, file=str(path)))
    (messages / "cases.json").write_text(json.dumps(manifest, indent=1))
    return zones, messages / "cases.json"


def oracle(port, manifest):
    """python3-dkim (every signature) and python3-authheaders (SPF, DKIM,
    DMARC as a receiver would write them) on every case."""
    import re
    import dns.resolver
    import authheaders
    import dkim
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = ["127.0.0.1"]
    resolver.port = port
    resolver.lifetime = 5
    dns.resolver.default_resolver = resolver
    verdicts = {}
    for case in json.loads(Path(manifest).read_text()):
        text = Path(case["file"]).read_bytes()
        signatures = len(re.findall(rb"^DKIM-Signature:", text, re.M | re.I))
        dkim_results = []
        for index in range(signatures):
            try:  # python3-dkim raises for some failures, returns False for others
                dkim_results.append(bool(dkim.DKIM(text).verify(idx=index)))
            except dkim.DKIMException:
                dkim_results.append(False)
        header = authheaders.authenticate_message(
            text, "oracle.test", spf=True, dkim=True, dmarc=True, ip=case["ip"],
            mail_from=case["mail_from"], helo=case["helo"])

        def method(name):
            found = re.search(rf"\b{name}=(\w+)", header)
            return found.group(1) if found else "none"
        verdicts[case["name"]] = {"dkim": dkim_results, "spf": method("spf"),
                                  "dmarc": method("dmarc"), "header": header}
    json.dump(verdicts, sys.stdout, indent=1)
    return 0


def main():
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("prepare")
    make.add_argument("directory", type=Path)
    ask = commands.add_parser("oracle")
    ask.add_argument("--dns", type=int, required=True)
    ask.add_argument("--manifest", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "prepare":
        zones, manifest = prepare(args.directory)
        print(manifest)
        return 0
    return oracle(args.dns, args.manifest)


if __name__ == "__main__":
    sys.exit(main())
