#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The HTML report in a real browser (issue 16, point 7).

Headless Chromium (Debian's chromium) opens reports that the real CLI wrote
against the loopback SMTP test peer, one of this computer's view and one
merged with a website's view (site.* findings), and a watch run as the
wizard exports it (report_export: its chart is a data: PNG inside the file),
in a network namespace with only lo up (unshare -n), so nothing it might try
can leave the machine.
For each report it asserts:

- no request from the page: Chromium's own net log (--log-net-log) lists no
  URL request that the page initiated (Chromium's background requests say
  "not an origin"; they fail in the namespace), and its console shows no
  Content-Security-Policy violation (the report forbids every load);
- nothing broken: the DOM that Chromium built (--dump-dom) holds the
  verdict and the title of every finding of the same run's JSON report, and
  no element refers to anything outside the file but data: images;
- a screenshot (--screenshot) that is a PNG of the window's size and not
  one flat colour; the merged report's is kept as OUT_DIR/report-chromium.png
  (docs/screenshots/report-chromium.png is one made this way).

Two control pages prove the checks can fail: without the policy, an image
on 192.0.2.1 (TEST-NET-1, unreachable here) shows in the net log; with it,
the console reports the violation.

usage: check_report_chromium.py CLI REPORT_EXPORT PEER_STATE_DIR OUT_DIR
Exit status: 0 passed, 1 failed, 77 cannot run here (no chromium, not root).
"""

import html.parser
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import zlib

WINDOW = (1100, 1600)


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def skip(message):
    print(f"\n*** SKIPPED: {message} ***\n")
    sys.exit(77)


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again when the socket goes


def chromium(work, name, page, mode):
    """Runs headless Chromium on page in a fresh network namespace with
    only lo up; returns (stdout, console lines, page-initiated URLs)."""
    profile = tempfile.mkdtemp(prefix=f"profile-{name}-", dir=work)
    netlog = os.path.join(work, f"{name}-{mode}.netlog.json")
    arguments = [
        "chromium",
        "--headless",
        # Chromium's sandbox refuses to run as root (CI runs the suite as
        # root); the namespace and the page's own policy are the fences here.
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        f"--log-net-log={netlog}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
    ]
    if mode == "dom":
        arguments.append("--dump-dom")
    else:
        arguments.append(f"--screenshot={os.path.join(work, name + '.png')}")
        arguments.append("--hide-scrollbars")
    arguments.append("file://" + page)
    # The namespace's lo starts down; Chromium's own requests then fail at
    # once (no route), and the page's would too.
    command = ["unshare", "-n", "--", "sh", "-c", 'ip link set lo up && exec "$@"', "sh"]
    run = subprocess.run(command + arguments, capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        fail(f"chromium on {page} ({mode}) exited with {run.returncode}:\n{run.stderr[-3000:]}")
    console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
    with open(netlog, encoding="utf-8") as file:
        log = json.load(file)
    names = {value: key for key, value in log["constants"]["logEventTypes"].items()}
    requested = []
    for event in log["events"]:
        params = event.get("params", {})
        if names.get(event["type"]) == "URL_REQUEST_START_JOB" and "url" in params:
            if params.get("initiator") != "not an origin":
                requested.append(params["url"])
    return run.stdout, console, requested


class DomText(html.parser.HTMLParser):
    """The text of a DOM, the verdict paragraph's, and every reference."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text = []
        self.verdict = []
        self.references = []
        self.in_verdict = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "srcset", "action", "data", "poster") and value:
                self.references.append((tag, name, value))
        if tag == "p" and ("class", "verdict") in attrs:
            self.in_verdict = True

    def handle_endtag(self, tag):
        if tag == "p":
            self.in_verdict = False

    def handle_data(self, data):
        self.text.append(data)
        if self.in_verdict:
            self.verdict.append(data)


def normalized(text):
    return " ".join(text.split())


def png_checks(path, label):
    with open(path, "rb") as file:
        data = file.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{label}: the screenshot is no PNG")
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    if (width, height) != WINDOW:
        fail(f"{label}: screenshot {width}x{height}, the window is {WINDOW[0]}x{WINDOW[1]}")
    chunks, offset = [], 8
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset : offset + 8])
        if kind == b"IDAT":
            chunks.append(data[offset + 8 : offset + 8 + length])
        offset += 12 + length
    pixels = zlib.decompress(b"".join(chunks))
    # A blank page compresses to rows of one value; text gives many.
    distinct = len(set(pixels))
    if distinct < 32:
        fail(f"{label}: the screenshot looks blank ({distinct} distinct byte values)")
    return width, height, distinct


