#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The OAuth2 lab of SMTP Doctor's tests: a real authorization server and an
SMTP server that checks its tokens for real, on loopback.

    oauth_lab.py serve --node-dir DIR --idp-port P --smtp-port Q [--introspection-secret S]
    oauth_lab.py approve URL --login NAME [--deny]
    oauth_lab.py token ISSUER --login NAME [--client ID] [--scope S] [--resource URI]

serve runs npm's oidc-provider (oauth/server.mjs, its node_modules in
DIR, installed there by `npm ci`) on P (with S, the introspection client
"dovecot-imap" that the fetch-back lab's Dovecot signs in as), and on Q an aiosmtpd server offering
AUTH OAUTHBEARER XOAUTH2 that verifies each bearer token as a resource
server must: the JWT's RS256 signature against the provider's JWKS (PyJWT's
PyJWKClient), iss, aud (the resource indicator RESOURCE), exp, the scope
smtp.send, and that its email claim is the AUTH user. A good token gets
235 2.7.0; a bad one the RFC 7628 section 3.2.2 error challenge
({"status":"invalid_token"} or {"status":"insufficient_scope"}, with scope and
openid-configuration), then, after the client's ^A, 535 5.7.8. MAIL, RCPT and
DATA are then accepted. The token is never logged (AUTH payloads masked).

approve plays the user of the device flow (RFC 8628 section 3.3): it opens
the verification URL with the code, confirms it, signs in as NAME on the
provider's own login page and consents (or aborts with --deny), all with
urllib against 127.0.0.1. token runs the whole device flow for the test and
prints the token response (JSON) on stdout.
"""

import argparse
import asyncio
import base64
import collections
import html
import http.cookiejar
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESOURCE = "urn:smtp-doctor:test-smtp"
SCOPE = "smtp.send"
LOOPBACK = ("127.0.0.1", "::1", "localhost")

log = logging.getLogger("oauth_lab")


# --------------------------------------------------------------------------
# The user's side: the provider's own pages, driven with urllib


def loopback_only(url):
    host = urllib.parse.urlsplit(url).hostname
    if host not in LOOPBACK:
        raise SystemExit(f"oauth_lab: refusing a non-loopback URL: {url}")
    return url


class Browser:
    """Cookies and redirects, as a browser keeps them, for loopback only."""

    def __init__(self):
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def open(self, url, fields=None):
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        with self.opener.open(loopback_only(url), data=data, timeout=10) as response:
            return response.geturl(), response.read().decode("utf-8", "replace")


def form_of(page, base):
    """(action URL, hidden fields) of the first form in `page`."""
    match = re.search(r'<form[^>]*action="([^"]*)"', page)
    if not match:
        raise SystemExit("oauth_lab: no form on the page:\n" + page[:2000])
    action = urllib.parse.urljoin(base, html.unescape(match.group(1)))
    fields = {}
    for name, value in re.findall(
            r'<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page):
        fields[name] = html.unescape(value)
    return action, fields


def approve(verification_url, login, deny=False):
    """Confirm the user code, sign in as `login`, consent (or abort); the
    final page. Each page's own form is submitted as a browser would: the
    code's auto-submitted form, the confirmation, the login, the consent."""
    browser = Browser()
    url, page = browser.open(verification_url)
    for _ in range(8):
        if "<form" not in page:
            return page
        action, fields = form_of(page, url)
        if 'name="prompt" value="login"' in page:
            fields.update(login=login, password="any")
        elif 'name="prompt" value="consent"' in page and deny:
            # devInteractions' "[ Cancel ]" link: the user refuses consent.
            match = re.search(r'<a href="([^"]*abort[^"]*)"', page)
            url, page = browser.open(urllib.parse.urljoin(url, html.unescape(match.group(1))))
            continue
        url, page = browser.open(action, fields)
    return page


def post_form(url, fields):
    request = urllib.request.Request(loopback_only(url),
                                     data=urllib.parse.urlencode(fields).encode())
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as error:
        return json.loads(error.read() or b"{}")


def token(issuer, login, client, scope, resource):
    """The device flow end to end; the token endpoint's JSON answer."""
    fields = {"client_id": client, "scope": scope}
    if resource:
        fields["resource"] = resource
    grant = post_form(issuer + "/device/auth", fields)
    if "device_code" not in grant:
        return grant
    approve(grant["verification_uri_complete"], login)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        answer = post_form(issuer + "/token", {
            "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
            "device_code": grant["device_code"], "client_id": client})
        if answer.get("error") not in ("authorization_pending", "slow_down"):
            return answer
        time.sleep(grant.get("interval", 5) if answer.get("error") == "slow_down" else 1)
    return {"error": "timeout"}


# --------------------------------------------------------------------------
# The SMTP server that checks tokens


def serve(args):
    import jwt
    from aiosmtpd.smtp import AuthResult

    from oauth_peer import bearer_of
    from scripted_peer import ScriptedSMTP

    issuer = f"http://127.0.0.1:{args.idp_port}"
    # ES modules resolve "oidc-provider" from the script's own folder: the
    # server runs beside the node_modules that npm ci installed.
    script = Path(args.node_dir) / "server.mjs"
    shutil.copyfile(HERE / "oauth" / "server.mjs", script)
    node_arguments = ["--port", str(args.idp_port), "--resource", RESOURCE]
    if args.introspection_secret:
        node_arguments += ["--introspection-secret", args.introspection_secret]
    node = subprocess.Popen(["node", str(script), *node_arguments], cwd=args.node_dir)
    jwks = jwt.PyJWKClient(issuer + "/jwks", cache_keys=True)
    error_base = {"scope": SCOPE,
                  "openid-configuration": issuer + "/.well-known/openid-configuration"}

    def check(user, token):
        """None when the token may sign in as `user`, else the RFC 7628 status."""
        try:
            key = jwks.get_signing_key_from_jwt(token.decode("ascii"))
            claims = jwt.decode(token, key.key, algorithms=["RS256"], audience=RESOURCE,
                                issuer=issuer, options={"require": ["exp", "aud", "iss"]})
        except jwt.ExpiredSignatureError:
            log.info("token refused: expired")
            return "invalid_token"
        except jwt.InvalidAudienceError:
            log.info("token refused: wrong audience")
            return "invalid_token"
        except (jwt.PyJWTError, UnicodeDecodeError, ValueError) as error:
            log.info("token refused: %s", type(error).__name__)
            return "invalid_token"
        if SCOPE not in str(claims.get("scope", "")).split():
            log.info("token refused: no %s in its scope", SCOPE)
            return "insufficient_scope"
        if str(claims.get("email", "")).lower() != user.lower():
            log.info("token refused: issued to another account")
            return "invalid_token"
        return None

    class Handler:
        async def handle_EHLO(self, server, session, envelope, hostname, responses):
            session.host_name = hostname
            return ["250-smtp.oauth.doctor.test", "250-AUTH OAUTHBEARER XOAUTH2",
                    "250-ENHANCEDSTATUSCODES", "250-PIPELINING", "250 8BITMIME"]

        async def handle_DATA(self, server, session, envelope):
            log.info("message from %s to %s", envelope.mail_from, ", ".join(envelope.rcpt_tos))
            return "250 2.0.0 Ok: queued as 0A17H"

    class VerifyingSMTP(ScriptedSMTP):
        # RFC 4954 section 4: an AUTH line may be 12288 octets; a signed JWT is
        # longer than aiosmtpd's default 512.
        command_size_limit = 12288
        line_length_limit = 12288  # the reader's limit, set from it at construction
        command_size_limits = collections.defaultdict(lambda: 12288)

        async def auth_OAUTHBEARER(self, _, args):
            return await self.bearer("OAUTHBEARER", args)

        async def auth_XOAUTH2(self, _, args):
            return await self.bearer("XOAUTH2", args)

        async def bearer(self, mechanism, args):
            message = (base64.b64decode(args[1]) if len(args) > 1
                       else await self.challenge_auth(b""))
            if not isinstance(message, bytes):
                return AuthResult(success=False, handled=True)
            user, bearer = bearer_of(mechanism, message)
            status = check(user, bearer)
            if status is None:
                log.info("AUTH %s as %s: token verified", mechanism, user)
                return AuthResult(success=True, auth_data=user,
                                  message="235 2.7.0 Authentication successful")
            error = dict(error_base, status=status)
            await self.challenge_auth(json.dumps(error, separators=(",", ":")).encode())
            return AuthResult(success=False, handled=False,
                              message="535 5.7.8 Authentication credentials invalid")

    async def run():
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: VerifyingSMTP(Handler(), hostname="smtp.oauth.doctor.test",
                                  auth_require_tls=False),
            host="127.0.0.1", port=args.smtp_port)
        log.info("verifying SMTP server on 127.0.0.1 port %d, issuer %s", args.smtp_port, issuer)
        stop = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()
        server.close()

    try:
        asyncio.run(run())
    finally:
        node.terminate()
        node.wait(5)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    serving = commands.add_parser("serve")
    serving.add_argument("--node-dir", required=True)
    serving.add_argument("--idp-port", type=int, required=True)
    serving.add_argument("--smtp-port", type=int, required=True)
    serving.add_argument("--introspection-secret", default="")
    approving = commands.add_parser("approve")
    approving.add_argument("url")
    approving.add_argument("--login", required=True)
    approving.add_argument("--deny", action="store_true")
    getting = commands.add_parser("token")
    getting.add_argument("issuer")
    getting.add_argument("--login", required=True)
    getting.add_argument("--client", default="smtp-doctor")
    getting.add_argument("--scope", default="openid email offline_access smtp.send")
    getting.add_argument("--resource", default="")
    args = parser.parse_args()
    logging.basicConfig(stream=sys.stderr, level=logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    if args.command == "serve":
        serve(args)
    elif args.command == "approve":
        page = approve(args.url, args.login, args.deny)
        print(re.sub(r"<[^>]+>", " ", page)[:500])
    else:
        print(json.dumps(token(args.issuer.rstrip("/"), args.login, args.client, args.scope,
                               args.resource)))


if __name__ == "__main__":
    main()
