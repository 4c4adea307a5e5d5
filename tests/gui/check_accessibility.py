#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The wizard as a screen reader meets it (issue 16, point 6).

The real smtp-doctor runs on an X server of its own (Xvfb) inside a D-Bus
session of its own, with Qt's AT-SPI bridge on
(QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1); the accessibility bus (at-spi2-core)
starts on demand. This script reads the wizard through pyatspi, as Orca
does, and drives it with real key presses only (xdotool, through XTEST), on
loopback: the SMTP test peer, no reference host, the resolver pointed
nowhere. On every page it asserts that

- every input, button and result row that shows has an accessible name (a
  combo box, whose name Qt's bridge makes its value, needs a label that it
  is "labelled by"; a radio button, its question: a labelling relation or a
  named group around it);
- focus order follows the page: Tab visits the page's controls from the top
  down (a control below, or in a column further right), and reaches them
  all before the wizard's buttons;

and it completes the wizard by keyboard: "sent but not received" chosen, a
message's headers typed into the message step and checked, the server, its
port and no encryption typed in, the checks run, a test message sent, the report
exported with Ctrl+S through the file dialog; the HTML file must then hold
the findings.

usage: check_accessibility.py GUI PEER_STATE_DIR OUT_DIR
Exit status: 0 passed, 1 failed, 77 cannot run here (a tool is missing).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

INPUTS = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "spin button", "entry", "slider", "page tab", "list item", "table cell",
}  # fmt: skip
# How a finding's row starts for a screen reader (Finding::severityLabel).
SEVERITIES = ("OK: ", "Info: ", "Warning: ", "Problem: ")
problems = []


# What the message step is given, typed line by line: a delivered message's
# headers (documentation addresses; nothing is looked up).
MESSAGE_HEADERS = (
    "Received: from out.example.test ([192.0.2.25]) by mx.receiver.test;"
    " Mon, 7 Dec 2026 07:00:05 +0000",
    "From: website@doctor.test",
    "Date: Mon, 07 Dec 2026 07:00:00 +0000",
)


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def skip(message):
    print(f"\n*** SKIPPED: {message} ***\n")
    sys.exit(77)


def problem(message):
    print(f"PROBLEM: {message}")
    problems.append(message)


def wait_for(condition, what, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    fail(f"timed out waiting for {what}")


class Wizard:
    """The running wizard as pyatspi shows it, and the keyboard."""

    def __init__(self, pyatspi, application):
        from gi.repository import GLib

        self.pyatspi = pyatspi
        self.application = application
        self.context = GLib.MainContext.default()

    def showing(self, node=None):
        """Every object that shows, depth first (the page's reading order)."""
        node = node or self.application
        found = []

        def walk(current, top):
            try:
                states = current.getState()
            except Exception:  # gone meanwhile
                return
            if not top and not states.contains(self.pyatspi.STATE_SHOWING):
                return
            found.append(current)
            for index in range(current.childCount):
                child = current.getChildAtIndex(index)
                if child is not None:
                    walk(child, False)

        walk(node, True)
        return found

    def refresh(self):
        """Forgets what libatspi cached: states and names change under us,
        and no main loop runs here to take in Qt's change events."""
        while self.context.iteration(False):
            pass
        self.application.clear_cache()

    def focused(self):
        """The focused widget. Qt's bridge also marks the current item of a
        view focused, and may leave that mark when the view loses focus:
        an item counts only when no widget says it has the focus."""
        self.refresh()
        found = [
            node for node in self.showing()
            if node.getState().contains(self.pyatspi.STATE_FOCUSED)
        ]  # fmt: skip
        widgets = [node for node in found if node.getRoleName() not in ("list item", "table cell")]
        return (widgets or found or [None])[0]

    def button(self, name):
        self.refresh()
        for node in self.showing():
            if node.getRoleName() == "push button" and node.name == name:
                return node
        return None

    def enabled(self, node):
        return node is not None and node.getState().contains(self.pyatspi.STATE_ENABLED)

    def labels(self, node):
        """Names of what labels node (AT-SPI's labelled-by relation)."""
        names = []
        for relation in node.getRelationSet():
            if relation.getRelationType() == self.pyatspi.RELATION_LABELLED_BY:
                for index in range(relation.getNTargets()):
                    names.append(relation.getTarget(index).name)
        return [name for name in names if name]

    def extents(self, node):
        try:
            box = node.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS)
        except NotImplementedError:  # not on the screen as such (a cell's row)
            return 0, 0, 0, 0
        return box.x, box.y, box.width, box.height

    @staticmethod
    def key(*keys):
        subprocess.run(["xdotool", "key", "--delay", "40", *keys], check=True)
        time.sleep(0.15)

    @staticmethod
    def type(text):
        subprocess.run(["xdotool", "type", "--delay", "30", text], check=True)
        time.sleep(0.15)

    def describe(self, node):
        return f"{node.getRoleName()} {node.name!r}" if node else "nothing"

    def tab_to(self, accept, what, limit=60):
        """Presses Tab until the focused object is one accept() takes."""
        for _ in range(limit):
            node = self.focused()
            if node is not None and accept(node):
                return node
            self.key("Tab")
        fail(f"Tab never reached {what} (last: {self.describe(self.focused())}); showing: "
             + ", ".join(self.describe(n) for n in self.showing()
                         if n.getRoleName() in INPUTS | {"dialog"}))


