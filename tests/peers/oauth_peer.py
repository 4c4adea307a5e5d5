#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""OAuth2 sign-in test peer for SMTP Doctor: Gmail's and Microsoft 365's
documented replies to bearer tokens and passwords, one persona per port.

    oauth_peer.py --host 127.0.0.1 --listen gmail=PORT --listen microsoft=PORT

gmail greets as smtp.gmail.com and offers AUTH LOGIN PLAIN XOAUTH2
PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH, as Gmail does. The token GOOD_GMAIL_TOKEN
for OK_GMAIL_USER is accepted (235 2.7.0 Accepted); any other token gets
Google's documented error challenge (developers.google.com/gmail/imap/
xoauth2-protocol): 334 with base64 of
{"status":"401","schemes":"bearer mac","scope":"https://mail.google.com/"},
and after the client's answer 535-5.7.8 Username and Password not accepted.

microsoft greets as an Exchange Online front end (*.outlook.office365.com) and
offers AUTH LOGIN XOAUTH2. A bearer token is judged the way Exchange Online
documents it (learn.microsoft.com, "Authenticate an IMAP, POP or SMTP
connection using OAuth"): its JWT claims are read (this peer does not verify
signatures: it replays, it is not an authorization server) and it is accepted
when aud is https://outlook.office.com, scp or roles holds SMTP.Send(AsApp),
exp lies ahead and upn, unique_name or preferred_username is the AUTH user;
anything else gets 535 5.7.3 Authentication unsuccessful, with no challenge,
as Exchange Online answers. Passwords (LOGIN, PLAIN) by user name:

  basic@contoso.test        with PASSWORD: 235 2.7.0 (password sign-in still works)
  tenant-off@contoso.test   535 5.7.139 ... SmtpClientAuthentication is disabled for the Tenant
  mailbox-off@contoso.test  535 5.7.139 ... disabled for the Mailbox
  secdefaults@contoso.test  535 5.7.139 ... security defaults policy
  conditional@contoso.test  535 5.7.139 ... did not meet the criteria ...
  retired@contoso.test      550 5.7.30 Basic authentication is not supported for Client Submission
  anyone else               535 5.7.3 Authentication unsuccessful

