# SPDX-License-Identifier: GPL-3.0-or-later
"""NSD as a test DNS server: the configuration every fixture uses."""

import shutil
from pathlib import Path


def nsd_command(directory, address, port, zones):
    """Writes DIRECTORY/nsd.conf for NSD on ADDRESS:PORT (UDP and TCP),
    authoritative for `zones` (a list of (zone name, zone file)), running as
    the caller with every state file inside DIRECTORY, and returns the
    command line that runs it in the foreground."""
    directory = Path(directory)
    text = f"""server:
    ip-address: {address}
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
"""
    for name, zonefile in zones:
        text += f"""zone:
    name: "{name}"
    zonefile: "{zonefile}"
"""
    conf = directory / "nsd.conf"
    conf.write_text(text)
    nsd = shutil.which("nsd") or "/usr/sbin/nsd"
    return [nsd, "-d", "-c", str(conf)]
