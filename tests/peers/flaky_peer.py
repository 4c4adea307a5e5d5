#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Flaky SMTP test peer for SMTP Doctor's "works sometimes" checks (watch).

One process, one port per behaviour, each a small plain-text SMTP server on
127.0.0.1 (asyncio, no TLS) that greets "220 flaky.doctor.test ESMTP",
offers AUTH PLAIN (any user, password s3cret-Passw0rd) and
ENHANCEDSTATUSCODES, and accepts MAIL, RCPT and DATA:

  refuse-third   every third connection fails: the 3rd, 9th, 15th... are
                 closed at once without a byte, the 6th, 12th... are greeted
                 "421 4.3.2 Too many connections, try again later" and
                 closed. Connections are counted from the peer's start, the
                 readiness check's included, so tests look at the pattern.
  slow-greeting  greets only after --greeting-delay seconds.
  rate-limit     accepts two messages per sender address (MAIL FROM), then
                 answers MAIL FROM with "421 4.7.0 Too many messages from
                 this sender, slow down" and closes.

Logs every connection, line received (AUTH data hidden) and reply on
stdout. Stops cleanly on SIGTERM or SIGINT.
"""

import argparse
import asyncio
import base64
import collections
import signal
import sys

HOSTNAME = "flaky.doctor.test"
PASSWORD = "s3cret-Passw0rd"
MESSAGES_PER_SENDER = 2
BEHAVIOURS = ("refuse-third", "slow-greeting", "rate-limit")


def log(text):
    print(text, flush=True)


class Behaviour:
    def __init__(self, name, greeting_delay):
        self.name = name
        self.greeting_delay = greeting_delay
        self.connections = 0
        self.accepted = collections.Counter()  # messages per sender address

    async def serve(self, reader, writer):
        self.connections += 1
        number = self.connections
        peer = "%s:%s" % writer.get_extra_info("peername")[:2]
        tag = f"{self.name} #{number} {peer}"
        log(f"{tag} connected")

        async def reply(line):
            log(f"{tag} S: {line}")
            writer.write(line.encode() + b"\r\n")
            await writer.drain()

        try:
            if self.name == "refuse-third" and number % 3 == 0:
                if number % 6 == 0:
                    await reply("421 4.3.2 Too many connections, try again later")
                else:
                    log(f"{tag} closed at once")
                return
            if self.name == "slow-greeting":
                await asyncio.sleep(self.greeting_delay)
            await reply(f"220 {HOSTNAME} ESMTP flaky test peer")
            await self.session(reader, reply, tag)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()
            log(f"{tag} session ended")

    async def session(self, reader, reply, tag):
        sender = None
        while True:
            raw = await reader.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line.split(" ", 1)[0].upper()
            shown = "AUTH PLAIN <auth data>" if verb == "AUTH" else line
            log(f"{tag} C: {shown}")
            if verb == "EHLO":
                await reply(f"250-{HOSTNAME}")
                await reply("250-AUTH PLAIN")
                await reply("250 ENHANCEDSTATUSCODES")
            elif verb == "HELO":
                await reply(f"250 {HOSTNAME}")
            elif verb == "AUTH":
                parts = line.split(" ")
                if len(parts) != 3 or parts[1].upper() != "PLAIN":
                    await reply("504 5.5.4 Only AUTH PLAIN with an initial response")
                    continue
                try:
                    fields = base64.b64decode(parts[2]).split(b"\0")
                except ValueError:
                    fields = []
                if len(fields) == 3 and fields[2].decode("utf-8", "replace") == PASSWORD:
                    await reply("235 2.7.0 Authentication successful")
                else:
                    await reply("535 5.7.8 Authentication credentials invalid")
            elif verb == "MAIL":
                sender = line.partition(":")[2].strip().split(" ")[0].strip("<>").lower()
                if self.name == "rate-limit" and \
                        self.accepted[sender] >= MESSAGES_PER_SENDER:
                    await reply("421 4.7.0 Too many messages from this sender, slow down")
                    return
                await reply("250 2.1.0 Ok")
            elif verb == "RCPT":
                await reply("250 2.1.5 Ok")
            elif verb == "DATA":
                await reply("354 End data with <CR><LF>.<CR><LF>")
                while (await reader.readline()).rstrip(b"\r\n") != b".":
                    pass
                self.accepted[sender] += 1
                log(f"{tag} message {self.accepted[sender]} from {sender}")
                await reply(f"250 2.0.0 Ok: queued as FLAKY{self.accepted[sender]:04d}")
            elif verb in ("RSET", "NOOP"):
                await reply("250 2.0.0 Ok")
            elif verb == "QUIT":
                await reply("221 2.0.0 Bye")
                return
            else:
                await reply("502 5.5.2 Command not recognized")


async def main_async(args):
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    servers = []
    for spec in args.listen:
        name, _, port = spec.partition("=")
        if name not in BEHAVIOURS:
            sys.exit(f"flaky_peer: unknown behaviour {name}")
        behaviour = Behaviour(name, args.greeting_delay)
        servers.append(await asyncio.start_server(behaviour.serve, args.host, int(port)))
        log(f"{name} listening on {args.host}:{port}")
    await stop.wait()
    for server in servers:
        server.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--listen", action="append", default=[], metavar="BEHAVIOUR=PORT")
    parser.add_argument("--greeting-delay", type=float, default=1.5, metavar="SECONDS")
    parser.add_argument("--list", action="store_true", help="print the behaviours")
    args = parser.parse_args()
    if args.list:
        print("\n".join(BEHAVIOURS))
        return
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
