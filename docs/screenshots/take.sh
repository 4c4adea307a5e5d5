#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the wizard's screenshots for the README from the real application
# under Xvfb, in English and French:
#     docs/screenshots/{en,fr}/{welcome,server,connectivity,site-probe,domain,test-email,results,message}.png
#
#     docs/screenshots/take.sh [BUILD_DIR]        (default: build)
#
# The pages show real results: the SMTP and DNS test peers
# (tests/peers/peerctl.py) are started on loopback for the occasion and
# stopped afterwards. Nothing leaves the machine: no control host, and a
# resolv.conf that names no resolver. The settings (and the history the run
# leaves) live in a temporary folder, never in the user's own.
#
# The application walks itself through its pages (ScreenshotTour, enabled by
# SMTP_DOCTOR_SCREENSHOT_TOUR) with the settings written below, and presses
# Send on the test e-mail page (a message to the SMTP peer, which keeps none).
# The mail is "sent from a website": the tour saves the probe file into the
# folder that PHP's own server (php -S, on loopback) serves, types its
# address and runs it, so the website step and the results' table of both
# sides show a real probe. A second, shorter tour answers "sent but not
# received": it opens a message of the message lab (tests/peers/dkimlab.py:
# signed by python3-dkim, then given a footer on the way) and checks it
# against the lab's NSD, so the message step shows a real verdict.
# Needs: xvfb (xvfb-run), python3-aiosmtpd, nsd, php-cli, python3-dkim: installer/setup.sh test.
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
APP=$BUILD/app/gui/smtp-doctor
PYTHON=/usr/bin/python3 # Debian's: it sees python3-aiosmtpd
PEERCTL=$ROOT/tests/peers/peerctl.py
OUT=$ROOT/docs/screenshots
WORK=$(mktemp -d)

[ -x "$APP" ] || { echo "take.sh: no $APP: build first" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "take.sh: xvfb-run is missing (apt install xvfb)" >&2; exit 2; }
command -v php >/dev/null || { echo "take.sh: php is missing (apt install php-cli)" >&2; exit 2; }
PHP_PID=

cleanup() {
    [ -z "$PHP_PID" ] || kill "$PHP_PID" 2>/dev/null || true
    "$PYTHON" "$PEERCTL" stop smtp --state-dir "$WORK/peers" >/dev/null 2>&1 || true
    "$PYTHON" "$PEERCTL" stop dns-domains --state-dir "$WORK/peers" >/dev/null 2>&1 || true
    "$PYTHON" "$PEERCTL" stop dkim-lab --state-dir "$WORK/peers" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

"$PYTHON" "$PEERCTL" start smtp --state-dir "$WORK/peers" >/dev/null
"$PYTHON" "$PEERCTL" start dns-domains --state-dir "$WORK/peers" >/dev/null
port_of() { "$PYTHON" -c 'import json, sys; print(json.load(open(sys.argv[1]))["ports"][sys.argv[2]])' "$1" "$2"; }
SMTP_PORT=$(port_of "$WORK/peers/smtp.json" smtp)
DNS_PORT=$(port_of "$WORK/peers/dns-domains.json" dns)
"$PYTHON" "$PEERCTL" start dkim-lab --state-dir "$WORK/peers" >/dev/null
LAB_DNS_PORT=$(port_of "$WORK/peers/dkim-lab.json" dns)
LAB_MESSAGE=$("$PYTHON" -c 'import json, sys
record = json.load(open(sys.argv[1]))
cases = json.load(open(record["manifest"]))
print(next(case["file"] for case in cases if case["name"] == "body_changed"))' "$WORK/peers/dkim-lab.json")
# A loopback port on which nothing listens: the grid shows a refused cell.
free_port() { "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
CLOSED_PORT=$(free_port)
# The "web host": PHP's own server on loopback, serving the probe's folder.
SITE=$WORK/site
mkdir -p "$SITE"
WEB_PORT=$(free_port)
php -S "127.0.0.1:$WEB_PORT" -t "$SITE" >"$WORK/php.log" 2>&1 &
PHP_PID=$!
PROBE=smtp-doctor-probe-screenshot.php

for LANGUAGE_CODE in en fr; do
    case $LANGUAGE_CODE in
        fr) LOCALE=fr_FR.UTF-8 ;;
        *) LOCALE=en_US.UTF-8 ;;
    esac
    CONFIG=$WORK/$LANGUAGE_CODE/config
    mkdir -p "$CONFIG/SMTP Doctor" "$WORK/$LANGUAGE_CODE/data" "$WORK/$LANGUAGE_CODE/home"
    # The keys of ui/settings/SettingsStore.h: what a user would have typed.
    cat > "$CONFIG/SMTP Doctor/SMTP Doctor.conf" <<SETTINGS
[welcome]
symptom=0
sentFrom=0
provider=

[server]
host=127.0.0.1
port=$SMTP_PORT
security=0
ports="$SMTP_PORT, $CLOSED_PORT"
controlHost=none
resolver=127.0.0.1@$DNS_PORT
domain=spf-notauth.test
timeout=5

[message]
from=website@spf-notauth.test
to=support@doctor.test
SETTINGS
    rm -rf "${OUT:?}/$LANGUAGE_CODE"
    mkdir -p "$OUT/$LANGUAGE_CODE"
    env -i PATH="$PATH" HOME="$WORK/$LANGUAGE_CODE/home" \
        XDG_CONFIG_HOME="$CONFIG" XDG_DATA_HOME="$WORK/$LANGUAGE_CODE/data" \
        XDG_RUNTIME_DIR="$WORK/$LANGUAGE_CODE/home" \
        LANG="$LOCALE" LC_ALL="$LOCALE" LANGUAGE="$LANGUAGE_CODE" \
        SMTP_DOCTOR_DEFAULT_CONTROL_HOST=none \
        SMTP_DOCTOR_RESOLV_CONF="$ROOT/tests/data/resolv-nowhere.conf" \
        SMTP_DOCTOR_SCREENSHOT_TOUR="$OUT/$LANGUAGE_CODE" \
        SMTP_DOCTOR_SCREENSHOT_CLICK=siteSaveButton,siteRunButton,sendButton \
        SMTP_DOCTOR_SCREENSHOT_SAVE="$SITE/$PROBE" \
        SMTP_DOCTOR_SCREENSHOT_TEXT="siteUrlEdit=http://127.0.0.1:$WEB_PORT/$PROBE" \
        QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1280x1024x24" "$APP" 2>"$WORK/$LANGUAGE_CODE.log" || {
        echo "take.sh: the $LANGUAGE_CODE tour failed:" >&2
        cat "$WORK/$LANGUAGE_CODE.log" >&2
        exit 1
    }
    # "Sent but not received": the message step, on a message of the lab.
    MESSAGE_CONFIG=$WORK/$LANGUAGE_CODE/message-config
    mkdir -p "$MESSAGE_CONFIG/SMTP Doctor" "$WORK/$LANGUAGE_CODE/message-tour"
    cat > "$MESSAGE_CONFIG/SMTP Doctor/SMTP Doctor.conf" <<SETTINGS