tenant-off@contoso.test gets its 5.7.139 for a token too (the tenant switch
covers OAuth). MAIL, RCPT and DATA are accepted. Lines are logged as
scripted_peer.py logs them, AUTH payloads masked. Stops on SIGTERM or SIGINT.
"""

import argparse
import asyncio
import base64
import collections
import hmac
import json
import logging
import signal
import sys
import time

from aiosmtpd.smtp import AuthResult, LoginPassword

from scripted_peer import ScriptedSMTP

PASSWORD = b"s3cret-Passw0rd"
OK_GMAIL_USER = "me@gmail.test"
GOOD_GMAIL_TOKEN = b"ya29.good-gmail-token"
GMAIL_HOST = "smtp.gmail.com"
GMAIL_ERROR = {"status": "401", "schemes": "bearer mac", "scope": "https://mail.google.com/"}
GMAIL_REFUSAL = ("535-5.7.8 Username and Password not accepted. For more information, go to\r\n"
                 "535 5.7.8  https://support.google.com/mail/?p=BadCredentials "
                 "x1-20020a.1 - gsmtp")

MS_HOST = "SN4PR0201CA0012.outlook.office365.com"
MS_AUDIENCES = {"https://outlook.office.com", "https://outlook.office365.com",
                "00000002-0000-0ff1-ce00-000000000000"}
MS_SCOPES = {"smtp.send", "smtp.sendasapp"}
MS_UNSUCCESSFUL = f"535 5.7.3 Authentication unsuccessful [{MS_HOST}]"
MS_PASSWORD_REPLIES = {
    "tenant-off@contoso.test": "535 5.7.139 Authentication unsuccessful, "
                               "SmtpClientAuthentication is disabled for the Tenant. Visit "
                               "https://aka.ms/smtp_auth_disabled for more information.",
    "mailbox-off@contoso.test": "535 5.7.139 Authentication unsuccessful, "
                                "SmtpClientAuthentication is disabled for the Mailbox. Visit "
                                "https://aka.ms/smtp_auth_disabled for more information.",
    "secdefaults@contoso.test": "535 5.7.139 Authentication unsuccessful, user is locked by "
                                "your organization's security defaults policy. Contact your "
                                "administrator.",
    "conditional@contoso.test": "535 5.7.139 Authentication unsuccessful, the request did not "
                                "meet the criteria to be authenticated successfully. Contact "
                                "your administrator.",
    "retired@contoso.test": "550 5.7.30 Basic authentication is not supported for Client "
                            "Submission.",
}
MS_BASIC_USER = "basic@contoso.test"

log = logging.getLogger("oauth_peer")


def b64url_json(part):
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def jwt_claims(token):
    """The payload of a JWS compact token, unverified; None when not one."""
    parts = token.split(b".")
    if len(parts) != 3:
        return None
    try:
        return b64url_json(parts[1].decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return None


def bearer_of(mechanism, message):
    """(user, token) from an XOAUTH2 or OAUTHBEARER client message."""
    if mechanism == "OAUTHBEARER":
        # RFC 7628 section 3.1: "n,a=user," then ^A-separated key=value pairs.
        header, _, rest = message.partition(b"\x01")
        user = b""
        for field in header.split(b","):
            if field.startswith(b"a="):
                user = field[2:].replace(b"=2C", b",").replace(b"=3D", b"=")
        pairs = rest
    else:
        user, pairs = b"", message
    token = b""
    for pair in pairs.split(b"\x01"):
        if pair.startswith(b"user="):
            user = pair[5:]
        elif pair.lower().startswith(b"auth=bearer "):
            token = pair[12:]
    return user.decode("utf-8", "replace"), token


def microsoft_accepts(user, claims):
    if not isinstance(claims, dict):
        return False
    audience = claims.get("aud")
    audiences = set(audience if isinstance(audience, list) else [audience])
    scopes = set(str(claims.get("scp", "")).lower().split())
    scopes |= {str(role).lower() for role in claims.get("roles", [])}
    account = claims.get("upn") or claims.get("unique_name") or claims.get("preferred_username")
    return (bool(audiences & MS_AUDIENCES) and bool(scopes & MS_SCOPES)
            and float(claims.get("exp", 0)) > time.time()
            and str(account).lower() == user.lower())


class PersonaHandler:
    def __init__(self, persona):
        self.persona = persona

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if self.persona == "gmail":
            return [f"250-{GMAIL_HOST} at your service, [127.0.0.1]", "250-SIZE 35882577",
                    "250-8BITMIME",
                    "250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH",
                    "250-ENHANCEDSTATUSCODES", "250-PIPELINING", "250 SMTPUTF8"]
        return [f"250-{MS_HOST} Hello [127.0.0.1]", "250-SIZE 157286400", "250-PIPELINING",
                "250-DSN", "250-ENHANCEDSTATUSCODES", "250-AUTH LOGIN XOAUTH2",
                "250-8BITMIME", "250 SMTPUTF8"]

    async def handle_DATA(self, server, session, envelope):
        log.info("message from %s to %s", envelope.mail_from, ", ".join(envelope.rcpt_tos))
        return "250 2.0.0 OK <queued@oauth.doctor.test>"


def password_authenticator(persona):
    def authenticate(server, session, envelope, mechanism, auth_data):
        assert isinstance(auth_data, LoginPassword)
        user = auth_data.login.decode("utf-8", "replace")
        right = hmac.compare_digest(auth_data.password, PASSWORD)
        if persona == "microsoft":
            if user in MS_PASSWORD_REPLIES:
                log.info("AUTH %s as %s: documented refusal", mechanism, user)
                return AuthResult(success=False, handled=False, message=MS_PASSWORD_REPLIES[user])
            if user == MS_BASIC_USER and right:
                log.info("AUTH %s as %s: password accepted", mechanism, user)
                return AuthResult(success=True, auth_data=user,
                                  message="235 2.7.0 Authentication successful")
            return AuthResult(success=False, handled=False, message=MS_UNSUCCESSFUL)
        return AuthResult(success=False, handled=False, message=GMAIL_REFUSAL)
    return authenticate


class PersonaSMTP(ScriptedSMTP):
    """scripted_peer's server (its logging and masking) with the bearer
    mechanisms, answered as the persona's provider does."""
    # RFC 4954 section 4: an AUTH line may be 12288 octets; a signed JWT is
    # longer than aiosmtpd's default 512.
    command_size_limit = 12288
    line_length_limit = 12288  # the reader's limit, set from it at construction
    command_size_limits = collections.defaultdict(lambda: 12288)

    def __init__(self, persona, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.persona = persona

    async def auth_XOAUTH2(self, _, args):
        return await self._bearer("XOAUTH2", args)

    async def auth_OAUTHBEARER(self, _, args):
        if self.persona != "gmail":
            await self.push("504 5.7.4 Unrecognized authentication type")
            return AuthResult(success=False, handled=True)
        return await self._bearer("OAUTHBEARER", args)

    async def _bearer(self, mechanism, args):
        if len(args) > 1:
            try:
                message = base64.b64decode(args[1], validate=True)
            except ValueError:
                await self.push("501 5.5.2 Cannot decode base64")
                return AuthResult(success=False, handled=True)
        else:
            message = await self.challenge_auth(b"")
            if not isinstance(message, bytes):
                return AuthResult(success=False, handled=True)
        user, token = bearer_of(mechanism, message)
        if self.persona == "gmail":
            if user == OK_GMAIL_USER and hmac.compare_digest(token, GOOD_GMAIL_TOKEN):
                log.info("AUTH %s as %s: token accepted", mechanism, user)
                return AuthResult(success=True, auth_data=user, message="235 2.7.0 Accepted")
            log.info("AUTH %s as %s: token refused, error challenge", mechanism, user)
            challenge = json.dumps(GMAIL_ERROR, separators=(",", ":")).encode()
            answer = await self.challenge_auth(challenge)
            if not isinstance(answer, bytes):
                return AuthResult(success=False, handled=True)
            if mechanism == "OAUTHBEARER" and answer != b"\x01":
                log.info("OAUTHBEARER: the answer to the error was not ^A (RFC 7628 3.2.3)")
            return AuthResult(success=False, handled=False, message=GMAIL_REFUSAL)
        if user == "tenant-off@contoso.test":
            return AuthResult(success=False, handled=False, message=MS_PASSWORD_REPLIES[user])
        if microsoft_accepts(user, jwt_claims(token)):
            log.info("AUTH %s as %s: token accepted", mechanism, user)
            return AuthResult(success=True, auth_data=user,
                              message="235 2.7.0 Authentication successful")
        log.info("AUTH %s as %s: token refused", mechanism, user)
        return AuthResult(success=False, handled=False, message=MS_UNSUCCESSFUL)


def factory(persona):
    def make():
        if persona == "gmail":
            hostname, ident = GMAIL_HOST, "ESMTP x1-20020a.1 - gsmtp"
        else:
            hostname = MS_HOST
            ident = ("Microsoft ESMTP MAIL Service ready at "
                     + time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime()))
        return PersonaSMTP(persona, PersonaHandler(persona), hostname=hostname, ident=ident,
                           auth_require_tls=False,
                           authenticator=password_authenticator(persona))
    return make


async def main_async(args):
    loop = asyncio.get_running_loop()
    servers = []
    for persona, port in args.listen:
        servers.append(await loop.create_server(factory(persona), host=args.host, port=port))
        log.info("%s listening on %s port %d", persona, args.host, port)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    for server in servers:
        server.close()
    log.info("stopped")


def listen(text):
    persona, _, port = text.partition("=")
    if persona not in ("gmail", "microsoft"):
        raise argparse.ArgumentTypeError(f"unknown persona {persona}")
    return persona, int(port)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--listen", type=listen, action="append", required=True)
    args = parser.parse_args()
    if args.host not in ("127.0.0.1", "::1", "localhost"):
        parser.error("test peers listen on loopback only")
    logging.basicConfig(stream=sys.stderr, level=logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
