# SPDX-License-Identifier: GPL-3.0-or-later
"""What the benches share: a figure's spread over its runs, how it is
printed, the machine's load, and loopback ports."""

import os
import socket
import statistics


def spread(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def shown(figure, unit="ms", digits=1):
    return (f"{figure['median']:.{digits}f} {unit} (min {figure['min']:.{digits}f}, "
            f"max {figure['max']:.{digits}f})")


def load():
    return "load average %.2f %.2f %.2f" % os.getloadavg()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def accepts(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False
