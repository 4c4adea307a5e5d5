#!/usr/bin/python3
"""Scriptable SMTP test peer for SMTP Doctor.

Listens on one TCP port on 127.0.0.1 and behaves according to --mode:

  normal           aiosmtpd server that accepts any mail and stores nothing
  reject-greeting  greets with "554 5.3.2 ..." and closes after the next line
  silent           accepts the connection and never writes a byte
  http             answers like a web server that was sent a non-HTTP line

--greeting-delay delays the first byte the peer writes (all modes).
Stops cleanly on SIGTERM or SIGINT.
"""

import argparse
import asyncio
import logging
import signal
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


def normal_factory(greeting_delay):
    handler = DiscardHandler()
    return lambda: DelayedSMTP(handler, hostname=HOSTNAME, ident=IDENT,
                               greeting_delay=greeting_delay)


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
    if args.mode == "normal":
        server = await loop.create_server(normal_factory(args.greeting_delay),
                                          host=args.host, port=args.port)
    else:
        server = await asyncio.start_server(stream_handler(args.greeting_delay, args.mode),
                                            host=args.host, port=args.port)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    log.info("listening on %s port %d, mode %s, greeting delay %.1f s",
             args.host, args.port, args.mode, args.greeting_delay)
    await stop.wait()
    server.close()
    log.info("stopped")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--mode", default="normal",
                        choices=["normal", "reject-greeting", "silent", "http"])
    parser.add_argument("--greeting-delay", type=float, default=0.0, metavar="SECONDS")
    args = parser.parse_args()
    if args.host not in ("127.0.0.1", "::1", "localhost"):
        parser.error("test peers listen on loopback only")
    logging.basicConfig(stream=sys.stderr, level=logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