def check_report(work, name, html_path, json_path):
    with open(json_path, encoding="utf-8") as file:
        report = json.load(file)
    titles = [finding["title"] for finding in report["findings"]]
    if not titles:
        fail(f"{name}: the JSON report has no findings")
    with open(html_path, encoding="utf-8") as file:
        source = file.read()
    if "Content-Security-Policy" not in source:
        fail(f"{name}: the report has no Content-Security-Policy")

    dom, console, requested = chromium(work, name, html_path, "dom")
    parsed = DomText()
    parsed.feed(dom)
    text = normalized(" ".join(parsed.text))
    verdict = normalized(" ".join(parsed.verdict))
    if not verdict:
        fail(f"{name}: the rendered DOM has no verdict")
    missing = [title for title in titles if normalized(title) not in text]
    if missing:
        fail(f"{name}: finding titles missing from the rendered DOM: {missing}")
    outside = [ref for ref in parsed.references if not ref[2].startswith(("data:", "#"))]
    if outside:
        fail(f"{name}: the DOM refers outside the file: {outside}")
    violations = [line for line in console if "Content Security Policy" in line]
    if violations:
        fail(f"{name}: Content-Security-Policy violations:\n" + "\n".join(violations))
    if requested:
        fail(f"{name}: the page made requests: {requested}")

    _, console, requested = chromium(work, name, html_path, "screenshot")
    if requested or any("Content Security Policy" in line for line in console):
        fail(f"{name}: requests or violations while taking the screenshot: {requested}")
    width, height, distinct = png_checks(os.path.join(work, name + ".png"), name)
    print(
        f"{name}: verdict {verdict!r}; {len(titles)} finding titles in the DOM "
        f"({len(set(f['id'] for f in report['findings']))} ids); no request, no CSP "
        f"violation; screenshot {width}x{height}, {distinct} distinct byte values"
    )


def check_controls(work):
    image = '<img src="http://192.0.2.1/smtp-doctor-control.png" alt="control">'
    policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">"
    pages = {}
    for name, head in (("control-open", ""), ("control-policy", policy)):
        path = os.path.join(work, name + ".html")
        with open(path, "w", encoding="utf-8") as file:
            file.write(f"<!DOCTYPE html><html><head>{head}</head><body>{image}</body></html>")
        pages[name] = path
    _, _, requested = chromium(work, "control-open", pages["control-open"], "dom")
    if not any("192.0.2.1" in url for url in requested):
        fail(f"control: the net log misses the page's request (saw {requested})")
    _, console, requested = chromium(work, "control-policy", pages["control-policy"], "dom")
    if requested or not any("Content Security Policy" in line for line in console):
        fail(f"control: the policy did not show in the console ({requested}, {console})")
    print("controls: a page's request shows in the net log; a blocked one in the console")


def main():
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    cli, export, peers, out = sys.argv[1:]
    if shutil.which("chromium") is None:
        skip("chromium is not installed (installer/setup.sh test installs it)")
    if os.geteuid() != 0:
        skip("unshare -n (a network namespace with only lo) needs root")
    with open(os.path.join(peers, "smtp.json"), encoding="utf-8") as file:
        port = json.load(file)["ports"]["smtp"]
    os.makedirs(out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="report-chromium-")
    try:
        check_controls(work)
        diagnose = [
            cli, "diagnose", "--host", "127.0.0.1", "--port", str(port),
            "--ports", f"{port},{closed_port()}", "--security", "none",
            "--control-host", "none", "--timeout", "5",
        ]  # fmt: skip
        here_json = os.path.join(work, "here.json")
        reports = []
        for name, extra in (("here", []), ("site", ["--site-report", here_json])):
            paths = {}
            for form in ("json", "html"):
                paths[form] = os.path.join(work, f"{name}.{form}")
                run = subprocess.run(
                    diagnose + extra + ["--format", form, "--output", paths[form]],
                    capture_output=True, text=True, timeout=120,
                )  # fmt: skip
                # 1: a failure finding (the closed port), which is expected.
                if run.returncode not in (0, 1) or not os.path.getsize(paths[form]):
                    fail(f"diagnose {name} --format {form}: {run.returncode}\n{run.stderr}")
            reports.append((name, paths["html"], paths["json"]))
        # A watch run, exported as the wizard does (with its chart).
        watch = {form: os.path.join(work, f"watch.{form}") for form in ("json", "html")}
        run = subprocess.run(
            [cli, "watch", "--host", "127.0.0.1", "--port", str(port), "--security", "none",
             "--count", "3", "--interval", "1", "--timeout", "5",
             "--format", "json", "--output", watch["json"]],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        if run.returncode not in (0, 1) or not os.path.getsize(watch["json"]):
            fail(f"watch --format json: {run.returncode}\n{run.stderr}")
        run = subprocess.run(
            [export, watch["json"], watch["html"]],
            capture_output=True, text=True, timeout=60,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )  # fmt: skip
        if run.returncode != 0:
            fail(f"report_export: {run.returncode}\n{run.stderr}")
        with open(watch["html"], encoding="utf-8") as file:
            if '<img src="data:image/png;base64,' not in file.read():
                fail("the exported watch report has no chart")
        reports.append(("watch", watch["html"], watch["json"]))
        with open(os.path.join(work, "site.json"), encoding="utf-8") as file:
            vantages = {f["subject"].get("vantage") for f in json.load(file)["findings"]}
        if "site" not in vantages:
            fail(f"the merged report has no finding seen from the site ({vantages})")
        for name, html_path, json_path in reports:
            check_report(work, name, html_path, json_path)
        shutil.copyfile(os.path.join(work, "site.png"), os.path.join(out, "report-chromium.png"))
        print(f"screenshot kept: {os.path.join(out, 'report-chromium.png')}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
