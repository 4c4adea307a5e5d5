#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A DNS server 20 ms away, for the SPF benchmark: a delaying UDP and TCP
proxy in front of a DNS server on loopback.

    dns_delay_proxy.py --upstream 127.0.0.1@PORT --delay-ms 20 [--port 0] [--ready FILE]

Listens on 127.0.0.1 (UDP and TCP, the same port; 0: a free one), forwards
every query to the upstream at once and holds its answer for the delay
before it goes back: each query costs one round trip of that length, as
with a resolver on another network. This kernel has no netem. Only
loopback addresses are accepted, for the upstream and for listening.

--ready FILE gets {"port": N, "pid": P} once both sockets listen. Each
query's name and type is counted; SIGTERM or SIGINT prints the count to
stderr and exits.
"""

import argparse
import asyncio
import ipaddress
import json
import os
import signal
import struct
import sys

TCP_TIMEOUT = 10.0


def loopback(address):
    if not ipaddress.ip_address(address).is_loopback:
        raise SystemExit(f"dns_delay_proxy: {address} is not a loopback address")
    return address


def question_of(message):
    """(name, qtype) of a DNS message's first question, or None."""
    try:
        offset, labels = 12, []
        while message[offset]:
            length = message[offset]
            labels.append(message[offset + 1:offset + 1 + length].decode("ascii", "replace"))
            offset += 1 + length
        (qtype,) = struct.unpack("!H", message[offset + 1:offset + 3])
        return ".".join(labels).lower(), qtype
    except (IndexError, struct.error):
        return None


class Counter:
    def __init__(self):
        self.queries = 0

    def saw(self, message):
        if question_of(message):
            self.queries += 1


class UdpProxy(asyncio.DatagramProtocol):
    def __init__(self, upstream, delay, counter):
        self.upstream, self.delay, self.counter = upstream, delay, counter
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, client):
        self.counter.saw(data)
        asyncio.get_running_loop().create_task(self.forward(data, client))

    async def forward(self, data, client):
        loop = asyncio.get_running_loop()
        answered = loop.create_future()

        class Once(asyncio.DatagramProtocol):
            def datagram_received(self, reply, _):
                if not answered.done():
                    answered.set_result(reply)

        transport, _ = await loop.create_datagram_endpoint(Once, remote_addr=self.upstream)
        try:
            transport.sendto(data)
            reply = await asyncio.wait_for(answered, TCP_TIMEOUT)
        except asyncio.TimeoutError:
            return
        finally:
            transport.close()
        await asyncio.sleep(self.delay)
        self.transport.sendto(reply, client)


async def tcp_client(reader, writer, upstream, delay, counter):
    """RFC 1035 section 4.2.2 framing: a two-byte length before each message."""
    try:
        up_reader, up_writer = await asyncio.open_connection(*upstream)
    except OSError:
        writer.close()
        return
    try:
        while True:
            header = await asyncio.wait_for(reader.readexactly(2), TCP_TIMEOUT)
            query = await reader.readexactly(struct.unpack("!H", header)[0])
            counter.saw(query)
            up_writer.write(header + query)
            await up_writer.drain()
            length = await asyncio.wait_for(up_reader.readexactly(2), TCP_TIMEOUT)
            reply = await up_reader.readexactly(struct.unpack("!H", length)[0])
            await asyncio.sleep(delay)
            writer.write(length + reply)
            await writer.drain()
    except (asyncio.IncompleteReadError, asyncio.TimeoutError, ConnectionError):
        pass
    finally:
        up_writer.close()
        writer.close()


async def main(options):
    host, _, port = options.upstream.partition("@")
    upstream = (loopback(host), int(port or 53))
    delay = options.delay_ms / 1000.0
    counter = Counter()
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(
        lambda r, w: tcp_client(r, w, upstream, delay, counter), "127.0.0.1", options.port)
    port = server.sockets[0].getsockname()[1]
    udp, _ = await loop.create_datagram_endpoint(
        lambda: UdpProxy(upstream, delay, counter), local_addr=("127.0.0.1", port))
    if options.ready:
        with open(options.ready + ".tmp", "w") as ready:
            json.dump({"port": port, "pid": os.getpid()}, ready)
        os.replace(options.ready + ".tmp", options.ready)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    print(f"dns_delay_proxy: {counter.queries} queries", file=sys.stderr)
    udp.close()
    server.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upstream", required=True, metavar="ADDRESS@PORT")
    parser.add_argument("--delay-ms", type=float, default=20.0)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--ready", metavar="FILE")
    asyncio.run(main(parser.parse_args()))
