#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scripted SMTP test peer for SMTP Doctor: AUTH and sending scenarios.

An aiosmtpd server on 127.0.0.1 that greets "220 scripted.doctor.test ESMTP"
and offers, without TLS, AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256,
SIZE 1048576, 8BITMIME,
PIPELINING and ENHANCEDSTATUSCODES. What it answers depends on who asks:

AUTH, by user name (any of the five mechanisms; CRAM-MD5 is verified with
HMAC-MD5 of the challenge, SCRAM by its proof, RFC 5802):

  ok@doctor.test          235 2.7.0 with the password below, else 535 5.7.8
  gmail-app@doctor.test   534-5.7.9 Application-specific password required (Gmail, 2 lines)
  gmail-web@doctor.test   534-5.7.14 Please log in via your web browser (Gmail, 3 lines)
  m365@doctor.test        535 5.7.139 SmtpClientAuthentication is disabled for the Tenant
  m365-basic@doctor.test  535 5.7.3 Authentication unsuccessful
  needtls@doctor.test     530 5.7.0 Must issue a STARTTLS command first
  cpanel@doctor.test      535 Incorrect authentication data
  anyone else             535 5.7.8 Authentication credentials invalid

The scripted users get their reply whatever the password. Then, with or
without AUTH, by address:

  MAIL FROM sendas@doctor.test  550 5.7.60 (Microsoft's Send As refusal)
  MAIL FROM ionos@doctor.test   550 Sender address is not allowed
  RCPT TO relay@elsewhere.test  554 5.7.1 Relay access denied
  RCPT TO nobody@doctor.test    550 5.1.1 User unknown
  RCPT TO rate@doctor.test      421 4.7.0 Try again later, closing connection. (and closes)
  RCPT TO grey@doctor.test      451 4.7.1 Greylisted
  RCPT TO spam@doctor.test      250, then 554 5.7.1 Message rejected as spam after the dot
  RCPT TO dmarc@doctor.test     250, then 550 5.7.26 (Gmail's DMARC refusal) after the dot
  RCPT TO big@doctor.test       250, then 552 5.3.4 after the dot
  any other RCPT                250, then 250 2.0.0 Ok: queued as 4F1A2B3C5D after the dot

Every line received is logged ("C: ..."), and every reply ("S: ..."), except
that AUTH payloads (an initial response and every answer to a 334
challenge) are logged as "<auth data>": the password never reaches the log.
A received line that does not end in CRLF is marked "[no CRLF...]", one
with a bare CR or LF inside "[bare CR or LF inside]" (shown as \r, \n).
Stops cleanly on SIGTERM or SIGINT.
"""

import argparse
import asyncio
import base64
import hashlib
import hmac
import logging
import os
import signal
import sys
import time

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword, syntax

HOSTNAME = "scripted.doctor.test"
PASSWORD = b"s3cret-Passw0rd"
SIZE_LIMIT = 1048576
QUEUE_ID = "4F1A2B3C5D"
AUTH_DATA = "<auth data>"

OK_USER = "ok@doctor.test"
INVALID = "535 5.7.8 Authentication credentials invalid"
SUCCESS = "235 2.7.0 Authentication successful"

# AUTH replies by user name, as the providers send them (one line per entry).
AUTH_REPLIES = {
    "gmail-app@doctor.test": [
        "534-5.7.9 Application-specific password required. Learn more at",
        "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
        "x1-20020a.1 - gsmtp",
    ],
    "gmail-web@doctor.test": [
        "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbx>",
        "534-5.7.14 Please log in via your web browser and",
        "534 5.7.14 then try again. Learn more at https://support.google.com/mail/"
        "answer/78754 x1-20020a.1 - gsmtp",
    ],
    "m365@doctor.test": [
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
        "disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for "
        "more information.",
    ],
    "m365-basic@doctor.test": ["535 5.7.3 Authentication unsuccessful"],
    "needtls@doctor.test": ["530 5.7.0 Must issue a STARTTLS command first"],
    "cpanel@doctor.test": ["535 Incorrect authentication data"],
}

MAIL_REPLIES = {
    "sendas@doctor.test": "550 5.7.60 SMTP; Client does not have permissions to "
                          "send as this sender",
    "ionos@doctor.test": "550 Sender address is not allowed",
}

RCPT_REPLIES = {
    "relay@elsewhere.test": "554 5.7.1 <relay@elsewhere.test>: Relay access denied",
    "nobody@doctor.test": "550 5.1.1 <nobody@doctor.test>: Recipient address "
                          "rejected: User unknown",
    "rate@doctor.test": "421 4.7.0 Try again later, closing connection.",
    "grey@doctor.test": "451 4.7.1 Greylisted, please try again later",
}
CLOSING_RCPTS = {"rate@doctor.test"}  # reply, then close the connection

# Accepted at RCPT, refused after the final dot.
DATA_REPLIES = {
    "spam@doctor.test": "554 5.7.1 Message rejected as spam",
    "dmarc@doctor.test": "550 5.7.26 This mail has been blocked because the sender "
                         "is unauthenticated. - gsmtp",
    "big@doctor.test": "552 5.3.4 Message size exceeds fixed maximum message size",
}

log = logging.getLogger("scripted_peer")


def authenticator(server, session, envelope, mechanism, auth_data):
    """aiosmtpd's authenticator callback, for PLAIN and LOGIN (LoginPassword)."""
    assert isinstance(auth_data, LoginPassword)
    user = auth_data.login.decode("utf-8", "replace")
    return decide(mechanism, user, password_ok=hmac.compare_digest(auth_data.password,
                                                                  PASSWORD))


def decide(mechanism, user, password_ok):
    scripted = AUTH_REPLIES.get(user)
    if scripted is not None:
        log.info("AUTH %s as %s: scripted reply %s", mechanism, user,
                 " ".join(scripted[-1].split()[:2]))
        # A multiline reply in one push: aiosmtpd appends only the last CRLF.
        return AuthResult(success=False, handled=False, message="\r\n".join(scripted))
    if user == OK_USER and password_ok:
        log.info("AUTH %s as %s: accepted", mechanism, user)
        return AuthResult(success=True, auth_data=user, message=SUCCESS)
    log.info("AUTH %s as %s: %s", mechanism, user,
             "wrong password" if user == OK_USER else "unknown user")
    return AuthResult(success=False, handled=False, message=INVALID)


class ScriptedHandler:
    """The aiosmtpd handler: EHLO keywords, MAIL, RCPT and DATA by address."""

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        # With the 5-argument hook aiosmtpd leaves session.host_name to the hook
        # (without it every later command gets "503 Error: send HELO first").
        session.host_name = hostname
        return [f"250-{HOSTNAME}",
                "250-AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256",
                f"250-SIZE {SIZE_LIMIT}",
                "250-8BITMIME",
                "250-PIPELINING",
                "250-ENHANCEDSTATUSCODES",
                "250 HELP"]

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        reply = MAIL_REPLIES.get(address.lower())
        if reply:
            return reply
        # A hook that answers must record the sender itself.
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        key = address.lower()
        reply = RCPT_REPLIES.get(key)
        if reply:
            if key in CLOSING_RCPTS:
                # The reply is written before this runs; close() flushes it.
                asyncio.get_running_loop().call_soon(server.close_after_reply)
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope):
        content = envelope.original_content or b""
        log.info("message from %s to %s, %d bytes", envelope.mail_from,
                 ", ".join(envelope.rcpt_tos), len(content))
        for rcpt in envelope.rcpt_tos:
            reply = DATA_REPLIES.get(rcpt.lower())
            if reply:
                return reply
        return f"250 2.0.0 Ok: queued as {QUEUE_ID}"


class ScriptedSMTP(SMTP):
    """aiosmtpd's server with CRAM-MD5, and a log of every line both ways
    (AUTH payloads masked)."""

    # aiosmtpd's own LOGIN prompts are "User Name\0" and "Password\0" (a NUL
    # inside the base64); servers in the wild say "Username:", "Password:".
    AuthLoginUsernameChallenge = "Username:"
    AuthLoginPasswordChallenge = "Password:"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._masked_lines = 0  # lines still to come that are AUTH payloads

    # aiosmtpd finds mechanisms by method name ("__" becomes "-") and calls
    # the server's own ones as method(self, args) on the bound method, hence
    # the unused second parameter.
    async def auth_CRAM__MD5(self, _, args):
        if len(args) > 1:
            await self.push("501 5.5.2 CRAM-MD5 takes no initial response")
            return AuthResult(success=False, handled=True)
        challenge = f"<{os.getpid()}.{time.time_ns()}@{HOSTNAME}>".encode()
        answer = await self.challenge_auth(challenge)  # base64-encodes it
        if not isinstance(answer, bytes):  # "*" or bad base64: already answered
            return AuthResult(success=False, handled=True)
        user, _, digest = answer.rpartition(b" ")
        expected = hmac.new(PASSWORD, challenge, "md5").hexdigest().encode()
        return decide("CRAM-MD5", user.decode("utf-8", "replace"),
                      password_ok=hmac.compare_digest(digest.lower(), expected))

    async def auth_SCRAM__SHA__1(self, _, args):
        return await self._auth_scram(args, "SCRAM-SHA-1", "sha1")

    async def auth_SCRAM__SHA__256(self, _, args):
        return await self._auth_scram(args, "SCRAM-SHA-256", "sha256")

    async def _auth_scram(self, args, mechanism, digest):
        """The server side of RFC 5802, with the proof checked and the
        server's signature sent back (a 334 the client answers empty)."""
        if len(args) > 1:  # the client-first message as initial response
            try:
                first = base64.b64decode(args[1], validate=True)
            except ValueError:
                await self.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        else:
            first = await self.challenge_auth(b"")
            if not isinstance(first, bytes):
                return AuthResult(success=False, handled=True)
        header, _, bare = first.partition(b",")  # gs2 header: "n,," or "y,,"
        _, _, bare = bare.partition(b",")
        fields = dict(part.split(b"=", 1) for part in bare.split(b",") if b"=" in part)
        user = fields.get(b"n", b"").replace(b"=2C", b",").replace(b"=3D", b"=")
        nonce = fields.get(b"r", b"") + base64.b64encode(os.urandom(12))
        salt, iterations = b"smtp-doctor-salt", 4096
        server_first = (b"r=" + nonce + b",s=" + base64.b64encode(salt)
                        + b",i=" + str(iterations).encode())
        final = await self.challenge_auth(server_first)
        if not isinstance(final, bytes):
            return AuthResult(success=False, handled=True)
        without_proof, _, proof = final.rpartition(b",p=")
        salted = hashlib.pbkdf2_hmac(digest, PASSWORD, salt, iterations)
        client_key = hmac.new(salted, b"Client Key", digest).digest()
        stored_key = hashlib.new(digest, client_key).digest()
        auth_message = bare + b"," + server_first + b"," + without_proof
        signature = hmac.new(stored_key, auth_message, digest).digest()
        expected = bytes(a ^ b for a, b in zip(client_key, signature))
        try:
            proof_ok = hmac.compare_digest(base64.b64decode(proof), expected)
        except ValueError:
            proof_ok = False
        nonce_ok = without_proof.split(b",r=", 1)[-1].split(b",")[0] == nonce
        name = user.decode("utf-8", "replace")
        if proof_ok and nonce_ok and name not in AUTH_REPLIES:
            server_key = hmac.new(salted, b"Server Key", digest).digest()
            verifier = hmac.new(server_key, auth_message, digest).digest()
            if await self.challenge_auth(b"v=" + base64.b64encode(verifier)) != b"":
                return AuthResult(success=False, handled=True)
        return decide(mechanism, name, password_ok=proof_ok and nonce_ok)

    @syntax("AUTH <mechanism>")
    async def smtp_AUTH(self, arg):
        # aiosmtpd compares the mechanism name as sent; RFC 4954 says any case.
        if arg:
            mechanism, _, rest = arg.partition(" ")
            arg = f"{mechanism.upper()} {rest}".rstrip()
        await super().smtp_AUTH(arg)

    async def challenge_auth(self, challenge, encode_to_b64=True,
                             log_client_response=False):
        self._masked_lines += 1  # the answer to this 334 is a payload
        try:
            return await super().challenge_auth(challenge, encode_to_b64, False)
        finally:
            self._masked_lines = 0

    def close_after_reply(self):
        if self.transport is not None:
            log.info("%s closing the connection", self._peer())
            self.transport.close()

    def _peer(self):
        peer = self.session.peer if self.session else None
        return f"{peer[0]}:{peer[1]}" if peer else "?"

    def _log_received(self, line):
        """One log line per line received, CR and LF inside it shown as \\r
        and \\n, and marked when it does not end in CRLF or holds a bare CR
        or LF (in DATA aiosmtpd splits at CRLF only)."""
        if line.endswith(b"\r\n"):
            text, mark = line[:-2], ""
        elif line.endswith(b"\n"):
            text, mark = line[:-1], " [no CRLF: LF only]"
        else:
            text, mark = line, " [no CRLF]"
        if b"\r" in text or b"\n" in text:
            mark += " [bare CR or LF inside]"
            text = text.replace(b"\r", b"\\r").replace(b"\n", b"\\n")
        if self._masked_lines:
            shown = AUTH_DATA
        else:
            shown = text.decode("utf-8", "backslashreplace")
            words = shown.split(" ", 2)
            if words[0].upper() == "AUTH" and len(words) > 2:  # initial response
                shown = f"{words[0]} {words[1]} {AUTH_DATA}"
        log.info("%s C: %s%s", self._peer(), shown, mark)

    async def _handle_client(self):
        log.info("%s connected", self._peer())
        reader = self._reader
        readuntil = reader.readuntil

        async def logged_readuntil(separator=b"\n"):
            # StreamReader.readline() calls self.readuntil(), so AUTH
            # challenge answers come through here too.
            line = await readuntil(separator)
            self._log_received(line)
            return line

        reader.readuntil = logged_readuntil
        try:
            await super()._handle_client()
        finally:
            log.info("%s session ended", self._peer())

    async def push(self, status):
        text = status.decode("utf-8", "replace") if isinstance(status, bytes) else status
        for line in text.split("\r\n"):
            log.info("%s S: %s", self._peer(), line)
        await super().push(status)


def factory():
    handler = ScriptedHandler()
    return ScriptedSMTP(handler, hostname=HOSTNAME, ident="ESMTP",
                        data_size_limit=SIZE_LIMIT,
                        auth_require_tls=False,  # else no AUTH without TLS (538)
                        authenticator=authenticator)


async def main_async(args):
    loop = asyncio.get_running_loop()
    server = await loop.create_server(factory, host=args.host, port=args.port)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    log.info("listening on %s port %d", args.host, args.port)
    await stop.wait()
    server.close()
    log.info("stopped")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    if args.host not in ("127.0.0.1", "::1", "localhost"):
        parser.error("test peers listen on loopback only")
    logging.basicConfig(stream=sys.stderr, level=logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    # aiosmtpd's own INFO lines repeat ours ("AUTH PLAIN ********" included),
    # and it warns "Session.login_data is deprecated" on every successful AUTH.
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
