#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile DNS servers for SMTP Doctor's hostile-peer suite (tst_hostile).

One process, one UDP and TCP listener (the same port number) per behaviour:

    hostile_dns.py --host 127.0.0.1 --listen NAME=PORT [--listen NAME=PORT ...]
        [--late-seconds S]

  servfail   SERVFAIL to every query, over UDP and TCP
  truncated  over UDP an empty answer with TC set (RFC 1035 section 4.1.1:
             "retry over TCP"); over TCP a length prefix announcing the whole
             answer, half of it, then the connection closes
  late       the right answer (as "big" has it), but only after --late-seconds
             (default 30), long after any deadline of the client's
  big        hostile.test: a zone whose apex TXT is one SPF record of about
             64 KB (253 strings of up to 255 bytes; near the 65 535-byte limit
             of a DNS message over TCP), MX 10 mail.hostile.test, and A
             127.0.0.1 for every name; over UDP anything longer than 512
             bytes (or the client's EDNS size) goes out empty with TC set

Uses dnslib (Debian: python3-dnslib) to read and write messages. Stops on
SIGTERM or SIGINT.
"""

import argparse
import asyncio
import logging
import signal
import struct
import sys

from dnslib import A, MX, QTYPE, RCODE, RR, TXT, DNSLabel, DNSRecord

ZONE = DNSLabel("hostile.test")
TTL = 60
log = logging.getLogger("hostile-dns")


def big_spf_strings():
    """One SPF record of about 64 KB as TXT strings of at most 255 bytes:
    ip4 mechanisms in 198.18.0.0/15 (benchmarking addresses), then -all."""
    text = "v=spf1"
    index = 0
    while len(text) < 64000:
        text += f" ip4:198.{18 + index // 65536 % 2}.{index // 256 % 256}.{index % 256}"
        index += 1
    text += " -all"
    return [text[i:i + 255] for i in range(0, len(text), 255)]


BIG_SPF = big_spf_strings()


def answer(request):
    """The right answer for hostile.test and its names (the zone of "big")."""
    reply = request.reply()
    name, qtype = request.q.qname, QTYPE[request.q.qtype]
    if not name.matchSuffix(ZONE):
        reply.header.rcode = RCODE.REFUSED
        return reply
    if qtype in ("A", "ANY"):
        reply.add_answer(RR(name, QTYPE.A, rdata=A("127.0.0.1"), ttl=TTL))
    if qtype == "MX" and name == ZONE:
        reply.add_answer(RR(name, QTYPE.MX, rdata=MX("mail.hostile.test."), ttl=TTL))
    if qtype == "TXT" and name == ZONE:
        reply.add_answer(RR(name, QTYPE.TXT, rdata=TXT(BIG_SPF), ttl=TTL))
    return reply


def udp_limit(request):
    """RFC 6891: the EDNS payload size the client offered, else 512."""
    for record in request.ar:
        if record.rtype == QTYPE.OPT:
            return max(512, record.rclass)
    return 512


def truncated(request):
    reply = request.reply()
    reply.header.tc = 1
    return reply


def respond(behaviour, request, over_tcp):
    """The message to send back, as bytes (None: no answer)."""
    if behaviour == "servfail":
        reply = request.reply()
        reply.header.rcode = RCODE.SERVFAIL
        return reply.pack()
    if behaviour == "truncated" and not over_tcp:
        return truncated(request).pack()
    if behaviour == "truncated":
        data = answer(request).pack()
        return struct.pack("!H", len(data) + 1000) + data[:len(data) // 2]  # and close
    data = answer(request).pack()
    if not over_tcp and len(data) > udp_limit(request):
        return truncated(request).pack()
    return data


class Udp(asyncio.DatagramProtocol):
    def __init__(self, behaviour, late_seconds):
        self.behaviour, self.late_seconds = behaviour, late_seconds

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, address):
        try:
            request = DNSRecord.parse(data)
        except Exception:  # not DNS: a hostile peer ignores it
            return
        log.info("%s udp %s %s", self.behaviour, request.q.qname, QTYPE[request.q.qtype])
        reply = respond(self.behaviour, request, over_tcp=False)
        if self.behaviour == "late":
            asyncio.get_running_loop().call_later(
                self.late_seconds, self.transport.sendto, reply, address)
        else:
            self.transport.sendto(reply, address)


def tcp_handler(behaviour, late_seconds):
    async def handle(reader, writer):
        try:
            while True:
                length = struct.unpack("!H", await reader.readexactly(2))[0]
                request = DNSRecord.parse(await reader.readexactly(length))
                log.info("%s tcp %s %s", behaviour, request.q.qname, QTYPE[request.q.qtype])
                reply = respond(behaviour, request, over_tcp=True)
                if behaviour == "late":
                    await asyncio.sleep(late_seconds)
                if behaviour == "truncated":
                    writer.write(reply)  # already framed, and short of its length
                    await writer.drain()
                    return
                writer.write(struct.pack("!H", len(reply)) + reply)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, OSError):
            pass
        except Exception as error:  # a message dnslib cannot read
            log.info("%s tcp: unreadable query (%s)", behaviour, error)
        finally:
            writer.transport.abort()
    return handle


async def main_async(host, listen, late_seconds):
    loop = asyncio.get_running_loop()
    servers = []
    for name, port in listen:
        transport, _ = await loop.create_datagram_endpoint(
            lambda name=name: Udp(name, late_seconds), local_addr=(host, port))
        servers.append(transport)
        servers.append(await asyncio.start_server(tcp_handler(name, late_seconds), host, port))
        log.info("%s on %s:%d (UDP and TCP)", name, host, port)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    for server in servers:
        server.close()


BEHAVIOURS = ("servfail", "truncated", "late", "big")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--listen", action="append", default=[], metavar="NAME=PORT")
    parser.add_argument("--late-seconds", type=float, default=30.0)
    args = parser.parse_args()
    listen = []
    for item in args.listen:
        name, _, port = item.partition("=")
        if name not in BEHAVIOURS or not port.isdigit():
            parser.error(f"--listen {item}: expected NAME=PORT, NAME one of {BEHAVIOURS}")
        listen.append((name, int(port)))
    if not listen:
        parser.error("nothing to do: give --listen NAME=PORT")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stdout)
    asyncio.run(main_async(args.host, listen, args.late_seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
