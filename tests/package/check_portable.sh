#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The portable CLI, end to end: build the tarball (target "portable"), then
# in a chroot that holds nothing but busybox (static) and the tarball (and
# the test CA, for --ca-file), unpack it and run it as a non-root user:
# --version, --help and a diagnose against a TLS test server on loopback.
# Nothing of the host's libraries can be loaded there: if it runs, the
# tarball carries all it needs (the C library and the loader included).
#
# usage: check_portable.sh BUILD_DIR SOURCE_DIR
# Exit status: 0 passed, 1 failed, 77 cannot run here (not root, no busybox).
set -euo pipefail

build=$1
source=$2
skip=77
work=$build/tests/package/portable
user=65534:65534 # nobody: the chroot has no passwd file, a number is enough

step() { printf '\n== %s\n' "$*"; }
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
skip_all() {
    printf '\n*** SKIPPED: %s ***\n' "$*"
    exit $skip
}

[ "$(id -u)" -eq 0 ] || skip_all "chroot needs root"
busybox=$(command -v busybox || true)
[ -n "$busybox" ] || skip_all "busybox is not installed (Debian: busybox-static)"
file -L "$busybox" | grep -q 'statically linked' \
    || skip_all "$busybox is not statically linked (Debian: busybox-static)"

peerctl() { /usr/bin/python3 "$source/tests/peers/peerctl.py" "$@" --state-dir "$work/peers"; }
[ ! -f "$work/peers/tls-good.json" ] || peerctl stop tls-good
rm -rf "$work"
mkdir -p "$work"

step "cmake --build --target portable"
lock=${SMTP_DOCTOR_BUILD_LOCK:-/tmp/smtpdoctor-build.lock}
flock "$lock" cmake --build "$build" --target portable
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
tarball=$build/packages/smtp-doctor-cli-$version-linux-x86_64.tar.gz
[ -f "$tarball" ] || fail "no $tarball"

step "contents of $(basename "$tarball")"
listing=$(tar tzf "$tarball")
for needed in smtp-doctor-cli/smtp-doctor-cli smtp-doctor-cli/bin/smtp-doctor-cli \
    smtp-doctor-cli/lib/ld-linux-x86-64.so.2 smtp-doctor-cli/lib/libc.so.6 \
    smtp-doctor-cli/lib/libQt6Core.so.6 smtp-doctor-cli/lib/libssl.so.3 \
    smtp-doctor-cli/lib/libcrypto.so.3 smtp-doctor-cli/lib/libunbound.so.8 \
    smtp-doctor-cli/plugins/tls/libqopensslbackend.so smtp-doctor-cli/share/ca-certificates.crt \
    smtp-doctor-cli/share/man/man1/smtp-doctor-cli.1.gz \
    smtp-doctor-cli/share/man/fr/man1/smtp-doctor-cli.1.gz \
    smtp-doctor-cli/share/bash-completion/completions/smtp-doctor-cli \
    smtp-doctor-cli/share/zsh/_smtp-doctor-cli; do
    grep -qx "$needed" <<<"$listing" || fail "$needed is not in the tarball"
done
[ "$(cut -d/ -f1 <<<"$listing" | sort -u)" = smtp-doctor-cli ] || fail "more than one top folder"
size_kib=$(du -k "$tarball" | cut -f1)
echo "compressed: $size_kib KiB; $(grep -c '^smtp-doctor-cli/lib/.' <<<"$listing") files in lib/"
[ "$size_kib" -le $((25 * 1024)) ] || fail "the tarball is larger than 25 MB ($size_kib KiB)"

step "a chroot with busybox and the tarball only"
root=$work/root
mkdir -p "$root/bin" "$root/tmp" "$root/home/user"
chmod 1777 "$root/tmp"
chown "$user" "$root/home/user"
install -m 755 "$busybox" "$root/bin/busybox"
chroot "$root" /bin/busybox --install -s /bin
cp "$tarball" "$root/smtp-doctor-cli.tar.gz"
find "$root" -mindepth 1 -maxdepth 1 | sort