def check_names(wizard, page):
    """Every input, button and result row that shows has a name."""
    checked = 0
    for node in wizard.showing(page):
        role = node.getRoleName()
        if role not in INPUTS:
            continue
        checked += 1
        where = f"{page_title(wizard, page)}: {role}"
        if role == "combo box":
            # Qt's bridge names a combo box after its current value, as
            # GTK does; what it asks for is in the label that labels it.
            if not wizard.labels(node) and not node.description:
                problem(f"{where} {node.name!r} has no label (no labelled-by relation)")
        elif role == "radio button":
            named_group = any(
                ancestor.getRoleName() in ("panel", "grouping") and ancestor.name
                for ancestor in ancestors(node)
            )
            if not node.name or not (wizard.labels(node) or named_group or node.description):
                problem(f"{where} {node.name!r}: its question is not said (no label, no group)")
        elif not node.name.strip():
            extra = f" (described as {node.description!r})" if node.description else ""
            problem(f"{where} has no accessible name{extra}")
        elif role == "list item" and node.parent is not None and "findings" in node.parent.name:
            # A finding's severity shows as an icon: the spoken row says it.
            if not node.name.startswith(SEVERITIES):
                problem(f"{where} {node.name!r} does not say its severity")
    return checked


def ancestors(node):
    found = []
    parent = node.parent
    while parent is not None and len(found) < 20:
        found.append(parent)
        parent = parent.parent
    return found


def current_page(wizard):
    """The wizard page that shows: the deepest showing filler holding inputs
    other than the wizard's buttons."""
    best = None
    for node in wizard.showing():
        if node.getRoleName() != "filler" or node.parent is None:
            continue
        if node.parent.getRoleName() == "frame" or (
            node.parent.parent is not None and node.parent.parent.getRoleName() == "frame"
        ):
            inputs = [n for n in wizard.showing(node) if n.getRoleName() in INPUTS]
            if inputs and (best is None or len(wizard.showing(node)) < len(wizard.showing(best))):
                best = node
    if best is None:
        fail("no wizard page shows")
    return best


def page_title(wizard, page):
    """The page's title: QWizard shows it in a label above the page."""
    labels = [n for n in wizard.showing() if n.getRoleName() == "label" and n.name]
    inside = {id(n) for n in wizard.showing(page)}
    titles = [n for n in labels if id(n) not in inside]
    return (titles[0].name if titles else "page")[:50]


