#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A TCP proxy that delays every byte by a fixed time each way, and counts
round trips. This machine's kernel has no netem; this stands in for a
distant server in benchmarks.

    delay_proxy.py --listen-port P --upstream HOST:PORT --delay-ms D --stats FILE

Listens on 127.0.0.1:P and forwards to the upstream, holding each chunk for
D ms in each direction (order kept, so a round trip costs 2 x D). When a
connection ends it appends one JSON line to FILE:

  {"client_flights": N, "server_flights": M, "bytes_up": .., "bytes_down": ..,
   "client": "ADDRESS"}

A flight is a run of data in one direction with nothing the other way in
between; a client waits once for each server flight, so server_flights is
the number of round trips the dialogue needed. The TCP handshake itself is
not delayed (the kernel completes it before the proxy sees the connection).
Only ever points at loopback servers; with --lab, at an address of the
web host lab (tests/peers/sitelab.py, 10.251.0.0/24), which exists only
inside the lab's network namespaces, and listens on --listen-host there.
"""

import argparse
import asyncio
import ipaddress
import json
import signal

LAB_NETWORK = ipaddress.ip_network("10.251.0.0/24")


def allowed(host, lab):
    if host in ("127.0.0.1", "::1", "localhost"):
        return True
    try:
        return lab and ipaddress.ip_address(host) in LAB_NETWORK
    except ValueError:
        return False


class Dialogue:
    """Counts flights: who spoke last, and how often the speaker changed."""

    def __init__(self):
        self.last = None
        self.flights = {"client": 0, "server": 0}
        self.bytes = {"client": 0, "server": 0}

    def saw(self, side, size):
        if self.last != side:
            self.flights[side] += 1
            self.last = side
        self.bytes[side] += size


async def pump(reader, writer, delay, dialogue, side):
    """Copies reader to writer, each chunk due `delay` seconds after it came."""
    queue = asyncio.Queue()
    loop = asyncio.get_running_loop()

    async def deliver():
        while True:
            due, data = await queue.get()
            if data is None:
                break
            await asyncio.sleep(max(0.0, due - loop.time()))
            writer.write(data)
            await writer.drain()
        await asyncio.sleep(max(0.0, due - loop.time()))
        if writer.can_write_eof():
            try:
                writer.write_eof()
            except OSError:  # the other side is already gone
                pass

    delivering = asyncio.create_task(deliver())
    try:
        while data := await reader.read(65536):
            dialogue.saw(side, len(data))
            queue.put_nowait((loop.time() + delay, data))
    except ConnectionError:
        pass
    queue.put_nowait((loop.time() + delay, None))
    try:
        await delivering
    except ConnectionError:
        pass


async def serve(options):
    host, port = options.upstream.rsplit(":", 1)
    assert allowed(host, options.lab), "loopback (or, with --lab, web host lab) upstreams only"
    assert allowed(options.listen_host, options.lab), "listens on loopback or the lab only"
    delay = options.delay_ms / 1000.0

    async def handle(client_reader, client_writer):
        peer = (client_writer.get_extra_info("peername") or ("",))[0]
        try:
            server_reader, server_writer = await asyncio.open_connection(host, int(port))
        except OSError:
            client_writer.close()
            return
        dialogue = Dialogue()
        await asyncio.gather(
            pump(client_reader, server_writer, delay, dialogue, "client"),
            pump(server_reader, client_writer, delay, dialogue, "server"))
        for writer in (client_writer, server_writer):
            writer.close()
        with open(options.stats, "a") as stats:
            stats.write(json.dumps({"client_flights": dialogue.flights["client"],
                                    "server_flights": dialogue.flights["server"],
                                    "bytes_up": dialogue.bytes["client"],
                                    "bytes_down": dialogue.bytes["server"],
                                    "client": peer}) + "\n")

    server = await asyncio.start_server(handle, options.listen_host, options.listen_port)
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(signum, stop.set)
    print("ready", flush=True)
    async with server:
        await stop.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen-port", type=int, required=True)
    parser.add_argument("--listen-host", default="127.0.0.1")
    parser.add_argument("--lab", action="store_true",
                        help="allow addresses of the web host lab (10.251.0.0/24)")
    parser.add_argument("--upstream", required=True)
    parser.add_argument("--delay-ms", type=float, default=50.0)
    parser.add_argument("--stats", required=True)
    asyncio.run(serve(parser.parse_args()))


if __name__ == "__main__":
    main()
