#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A network cable with a delay, for the firewall lab (netlab.py).

    delay_wire.py --delay-ms MS --tap NAME_A --tap NAME_B

This kernel has no netem, so a round trip between namespaces of the lab is a
few microseconds: too short to tell a reset sent by a firewall on this
machine from one that came back from the far end. This program makes two TAP
devices in its own network namespace and copies every Ethernet frame from
one to the other after MS milliseconds, in both directions: a cable of
length MS. netlab.py attaches one end to its bridge and moves the other into
a client's namespace (a TAP device keeps its file descriptor when it moves),
so that client is MS each way from everyone else, ARP and NDP included.

It only ever copies frames between its two devices: it opens no socket and
reaches nothing beyond the lab. It runs until SIGTERM or SIGINT.
"""

import argparse
import collections
import fcntl
import os
import select
import signal
import struct
import sys
import time

TUNSETIFF = 0x400454CA
IFF_TAP = 0x0002
IFF_NO_PI = 0x1000
MAX_FRAME = 65536
MAX_QUEUED = 4096  # frames per direction; beyond that a frame is lost, as on a full link


def open_tap(name):
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK | os.O_CLOEXEC)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TAP | IFF_NO_PI))
    return fd


def run(delay, names):
    ends = [open_tap(name) for name in names]
    other = {ends[0]: ends[1], ends[1]: ends[0]}
    # One FIFO per direction: with a constant delay, frames leave in the
    # order they came.
    queues = {fd: collections.deque() for fd in ends}
    stopping = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stopping.append(True))
    print(f"delay_wire: {names[0]} <-> {names[1]}, {delay * 1000:.1f} ms each way",
          flush=True)
    while not stopping:
        now = time.monotonic()
        due = [queue[0][0] for queue in queues.values() if queue]
        timeout = max(0.0, min(due) - now) if due else 1.0
        try:
            readable, _, _ = select.select(ends, [], [], timeout)
        except InterruptedError:
            continue
        now = time.monotonic()
        for fd in readable:
            while True:
                try:
                    frame = os.read(fd, MAX_FRAME)
                except (BlockingIOError, InterruptedError):
                    break
                except OSError:  # the device is going away with its namespace
                    return 0
                queue = queues[other[fd]]
                if len(queue) < MAX_QUEUED:
                    queue.append((now + delay, frame))
        for fd, queue in queues.items():
            while queue and queue[0][0] <= now:
                _, frame = queue.popleft()
                try:
                    os.write(fd, frame)
                except (BlockingIOError, InterruptedError):
                    pass  # the device's queue is full: the frame is lost
                except OSError:  # the link is down (not up yet, or being removed)
                    pass
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--delay-ms", type=float, required=True)
    parser.add_argument("--tap", action="append", required=True, metavar="NAME")
    args = parser.parse_args()
    if len(args.tap) != 2:
        parser.error("give exactly two --tap names")
    return run(args.delay_ms / 1000.0, args.tap)


if __name__ == "__main__":
    sys.exit(main())
