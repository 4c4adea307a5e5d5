#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile SMTP peers for SMTP Doctor's hostile-peer suite (tst_hostile).

A raw asyncio TCP server (no SMTP library: each behaviour breaks the
protocol on purpose) with one listener per behaviour, all in one process:

    hostile_peer.py --host 127.0.0.1 --listen NAME=PORT [--listen NAME=PORT ...]

`hostile_peer.py --list` prints every NAME with what it does. Where a
behaviour is polite, it is the same small server as "polite": greeting
"220 hostile.doctor.test ESMTP", EHLO capabilities (SIZE, 8BITMIME, AUTH
PLAIN LOGIN, STARTTLS, ENHANCEDSTATUSCODES; no PIPELINING, so every command
waits for its reply), 250 to MAIL, RCPT and the final dot, 354 to DATA,
221 to QUIT; AUTH accepts anyone.

Every connection is logged ("PORT NAME connected", "... closed"). A
behaviour ends quietly when the client goes away; the process stops on
SIGTERM or SIGINT.
"""

import argparse
import asyncio
import logging
import signal
import socket
import struct
import sys

HOSTNAME = "hostile.doctor.test"
GREETING = f"220 {HOSTNAME} ESMTP\r\n".encode()
EHLO_REPLY = (f"250-{HOSTNAME}\r\n250-SIZE 1048576\r\n250-8BITMIME\r\n"
              "250-AUTH PLAIN LOGIN\r\n250-STARTTLS\r\n250 ENHANCEDSTATUSCODES\r\n").encode()
CLOSING = b"421 4.3.2 Service shutting down, closing transmission channel\r\n"
FOREVER = 3600  # seconds: longer than any test waits

DEFAULT_REPLIES = {
    "EHLO": EHLO_REPLY,
    "HELO": f"250 {HOSTNAME}\r\n".encode(),
    "AUTH": b"235 2.7.0 Authentication successful\r\n",
    "MAIL": b"250 2.1.0 Ok\r\n",
    "RCPT": b"250 2.1.5 Ok\r\n",
    "DATA": b"354 End data with <CR><LF>.<CR><LF>\r\n",
    ".": b"250 2.0.0 Ok: queued as 0HOSTILE0\r\n",  # the reply after the final dot
    "RSET": b"250 2.0.0 Ok\r\n",
    "NOOP": b"250 2.0.0 Ok\r\n",
    "STARTTLS": b"454 4.7.0 TLS not available\r\n",
    "QUIT": b"221 2.0.0 Bye\r\n",
}

log = logging.getLogger("hostile")


# --------------------------------------------------------------------------
# Tools the behaviours share


async def write(writer, data):
    writer.write(data)
    await writer.drain()  # raises ConnectionError once the client is gone


async def silence(writer, read=False):
    """Keep the connection open and say nothing. With read=False the peer
    stops reading too, so the client's lines stay in the kernel's buffers."""
    if not read:
        writer.transport.pause_reading()
    await asyncio.sleep(FOREVER)


async def discard_input(reader):
    """Read and forget whatever comes (a TLS ClientHello), for ever."""
    while await reader.read(65536):
        pass
    await asyncio.sleep(FOREVER)


async def trickle(writer, data, interval):
    """Send `data` one byte every `interval` seconds."""
    for byte in data:
        await write(writer, bytes([byte]))
        await asyncio.sleep(interval)
    await asyncio.sleep(FOREVER)


def reset(writer):
    """Close with a TCP RST instead of a FIN: SO_LINGER on, timeout zero."""
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


async def converse(reader, writer, replies=None, greeting=GREETING):
    """The polite server, with `replies` replacing some of its answers. A
    reply is bytes, or an async function (reader, writer) that plays that
    step itself and returns True when the session must end there."""
    replies = {**DEFAULT_REPLIES, **(replies or {})}
    await write(writer, greeting)
    while True:
        line = await reader.readline()
        if not line:
            return
        verb = line.split(b" ", 1)[0].strip().upper().decode("latin-1")
        reply = replies.get(verb, b"502 5.5.2 Command not recognized\r\n")
        if callable(reply):
            if await reply(reader, writer):
                return
            continue
        await write(writer, reply)
        if reply.startswith(b"421") or verb == "QUIT":
            writer.close()  # RFC 5321 section 3.8: 421 closes the channel
            return
        if verb == "DATA" and reply.startswith(b"354"):
            while (await reader.readline()) not in (b".\r\n", b".\n", b""):
                pass
            await write(writer, replies["."])
            if replies["."].startswith(b"421"):
                writer.close()
                return


def replying(data, then=None):
    """A scripted step: send `data`, then run `then(reader, writer)` (or end)."""
    async def step(reader, writer):
        await write(writer, data)
        if then:
            await then(reader, writer)
        return True
    return step


# --------------------------------------------------------------------------
# Behaviours: name -> (what it does, async handler(reader, writer))

BEHAVIOURS = {}


def behaviour(name, summary):
    def register(handler):
        BEHAVIOURS[name] = (summary, handler)
        return handler
    return register


@behaviour("polite", "a well-behaved minimal SMTP server (the reference)")
async def polite(reader, writer):
    await converse(reader, writer)


# Slow peers: each byte or line comes, but the reply never completes in time.

@behaviour("drip-greeting", "the greeting one byte a second")
async def drip_greeting(reader, writer):
    await trickle(writer, GREETING[:-2] + b" " + b"." * 200 + b"\r\n", 1.0)


@behaviour("drip-ehlo", "a normal greeting, then the EHLO reply one byte a second")
async def drip_ehlo(reader, writer):
    await converse(reader, writer, {"EHLO": lambda r, w: trickle(w, EHLO_REPLY * 20, 1.0)})


@behaviour("drip-multiline", "an EHLO reply that never ends, one short line every 0.2 s")
async def drip_multiline(reader, writer):
    async def lines(r, w):
        while True:
            await write(w, b"250-STILL-GOING\r\n")
            await asyncio.sleep(0.2)
    await converse(reader, writer, {"EHLO": lines})


# Floods: replies too big to keep.

@behaviour("endless-multiline", "an EHLO reply of short continuation lines without end")
async def endless_multiline(reader, writer):
    async def flood(r, w):
        line = b"250-X-ENDLESS-CAPABILITY\r\n" * 1000
        while True:
            await write(w, line)
    await converse(reader, writer, {"EHLO": flood})


@behaviour("fat-multiline", "an EHLO reply of 60 000-byte continuation lines without end")
async def fat_multiline(reader, writer):
    async def flood(r, w):
        line = b"250-X-" + b"F" * 60000 + b"\r\n"
        while True:
            await write(w, line)
    await converse(reader, writer, {"EHLO": flood})


@behaviour("long-line-greeting", "a greeting line of 10 MB without CRLF")
async def long_line_greeting(reader, writer):
    await write(writer, b"220 ")
    chunk = b"A" * 65536
    for _ in range(10 * 1024 * 1024 // len(chunk)):
        await write(writer, chunk)
    await silence(writer)


@behaviour("long-line-ehlo", "a normal greeting, then an EHLO reply line of 10 MB without CRLF")
async def long_line_ehlo(reader, writer):
    async def flood(r, w):
        await write(w, b"250-")
        chunk = b"B" * 65536
        for _ in range(10 * 1024 * 1024 // len(chunk)):
            await write(w, chunk)
        await silence(w)
    await converse(reader, writer, {"EHLO": flood})


@behaviour("ehlo-10000", "an EHLO reply of 10 000 capability lines")
async def ehlo_10000(reader, writer):
    reply = f"250-{HOSTNAME}\r\n".encode() + b"".join(
        b"250-X-KEYWORD-%05d\r\n" % i for i in range(10000)) + b"250 HELP\r\n"
    await converse(reader, writer, {"EHLO": reply})


@behaviour("auth-challenge-1mb", "AUTH LOGIN answered by a 1 MB 334 challenge on one line")
async def auth_challenge_1mb(reader, writer):
    await converse(reader, writer, {"AUTH": replying(b"334 " + b"QUFB" * (1024 * 1024 // 4)
                                                     + b"\r\n", silence)})


@behaviour("auth-endless-334", "AUTH answered by a 334 challenge to every line, for ever")
async def auth_endless_334(reader, writer):
    async def challenges(r, w):
        while True:
            await write(w, b"334 UGFzc3dvcmQ6\r\n")  # "Password:"
            if not await r.readline():
                return True
    await converse(reader, writer, {"AUTH": challenges})


# Bytes that are no text.

@behaviour("nul-utf8", "NUL bytes and invalid UTF-8 in the greeting and the EHLO reply, "
                       "otherwise polite")
async def nul_utf8(reader, writer):
    await converse(
        reader, writer,
        {"EHLO": f"250-{HOSTNAME} \xff\r\n".encode("latin-1")
                 + b"250-X-\x00\x01\x02\xc3\x28\xa0\xa1\r\n250-\xed\xa0\x80\xf8\x88\x80\x80\x80\r\n"
                 + b"250 8BITMIME\r\n"},
        greeting=b"220 " + HOSTNAME.encode() + b" \x00ESMTP \xff\xfe\xc3\x28 ready\r\n")


@behaviour("binary-greeting", "1 KB of every byte value (NULs, invalid UTF-8) as the greeting")
async def binary_greeting(reader, writer):
    await write(writer, bytes(range(256)) * 4 + b"\r\n")
    await silence(writer)


# Connections that end badly.

@behaviour("close-mid-greeting", "half a greeting, then the connection closes")
async def close_mid_greeting(reader, writer):
    await write(writer, b"220-" + HOSTNAME.encode() + b" ESMTP\r\n220-still")
    writer.close()


@behaviour("close-mid-reply", "half an EHLO reply, then the connection closes")
async def close_mid_reply(reader, writer):
    async def half(r, w):
        await write(w, EHLO_REPLY[:len(EHLO_REPLY) // 2])
        w.close()
        return True
    await converse(reader, writer, {"EHLO": half})


@behaviour("rst-after-ehlo", "reads EHLO, then resets the connection (RST)")
async def rst_after_ehlo(reader, writer):
    async def rst(r, w):
        reset(w)
        return True
    await converse(reader, writer, {"EHLO": rst})


@behaviour("accept-silent", "accepts, never sends a byte, never reads")
async def accept_silent(reader, writer):
    await silence(writer)


@behaviour("never-read", "greets, then never reads and never replies")
async def never_read(reader, writer):
    await write(writer, GREETING)
    await silence(writer)


# TLS that never comes.

@behaviour("starttls-garbage", "220 to STARTTLS, then garbage instead of a TLS ServerHello")
async def starttls_garbage(reader, writer):
    garbage = b"HTTP/1.1 400 Bad Request\r\n\r\n" + bytes(range(256))
    await converse(reader, writer,
                   {"STARTTLS": replying(b"220 2.0.0 Ready to start TLS\r\n" + garbage,
                                         lambda r, w: discard_input(r))})


@behaviour("starttls-garbage-late", "220 to STARTTLS, waits for the ClientHello, then "
                                   "answers it with garbage")
async def starttls_garbage_late(reader, writer):
    async def garbage(r, w):
        await r.read(5)  # the first bytes of the client's TLS record
        await write(w, b"HTTP/1.1 400 Bad Request\r\n\r\n" + bytes(range(256)))
        await discard_input(r)
    await converse(reader, writer,
                   {"STARTTLS": replying(b"220 2.0.0 Ready to start TLS\r\n", garbage)})


@behaviour("starttls-stall", "220 to STARTTLS, then silence: the TLS handshake stalls")
async def starttls_stall(reader, writer):
    await converse(reader, writer,
                   {"STARTTLS": replying(b"220 2.0.0 Ready to start TLS\r\n",
                                         lambda r, w: discard_input(r))})


@behaviour("tls-stall", "reads the TLS ClientHello and never answers (implicit TLS port)")
async def tls_stall(reader, writer):
    await discard_input(reader)


# 421 at every step (RFC 5321 section 3.8), and codes out of range.

def refusing(step):
    async def handler(reader, writer):
        if step == "greeting":
            await converse(reader, writer, greeting=CLOSING)
            return
        replies = {step: CLOSING}
        if step == "EHLO":
            replies["HELO"] = CLOSING  # and the HELO fallback too
        await converse(reader, writer, replies)
    return handler


for _step in ("greeting", "EHLO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "."):
    _name = "421-" + ("dot" if _step == "." else _step.lower())
    BEHAVIOURS[_name] = (f"421 and close at {_step}", refusing(_step))


def replying_code(line, at):
    async def handler(reader, writer):
        if at == "greeting":
            await write(writer, line)
            await silence(writer)
            return
        await converse(reader, writer, {at: replying(line, lambda r, w: silence(w))})
    return handler


for _name, _line, _at in (
        ("code-999-greeting", b"999 " + HOSTNAME.encode() + b" ESMTP\r\n", "greeting"),
        ("code-099-greeting", b"099 " + HOSTNAME.encode() + b" ESMTP\r\n", "greeting"),
        ("code-600-ehlo", b"600 " + HOSTNAME.encode() + b"\r\n", "EHLO"),
        ("code-2500-ehlo", b"2500 " + HOSTNAME.encode() + b"\r\n", "EHLO"),
        ("code-changes-ehlo", f"250-{HOSTNAME}\r\n251 8BITMIME\r\n".encode(), "EHLO"),
        ("code-190-mail", b"190 2.1.0 Ok\r\n", "MAIL")):
    BEHAVIOURS[_name] = (f"{_line.strip()[:24]!r} at {_at}", replying_code(_line, _at))


# --------------------------------------------------------------------------


def serve_with(name, handler, port):
    async def on_connection(reader, writer):
        log.info("%d %s connected", port, name)
        try:
            await handler(reader, writer)
        except (ConnectionError, OSError, asyncio.IncompleteReadError) as error:
            log.info("%d %s: client gone (%s)", port, name, type(error).__name__)
        finally:
            writer.transport.abort()
            log.info("%d %s closed", port, name)
    return on_connection


async def main_async(host, listen):
    servers = []
    for name, port in listen:
        handler = BEHAVIOURS[name][1]
        # A big line limit: the peer reads whole lines of what the client sends.
        servers.append(await asyncio.start_server(serve_with(name, handler, port),
                                                  host, port, limit=1 << 20))
        log.info("%s on %s:%d", name, host, port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    for server in servers:
        server.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--listen", action="append", default=[], metavar="NAME=PORT")
    parser.add_argument("--list", action="store_true", help="list the behaviours and exit")
    args = parser.parse_args()
    if args.list:
        for name, (summary, _) in BEHAVIOURS.items():
            print(f"{name:22} {summary}")
        return 0
    listen = []
    for item in args.listen:
        name, _, port = item.partition("=")
        if name not in BEHAVIOURS or not port.isdigit():
            parser.error(f"--listen {item}: expected NAME=PORT with NAME one of --list")
        listen.append((name, int(port)))
    if not listen:
        parser.error("nothing to do: give --listen NAME=PORT")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stdout)
    asyncio.run(main_async(args.host, listen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
