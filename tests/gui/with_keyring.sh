#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test program inside a D-Bus session of its own with a real Secret
# Service: gnome-keyring-daemon on a fresh "login" keyring in a temporary
# home, created and unlocked with a random password (issue 16, point 5).
# The daemon is started here, its PID recorded, and stopped by that PID.
#
#   with_keyring.sh PROGRAM [ARGUMENTS...]
#
# The program finds SMTP_DOCTOR_KEYRING=ready (and the collection's D-Bus
# path in SMTP_DOCTOR_KEYRING_COLLECTION) when the keyring runs, or
# SMTP_DOCTOR_KEYRING_MISSING=<why not> when it cannot, and skips then.
set -euo pipefail

if [ -z "${SMTP_DOCTOR_KEYRING_SESSION:-}" ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null; then
            export SMTP_DOCTOR_KEYRING_MISSING="$tool is not installed (installer/setup.sh test installs it)"
            exec "$@"
        fi
    done
    export SMTP_DOCTOR_KEYRING_SESSION=1
    exec dbus-run-session -- bash "$0" "$@"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/smtp-doctor-keyring.XXXXXX")
daemon=
stop() {
    if [ -n "$daemon" ]; then
        kill "$daemon" 2>/dev/null || true
        wait "$daemon" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap stop EXIT
# Nothing of the user's own keyring or settings; no display, so that a
# locked keyring's unlock prompt (gcr-prompter) fails at once instead of
# waiting on someone's screen.
export HOME=$work/home XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config \
    XDG_CACHE_HOME=$work/cache XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY

# --unlock reads the password on stdin and, as there is no keyring yet,
# creates "login" with it.
password=$(head -c 18 /dev/urandom | base64)
gnome-keyring-daemon --foreground --components=secrets --unlock <<<"$password" \
    >"$work/daemon.log" 2>&1 &
daemon=$!
owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'
}
for _ in $(seq 100); do
    owned && [ -f "$XDG_DATA_HOME/keyrings/login.keyring" ] && break
    kill -0 "$daemon" 2>/dev/null || break
    sleep 0.1
done
if ! owned; then
    cat "$work/daemon.log" >&2
    echo "with_keyring.sh: gnome-keyring-daemon did not come up" >&2
    exit 1
fi
echo "with_keyring.sh: gnome-keyring-daemon $daemon on a fresh login keyring in $XDG_DATA_HOME"
export SMTP_DOCTOR_KEYRING=ready
export SMTP_DOCTOR_KEYRING_COLLECTION=/org/freedesktop/secrets/collection/login
status=0
"$@" || status=$?
exit $status
