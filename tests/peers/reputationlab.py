#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The sender reputation lab: zone files for NSD with the reverse DNS of a few
sending addresses and the three default DNS blocklists, under their real
zone names, with test entries (tst_messagereputation).

The resolver of the program under test is pointed at this NSD alone
(--resolver 127.0.0.1@PORT), so no query for zen.spamhaus.org, bl.spamcop.net
or b.barracudacentral.org leaves the machine. The sending addresses are in
198.18.0.0/15 and 2001:2::/48 (benchmarking ranges, RFC 6890): unlike the
documentation ranges, unbound has no built-in local zone for their reverse
names, so the look-ups really reach NSD.

    reputationlab.py prepare DIR    writes the zone files; prints them
"""

import sys
from pathlib import Path

# address -> (PTR names, or None for NXDOMAIN, or [] for a name with no PTR)
REVERSE4 = {
    "198.18.0.10": ["mail.sender.test"],    # forward-confirmed, on no list
    "198.18.0.11": None,                    # no PTR, on ZEN as SBL
    "198.18.0.12": ["other.sender.test"],   # name points elsewhere; XBL and SpamCop
    "198.18.0.13": ["home.sender.test"],    # confirmed; PBL (ISP and Spamhaus)
    "198.18.0.14": ["mail.sender.test", "refused.sender.test"],  # ZEN refuses
    "198.18.0.15": [],                      # NOERROR, no PTR (NODATA)
}
V6 = "2001:2::25"
V6_NAME = "v6.sender.test"

FORWARD = [
    ("mail", "A", "198.18.0.10"),
    ("mail", "A", "198.18.0.14"),
    ("other", "A", "198.18.0.99"),
    ("home", "A", "198.18.0.13"),
    ("refused", "A", "198.18.0.14"),
    ("v6", "AAAA", V6),
]

# zone -> {address: [answers]}
LISTINGS = {
    "zen.spamhaus.org": {
        "198.18.0.11": ["127.0.0.2"],
        "198.18.0.12": ["127.0.0.4"],
        "198.18.0.13": ["127.0.0.10", "127.0.0.11"],
        "198.18.0.14": ["127.255.255.254"],
        V6: ["127.0.0.2"],
    },
    "bl.spamcop.net": {"198.18.0.12": ["127.0.0.2"]},
    "b.barracudacentral.org": {},
}


def reversed4(address):
    return ".".join(reversed(address.split(".")))


def nibbles6(address):
    import ipaddress
    return ".".join(reversed(ipaddress.IPv6Address(address).exploded.replace(":", "")))


def zone_file(directory, zone, records):
    lines = [f"$ORIGIN {zone}.", "$TTL 60",
             f"@ SOA ns.{zone}. hostmaster.{zone}. 1 3600 600 86400 60",
             f"@ NS ns.{zone}.", "ns A 127.0.0.1"]
    lines += [f"{owner} {rtype} {data}" for owner, rtype, data in records]
    path = Path(directory) / f"{zone}.zone"
    path.write_text("\n".join(lines) + "\n")
    return (zone, path)


def prepare(directory):
    """The zone files in `directory`; returns [(zone, path)] for NSD."""
    zones = []
    reverse = []
    for address, names in REVERSE4.items():
        owner = address.split(".")[3]
        if names is None:
            continue
        if not names:
            reverse.append((owner, "TXT", '"a name with no PTR record"'))
        reverse += [(owner, "PTR", f"{name}.") for name in names]
    zones.append(zone_file(directory, "18.198.in-addr.arpa",
                           [(f"{owner}.0", rtype, data) for owner, rtype, data in reverse]))
    v6zone = "0.0.0.0.2.0.0.0.1.0.0.2.ip6.arpa"
    v6owner = nibbles6(V6)[:-len("0.0.0.0.2.0.0.0.1.0.0.2") - 1]
    zones.append(zone_file(directory, v6zone, [(v6owner, "PTR", f"{V6_NAME}.")]))
    zones.append(zone_file(directory, "sender.test", FORWARD))
    for zone, listed in LISTINGS.items():
        records = [("2.0.0.127", "A", "127.0.0.2")]  # RFC 5782 section 5 test entry
        for address, answers in listed.items():
            owner = nibbles6(address) if ":" in address else reversed4(address)
            records += [(owner, "A", answer) for answer in answers]
        zones.append(zone_file(directory, zone, records))
    return zones


def main():
    if len(sys.argv) != 3 or sys.argv[1] != "prepare":
        print(__doc__, file=sys.stderr)
        return 2
    Path(sys.argv[2]).mkdir(parents=True, exist_ok=True)
    for zone, path in prepare(sys.argv[2]):
        print(zone, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
