#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# setup.sh stops before installing or building when the build folder's disk
# is nearly full, with a message that says how much is free and needed: here
# a 64 MB tmpfs in a private mount namespace (root only; skips elsewhere).
set -euo pipefail
source_dir=$1
if [ "$(id -u)" -ne 0 ] || ! command -v unshare >/dev/null; then
    echo "SKIP: needs root and unshare to mount a small tmpfs"
    exit 77
fi
output=$(mktemp)
disk=$(mktemp -d)
trap 'rm -f "$output"; rmdir "$disk"' EXIT
status=0
unshare -m bash -c '
    set -e
    mount --make-rprivate /
    mount -t tmpfs -o size=64m tmpfs "$2"
    SMTP_DOCTOR_BUILD_DIR="$2/build" bash "$1/installer/setup.sh" build
' _ "$source_dir" "$disk" >"$output" 2>&1 || status=$?
cat "$output"
[ "$status" -eq 1 ] || { echo "FAIL: setup.sh exited $status, expected 1"; exit 1; }
grep -Eq '^setup: only [0-9]+ MB free for the build in .*; it needs about 6000 MB\.$' "$output" ||
    { echo "FAIL: no free-space message"; exit 1; }
! grep -q 'installing\|^-- ' "$output" || { echo "FAIL: it installed or configured anyway"; exit 1; }
echo "PASS: setup.sh stopped on a 64 MB disk with the free-space message"