def check_focus_order(wizard, page):
    """Tab goes down the page, and through all of it before the buttons."""
    controls = [
        node for node in wizard.showing(page)
        if node.getRoleName() in INPUTS - {"list item", "table cell"}
        and node.getState().contains(wizard.pyatspi.STATE_FOCUSABLE)
        and node.getState().contains(wizard.pyatspi.STATE_ENABLED)
    ]  # fmt: skip
    if not controls:
        return []
    # Views, labels and text browsers of the page may take focus too.
    inside = {id_of(wizard, node) for node in wizard.showing(page)}
    title = page_title(wizard, page)
    # One lap of the focus chain, wherever it starts.
    order, seen = [], set()
    for _ in range(len(controls) * 3 + 20):
        node = wizard.focused()
        if node is not None:
            key = id_of(wizard, node)
            if key in seen:
                break
            seen.add(key)
            order.append(node)
        wizard.key("Tab")
    else:
        problem(f"{title}: Tab does not come round to where it started")
    flags = [id_of(wizard, node) in inside for node in order]
    # The chain is a circle: read it from the page's first control (the one
    # after the wizard's buttons).
    starts = [i for i in range(len(order)) if flags[i] and not flags[i - 1]]
    if starts:
        order = order[starts[0]:] + order[: starts[0]]
        flags = flags[starts[0]:] + flags[: starts[0]]
    names = [wizard.describe(node) for node in order]
    print(f"{title}: Tab order: " + " | ".join(names))
    if len(starts) > 1:
        problem(f"{title}: Tab leaves the page in the middle: {names}")
    in_page = [node for node, flag in zip(order, flags) if flag]
    # Tab enters a group of radio buttons at one of them (the arrows move
    # within it): each group must be reached once, every other control.
    groups = {}
    for node in controls:
        if node.getRoleName() == "radio button":
            groups.setdefault(id_of(wizard, node.parent), []).append(node)
    missed = [
        wizard.describe(node) for node in controls
        if node.getRoleName() != "radio button" and id_of(wizard, node) not in seen
    ]  # fmt: skip
    for members in groups.values():
        if not any(id_of(wizard, node) in seen for node in members):
            missed.append(f"the group of {wizard.describe(members[0])}")
    if missed:
        problem(f"{title}: Tab never reaches {missed}")
    for previous, current in zip(in_page, in_page[1:]):
        px, py, pw, ph = wizard.extents(previous)
        cx, cy, cw, ch = wizard.extents(current)
        # Up the page is only right for the next column.
        if cy + ch <= py and cx < px + pw:
            problem(
                f"{title}: Tab goes up the page from {wizard.describe(previous)} "
                f"to {wizard.describe(current)} "
                f"(y {py}..{py + ph} then {cy}..{cy + ch})"
            )
    return in_page


def id_of(wizard, node):
    x, y, w, h = wizard.extents(node)
    return (node.getRoleName(), node.name, x, y, w, h)


def read_page(wizard, visited):
    page = current_page(wizard)
    title = page_title(wizard, page)
    count = check_names(wizard, page)
    check_focus_order(wizard, page)
    visited.append(title)
    print(f"{title}: {count} inputs, buttons and rows read")
    return page


def press_next(wizard):
    next_button = wait_for(
        lambda: wizard.enabled(wizard.button("Next >")) and wizard.button("Next >"),
        "the Next button to be enabled",
        timeout=60,
    )
    wizard.tab_to(lambda node: node.name == "Next >", "the Next button")
    wizard.key("space")
    del next_button


def focus_field(wizard, name):
    return wizard.tab_to(
        lambda node: node.getRoleName() in ("text", "spin button", "combo box") and (
            node.name == name or name in wizard.labels(node)
        ),
        f"the field {name!r}",
    )  # fmt: skip