peerctl start tls-good
trap 'peerctl stop tls-good || true' EXIT
record=$work/peers/tls-good.json
read -r port ca_file < <(/usr/bin/python3 -c 'import json, sys
r = json.load(open(sys.argv[1])); print(r["ports"]["smtps"], r["ca_file"])' "$record")
cp "$ca_file" "$root/test-ca.pem"

# As nobody, with an environment of its own: no host path leaks in. The
# control host is off (no test leaves loopback); /etc/resolv.conf and
# /etc/hosts do not exist in the chroot, which the resolver must survive.
in_chroot() {
    chroot --userspec="$user" "$root" /bin/env -i HOME=/home/user PATH=/bin \
        SMTP_DOCTOR_DEFAULT_CONTROL_HOST=none /bin/sh -c "cd /home/user && $1"
}

step "unpack as a non-root user"
in_chroot 'tar xzf /smtp-doctor-cli.tar.gz && id -u && ls smtp-doctor-cli'

step "--version"
out=$(in_chroot './smtp-doctor-cli/smtp-doctor-cli --version') || fail "--version failed: $out"
echo "$out"
# The first line is the version; the second names the crypto backend.
[ "$(head -n 1 <<<"$out")" = "smtp-doctor-cli $version" ] || fail "--version printed '$out'"
grep -Eq '^crypto: OpenSSL ' <<<"$out" || fail "--version does not name the crypto backend: '$out'"

step "--help"
out=$(in_chroot './smtp-doctor-cli/smtp-doctor-cli --help') || fail "--help failed: $out"
echo "$out" | head -5
grep -q diagnose <<<"$out" || fail "--help does not name diagnose"

step "French, and a non-ASCII host name, with ICU's trimmed data (installer/portable/trim-icu-data.sh)"
out=$(in_chroot './smtp-doctor-cli/smtp-doctor-cli explain net.filtered --lang fr') \
    || fail "explain --lang fr failed: $out"
echo "$out" | head -2
grep -q "Problème" <<<"$out" || fail "explain --lang fr is not in French"
status=0
out=$(in_chroot './smtp-doctor-cli/smtp-doctor-cli diagnose --host bücher.example --port 587 \
    --ports 587 --timeout 2 --lang fr --format json') || status=$?
grep -q '"xn--bcher-kva.example"' <<<"$out" || fail "the IDN host was not converted: $out"

step "diagnose --ca-file against tls-good on 127.0.0.1 port $port (TLS from the first byte)"
status=0
in_chroot "./smtp-doctor-cli/smtp-doctor-cli diagnose --host 127.0.0.1 --port $port \
    --ports $port --security tls --ca-file /test-ca.pem --timeout 5 --format json \
    --output /home/user/report.json" || status=$?
echo "exit status $status"
[ "$status" -eq 0 ] || fail "diagnose exited with $status (0: no failure found)"
/usr/bin/python3 - "$root/home/user/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
ids = sorted({finding["id"] for finding in report["findings"]})
print("findings:", ", ".join(ids))
# The chroot has no /etc/resolv.conf and no /etc/hosts: the resolver goes
# on without them (issue 16, point 2) and says so.
for needed in ("net.open", "smtp.greeting_ok", "tls.ok",
               "dns.resolv_conf_missing", "dns.hosts_missing"):
    if needed not in ids:
        sys.exit(f"FAIL: {needed} missing")
for unwanted in ("tls.untrusted", "tls.handshake_failed"):
    if unwanted in ids:
        sys.exit(f"FAIL: {unwanted} found")
PY

step "without --ca-file the test CA is not trusted (the shipped bundle is in use)"
status=0
in_chroot "./smtp-doctor-cli/smtp-doctor-cli diagnose --host 127.0.0.1 --port $port \
    --ports $port --security tls --timeout 5 --format json \
    --output /home/user/untrusted.json" || status=$?
echo "exit status $status"
/usr/bin/python3 - "$root/home/user/untrusted.json" <<'PY'
import json, sys
ids = sorted({f["id"] for f in json.load(open(sys.argv[1]))["findings"]})
print("findings:", ", ".join(ids))
if "tls.untrusted" not in ids:
    sys.exit("FAIL: tls.untrusted missing")
PY

step "a host CA bundle, where there is one, replaces the shipped one"
# The test CA as the "host's" bundle: trusted without --ca-file, so the
# launcher picked the host's file over its own copy.
mkdir -p "$root/etc/ssl/certs"
cp "$ca_file" "$root/etc/ssl/certs/ca-certificates.crt"
status=0
in_chroot "./smtp-doctor-cli/smtp-doctor-cli diagnose --host 127.0.0.1 --port $port \
    --ports $port --security tls --timeout 5 --format json \
    --output /home/user/host-bundle.json" || status=$?
rm -rf "$root/etc"
echo "exit status $status"
/usr/bin/python3 - "$root/home/user/host-bundle.json" <<'PY'
import json, sys
ids = sorted({f["id"] for f in json.load(open(sys.argv[1]))["findings"]})
print("findings:", ", ".join(ids))
if "tls.ok" not in ids or "tls.untrusted" in ids:
    sys.exit("FAIL: the host's bundle was not used")
PY

echo
echo "PASS: the portable CLI runs in a chroot with busybox only ($size_kib KiB compressed)"