[welcome]
symptom=3
sentFrom=0
provider=

[server]
controlHost=none
resolver=127.0.0.1@$LAB_DNS_PORT
timeout=5
SETTINGS
    env -i PATH="$PATH" HOME="$WORK/$LANGUAGE_CODE/home" \
        XDG_CONFIG_HOME="$MESSAGE_CONFIG" XDG_DATA_HOME="$WORK/$LANGUAGE_CODE/data" \
        XDG_RUNTIME_DIR="$WORK/$LANGUAGE_CODE/home" \
        LANG="$LOCALE" LC_ALL="$LOCALE" LANGUAGE="$LANGUAGE_CODE" \
        SMTP_DOCTOR_DEFAULT_CONTROL_HOST=none \
        SMTP_DOCTOR_RESOLV_CONF="$ROOT/tests/data/resolv-nowhere.conf" \
        SMTP_DOCTOR_SCREENSHOT_TOUR="$WORK/$LANGUAGE_CODE/message-tour" \
        SMTP_DOCTOR_SCREENSHOT_LAST=message \
        SMTP_DOCTOR_SCREENSHOT_OPEN="$LAB_MESSAGE" \
        SMTP_DOCTOR_SCREENSHOT_CLICK=messageOpenButton,messageCheckButton \
        QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1280x1024x24" "$APP" 2>"$WORK/$LANGUAGE_CODE-message.log" || {
        echo "take.sh: the $LANGUAGE_CODE message tour failed:" >&2
        cat "$WORK/$LANGUAGE_CODE-message.log" >&2
        exit 1
    }
    cp "$WORK/$LANGUAGE_CODE/message-tour/message.png" "$OUT/$LANGUAGE_CODE/message.png"
    for PAGE in welcome server connectivity site-probe domain test-email results message; do
        [ -s "$OUT/$LANGUAGE_CODE/$PAGE.png" ] || { echo "take.sh: no $LANGUAGE_CODE/$PAGE.png" >&2; exit 1; }
    done
    echo "$OUT/$LANGUAGE_CODE: $(ls "$OUT/$LANGUAGE_CODE" | tr '\n' ' ')"
done
