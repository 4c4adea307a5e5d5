#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scriptable SMTP test peer for SMTP Doctor.

Listens on one TCP port on 127.0.0.1 and behaves according to --mode:

  normal           aiosmtpd server that accepts any mail and stores nothing
  reject-greeting  greets with "554 5.3.2 ..." and closes after the next line
  silent           accepts the connection and never writes a byte
  http             answers like a web server that was sent a non-HTTP line

--greeting-delay delays the first byte the peer writes (all modes).
--greeting-host and --ident set the greeting "220 HOST IDENT" (normal mode).

TLS (needs --cert and --key, PEM files): in normal mode the --port listener
offers STARTTLS, without requiring it. With --implicit-tls the --port
listener speaks TLS from the first byte instead (and offers no STARTTLS).
--smtps-port adds a second listener in the same process with TLS from the
first byte, as on port 465.
Stops cleanly on SIGTERM or SIGINT.
"""

import argparse
import asyncio
import logging
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP

HOSTNAME = "peer.doctor.test"
IDENT = "ESMTP SMTP Doctor test peer"
REJECT_GREETING = f"554 5.3.2 {HOSTNAME} no service for you"
HTTP_REPLY = (
    "HTTP/1.1 400 Bad Request\r\n"
    "Server: nginx\r\n"
    "Content-Type: text/html\r\n"
    "Content-Length: 0\r\n"
    "Connection: close\r\n"
    "\r\n"
)

log = logging.getLogger("smtp_peer")


class DiscardHandler:
    """Accepts every message and throws it away."""

    async def handle_DATA(self, server, session, envelope):
        log.info("discarded message from %s to %s (%d bytes)",
                 envelope.mail_from, ", ".join(envelope.rcpt_tos),
                 len(envelope.original_content or b""))
        return "250 2.0.0 OK: discarded"


class DelayedSMTP(SMTP):
    """aiosmtpd's SMTP server, optionally waiting before the 220 greeting."""

    def __init__(self, *args, greeting_delay=0.0, **kwargs):
        super().__init__(*args, **kwargs)
        self.greeting_delay = greeting_delay

    async def _handle_client(self):
        if self.greeting_delay > 0:
            await asyncio.sleep(self.greeting_delay)
            if self.transport is None or self.transport.is_closing():
                return
        await super()._handle_client()


def normal_factory(greeting_delay, hostname=HOSTNAME, ident=IDENT, tls_context=None):
    """tls_context: offer STARTTLS with it (not required); None: no STARTTLS."""
    handler = DiscardHandler()
    return lambda: DelayedSMTP(handler, hostname=hostname, ident=ident,
                               tls_context=tls_context, require_starttls=False,
                               greeting_delay=greeting_delay)


def server_tls_context(args):
    """The server side of TLS from --cert and --key, or None without them."""
    if not args.cert:
        return None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    if args.tls_min == "1.3":
        # A server that speaks TLS 1.3 only: an older client agrees on no version.
        context.minimum_version = ssl.TLSVersion.TLSv1_3
    return context


def stream_handler(greeting_delay, mode):
    """Plain asyncio connection handler for the modes that are not real SMTP."""

    async def serve(reader, writer):
        peer = writer.get_extra_info("peername")
        log.info("%s connection from %s", mode, peer)
        try:
            await asyncio.sleep(greeting_delay)
            if mode == "reject-greeting":
                writer.write(REJECT_GREETING.encode() + b"\r\n")
                await writer.drain()
                line = await reader.readline()
                if line.strip().upper() == b"QUIT":
                    writer.write(f"221 2.0.0 {HOSTNAME} closing connection\r\n".encode())
                elif line:
                    writer.write(f"503 5.5.1 {HOSTNAME} no service, closing\r\n".encode())
                await writer.drain()
            elif mode == "http":
                writer.write(HTTP_REPLY.encode())
                await writer.drain()
            elif mode == "silent":
                while await reader.read(4096):
                    pass  # read and ignore until the client gives up
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()
        log.info("%s connection from %s closed", mode, peer)

    return serve


async def main_async(args):
    loop = asyncio.get_running_loop()
    tls = server_tls_context(args)

    async def listen(port, tls_first):
        """tls_first: TLS from the first byte; else STARTTLS when tls is set."""
        if args.mode == "normal":
            factory = normal_factory(args.greeting_delay, args.greeting_host, args.ident,
                                     None if tls_first else tls)
            return await loop.create_server(factory, host=args.host, port=port,
                                            ssl=tls if tls_first else None)
        return await asyncio.start_server(stream_handler(args.greeting_delay, args.mode),
                                          host=args.host, port=port,
                                          ssl=tls if tls_first else None)

    server = await listen(args.port, args.implicit_tls)
    servers = [server]
    if args.smtps_port:
        servers.append(await listen(args.smtps_port, True))
        log.info("listening on %s port %d with TLS from the first byte",
                 args.host, args.smtps_port)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    log.info("listening on %s port %d, mode %s, greeting delay %.1f s",
             args.host, args.port, args.mode, args.greeting_delay)
    await stop.wait()
    for listener in servers:
        listener.close()
    log.info("stopped")


def is_lab_address(host):
    """True for an address of the firewall lab (tests/peers/netlab.py)."""
    import ipaddress
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return any(address in ipaddress.ip_network(network)
               for network in ("10.250.0.0/24", "fd00:250::/64", "10.251.0.0/24"))


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--mode", default="normal",
                        choices=["normal", "reject-greeting", "silent", "http"])
    parser.add_argument("--greeting-delay", type=float, default=0.0, metavar="SECONDS")
    parser.add_argument("--greeting-host", default=HOSTNAME, metavar="NAME",
                        help="the name in the greeting and the EHLO reply (normal mode)")
    parser.add_argument("--ident", default=IDENT, metavar="TEXT",
                        help="what follows the name in the greeting (normal mode)")
    parser.add_argument("--cert", metavar="FILE", help="PEM certificate chain for TLS")
    parser.add_argument("--key", metavar="FILE", help="PEM private key for --cert")
    parser.add_argument("--implicit-tls", action="store_true",
                        help="TLS from the first byte on --port")
    parser.add_argument("--smtps-port", type=int, metavar="PORT",
                        help="also listen on PORT with TLS from the first byte")
    parser.add_argument("--tls-min", choices=["1.2", "1.3"], default="1.2",
                        help="the oldest TLS version accepted")
    parser.add_argument("--allow-lab-address", action="store_true",
                        help="also accept --host in tests/peers/netlab.py's lab "
                             "(10.250.0.0/24, fd00:250::/64), which exists only "
                             "inside the lab's network namespaces")
    args = parser.parse_args()
    if bool(args.cert) != bool(args.key):
        parser.error("--cert and --key go together")
    if (args.implicit_tls or args.smtps_port) and not args.cert:
        parser.error("--implicit-tls and --smtps-port need --cert and --key")
    if args.host not in ("127.0.0.1", "::1", "localhost") and not (
            args.allow_lab_address and is_lab_address(args.host)):
        parser.error("test peers listen on loopback only "
                     "(or, with --allow-lab-address, on a netlab address)")
    logging.basicConfig(stream=sys.stderr, level=logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