def run_wizard(wizard, port, report_path):
    visited = []
    # Welcome: where the mail is sent from (arrow keys within the group).
    read_page(wizard, visited)
    # Sent but not received: the wizard then starts with the message step.
    symptom = "Mail is sent but not received, or lands in spam"
    wizard.tab_to(
        lambda node: node.getRoleName() == "radio button" and node.name.startswith("Cannot connect"),
        "the first answer to 'What is happening?'",
    )  # fmt: skip
    for _ in range(4):
        if wizard.focused().name == symptom:
            break
        wizard.key("Down")
    if wizard.focused().name != symptom:
        fail(f"arrow keys never reached {symptom!r} (last: {wizard.describe(wizard.focused())})")
    if not wizard.focused().getState().contains(wizard.pyatspi.STATE_CHECKED):
        wizard.key("space")
    # From a website: the wizard then has the website probe's page too.
    origin = "My website on a web host (WordPress, PHP...)"
    wizard.tab_to(
        lambda node: node.getRoleName() == "radio button"
        and "Where is the failing mail sent from?" in wizard.labels(node)
        or node.getRoleName() == "radio button" and node.name == origin,
        "the 'sent from' question",
    )  # fmt: skip
    for _ in range(4):
        node = wizard.focused()
        if node.name == origin:
            break
        wizard.key("Down")
    if not wizard.focused().getState().contains(wizard.pyatspi.STATE_CHECKED):
        wizard.key("space")
    press_next(wizard)

    # The message that arrived: headers typed in, read without DNS look-ups,
    # then read again with its findings and its route.
    wait_for(lambda: wizard.button("Open an .eml file..."), "the message page")
    read_page(wizard, visited)
    focus_field(wizard, "The message's source or headers")
    for line in MESSAGE_HEADERS:
        wizard.type(line)
        wizard.key("Return")
    again = wizard.tab_to(lambda node: node.getRoleName() == "check box", "the 'check again' box")
    if again.getState().contains(wizard.pyatspi.STATE_CHECKED):
        wizard.key("space")
    check = wizard.tab_to(lambda node: node.name == "Check", "the Check button")
    wizard.key("space")
    wait_for(lambda: wizard.enabled(check) and wizard.enabled(wizard.button("Next >")),
             "the message check", timeout=30)  # fmt: skip
    read_page(wizard, visited)
    press_next(wizard)

    # The server.
    wait_for(lambda: wizard.button("Detect settings"), "the server page")
    read_page(wizard, visited)
    focus_field(wizard, "SMTP server")
    wizard.key("ctrl+a")
    wizard.type("127.0.0.1")
    focus_field(wizard, "Port")
    wizard.key("ctrl+a")
    wizard.type(str(port))
    encryption = focus_field(wizard, "Encryption:")
    wizard.key("Home")  # None, the first
    if wizard.focused().name != "None":
        fail(f"the encryption combo box says {wizard.focused().name!r}, not None")
    del encryption
    focus_field(wizard, "Other ports to try")
    wizard.key("ctrl+a")
    wizard.type(str(port))
    press_next(wizard)

    # Connectivity: runs by itself; its result rows are read when done.
    wait_for(lambda: wizard.button("Run again") and wizard.enabled(wizard.button("Next >")),
             "the connectivity check", timeout=60)  # fmt: skip
    read_page(wizard, visited)
    press_next(wizard)

    # The website probe: read with an address typed (its clear button then
    # shows), the address taken away again, the step skipped.
    wait_for(lambda: wizard.button("Run the test"), "the website probe page")
    read_page(wizard, visited)
    focus_field(wizard, "Address of the probe file on your website")
    wizard.type("https://www.example.invalid/smtp-doctor-probe.php")
    check_names(wizard, current_page(wizard))
    wizard.key("ctrl+a", "BackSpace")
    press_next(wizard)

    # Domain records: nothing asked for (no domain typed).
    wait_for(lambda: wizard.enabled(wizard.button("Next >")) and not wizard.button("Detect settings"),
             "the domain step", timeout=60)  # fmt: skip
    time.sleep(0.5)
    read_page(wizard, visited)
    press_next(wizard)

    # The test message, sent by keyboard.
    send = wait_for(lambda: wizard.button("Send test message"), "the test e-mail page")
    read_page(wizard, visited)
    focus_field(wizard, "From:")
    wizard.type("ok@doctor.test")
    focus_field(wizard, "To:")
    wizard.type("someone@doctor.test")
    wizard.tab_to(lambda node: node.name == "Send test message", "the send button")
    wizard.key("space")
    wait_for(lambda: wizard.enabled(send) and wizard.enabled(wizard.button("Next >")),
             "the test message", timeout=60)  # fmt: skip
    read_page(wizard, visited)  # with its findings
    press_next(wizard)

    # Results, exported with Ctrl+S; Qt's own file dialog takes the name.
    export = wait_for(lambda: wizard.button("Export..."), "the results page")
    wait_for(lambda: wizard.enabled(export), "the results")
    read_page(wizard, visited)
    wizard.key("ctrl+s")

    def export_dialog():
        wizard.refresh()
        for index in range(wizard.application.childCount):
            window = wizard.application.getChildAtIndex(index)
            if window is not None and "Export" in (window.name or ""):
                return window
        return None

    deadline = time.monotonic() + 15
    while not export_dialog():
        if time.monotonic() > deadline:
            windows = [wizard.describe(wizard.application.getChildAtIndex(i))
                       for i in range(wizard.application.childCount)]  # fmt: skip
            x_windows = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."],
                                       capture_output=True, text=True).stdout.split()  # fmt: skip
            titles = [subprocess.run(["xdotool", "getwindowname", w], capture_output=True,
                                     text=True).stdout.strip() for w in x_windows]  # fmt: skip
            fail(f"Ctrl+S opened no export dialog (focus: {wizard.describe(wizard.focused())}; "
                 f"windows: {windows}; X windows: {titles})")
        time.sleep(0.1)
    wizard.key("ctrl+a")
    wizard.type(report_path)
    wizard.key("Return")
    wait_for(lambda: os.path.exists(report_path) and os.path.getsize(report_path) > 0,
             f"the exported report {report_path}")  # fmt: skip
    return visited


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    gui, peers, out = sys.argv[1:]
    if not os.environ.get("SMTP_DOCTOR_A11Y_SESSION"):
        for tool in ("Xvfb", "dbus-run-session", "xdotool"):
            if shutil.which(tool) is None:
                skip(f"{tool} is not installed (installer/setup.sh test installs it)")
        if not os.path.exists("/usr/libexec/at-spi-bus-launcher"):
            skip("at-spi2-core is not installed (installer/setup.sh test installs it)")
        try:
            import pyatspi  # noqa: F401
        except ImportError:
            skip("python3-pyatspi is not installed (installer/setup.sh test installs it)")
        os.environ["SMTP_DOCTOR_A11Y_SESSION"] = "1"
        os.execvp("dbus-run-session", ["dbus-run-session", "--", sys.executable, *sys.argv])

    with open(os.path.join(peers, "smtp.json"), encoding="utf-8") as file:
        port = json.load(file)["ports"]["smtp"]
    work = tempfile.mkdtemp(prefix="smtp-doctor-a11y-")
    processes = []
    try:
        # Xvfb picks a free display and says which on the pipe.
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24",
             "-nolisten", "tcp"],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        processes.append(xvfb)
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            display = ":" + pipe.readline().strip()
        if display == ":":
            fail("Xvfb did not start")
        home = os.path.join(work, "home")
        runtime = os.path.join(work, "run")
        os.makedirs(home)
        os.makedirs(runtime, mode=0o700)
        os.environ.update(DISPLAY=display, HOME=home, XDG_RUNTIME_DIR=runtime,
                          XDG_CONFIG_HOME=os.path.join(home, ".config"),
                          XDG_DATA_HOME=os.path.join(home, ".local/share"))  # fmt: skip
        environment = dict(
            os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1", LANG="C.UTF-8", LANGUAGE="en",
        )  # fmt: skip
        application = subprocess.Popen([gui], env=environment, stdout=subprocess.DEVNULL,
                                       stderr=open(os.path.join(work, "gui.log"), "w"))  # fmt: skip
        processes.append(application)
        print(f"smtp-doctor {application.pid} on {display} (Xvfb {xvfb.pid})")

        import pyatspi

        def find_application():
            desktop = pyatspi.Registry.getDesktop(0)
            for index in range(desktop.childCount):
                child = desktop.getChildAtIndex(index)
                if child is not None and child.name == "SMTP Doctor":
                    return child
            return None

        wizard = Wizard(pyatspi, wait_for(find_application, "the wizard on the AT-SPI bus"))
        window = wait_for(
            lambda: subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(application.pid)],
                capture_output=True, text=True,
            ).stdout.split(),
            "the wizard's window",
        )[-1]  # fmt: skip
        # No window manager: give the window the keyboard focus directly.
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
        wait_for(wizard.focused, "keyboard focus in the wizard")

        report = os.path.join(work, "report.html")
        visited = run_wizard(wizard, port, report)
        with open(report, encoding="utf-8") as file:
            html = file.read()
        # The test message went out (typed and sent by keyboard), and the
        # connectivity step's findings are there.
        for needed in ('class="verdict"', "Content-Security-Policy", "send.accepted", "net.open",
                       "message.received_chain"):
            if needed not in html:
                fail(f"the exported report lacks {needed}")
        os.makedirs(out, exist_ok=True)
        shutil.copyfile(report, os.path.join(out, "report-by-keyboard.html"))
        print(f"pages read: {visited}; report exported by keyboard ({len(html)} bytes)")
        if application.poll() is not None:
            fail(f"smtp-doctor ended early ({application.returncode})")
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
        shutil.rmtree(work, ignore_errors=True)
    if problems:
        fail(f"{len(problems)} accessibility problems:\n  " + "\n  ".join(problems))
    print("every page: names, focus order; the wizard completed by keyboard")


if __name__ == "__main__":
    main()
