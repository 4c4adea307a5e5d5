#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A machine without /etc/hosts or /etc/resolv.conf (a minimal container, a
# chroot) still gets a diagnosis (issue 16, point 2): the real CLI runs in a
# mount namespace where the real /etc is seen without one or both files, and
# must report dns.hosts_missing / dns.resolv_conf_missing (info) instead of
# "The DNS resolver could not start". The host is "localhost", which the
# resolver answers by itself (unbound's built-in local zone), and the SMTP
# test peer on 127.0.0.1 must then be reached.
#
# Where resolv.conf is not hidden, the test suite's resolv-nowhere.conf
# stands in for it, so that no query can leave the machine.
#
# usage: check_resolver_files.sh CLI PEER_STATE_DIR RESOLV_NOWHERE_CONF
# Exit status: 0 passed, 1 failed, 77 no mount namespace here (not root).
set -euo pipefail

cli=$1
peers=$2
nowhere=$3
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
[ "$(id -u)" -eq 0 ] || { echo "SKIP: unshare -m needs root"; exit 77; }
unshare -m true 2>/dev/null || { echo "SKIP: no mount namespaces here"; exit 77; }
port=$(/usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["ports"]["smtp"])' \
    "$peers/smtp.json")
work=$(mktemp -d "${TMPDIR:-/tmp}/resolver-files.XXXXXX")
trap 'rm -rf "$work"' EXIT

# run HIDDEN...: the CLI in a mount namespace whose /etc lacks HIDDEN. The
# real /etc is bound to $work/real, and a folder of links to its entries,
# minus the hidden ones, is bound over /etc; the host's /etc never changes.
run() {
    local hidden="$*" dir
    dir=$(mktemp -d "$work/ns.XXXXXX")
    unshare -m -- /bin/sh -c '
        set -e
        work=$1 hidden=$2 cli=$3 port=$4 nowhere=$5
        mount --make-rprivate /
        mkdir -p "$work/real" "$work/etc"
        mount --bind /etc "$work/real"
        for entry in "$work/real"/* "$work/real"/.[!.]*; do
            [ -e "$entry" ] || [ -L "$entry" ] || continue
            name=${entry##*/}
            case " $hidden " in *" $name "*) continue ;; esac
            ln -s "$entry" "$work/etc/$name"
        done
        case " $hidden " in
        *" resolv.conf "*) ;;
        *) ln -sfn "$nowhere" "$work/etc/resolv.conf" ;;
        esac
        mount --bind "$work/etc" /etc
        for name in $hidden; do
            [ ! -e "/etc/$name" ] || { echo "/etc/$name still there" >&2; exit 3; }
        done
        # The real files, not the test suite'"'"'s stand-ins.
        exec env -u SMTP_DOCTOR_RESOLV_CONF -u SMTP_DOCTOR_HOSTS "$cli" diagnose \
            --host localhost --port "$port" --ports "$port" --security none \
            --control-host none --timeout 5 --format json
    ' run "$dir" "$hidden" "$cli" "$port" "$nowhere"
}

# check HIDDEN... -- EXPECTED_IDS... -- UNEXPECTED_IDS...
check() {
    local hidden=() expected=() unexpected=() part=0
    for word in "$@"; do
        if [ "$word" = -- ]; then part=$((part + 1)); continue; fi
        case $part in
        0) hidden+=("$word") ;;
        1) expected+=("$word") ;;
        *) unexpected+=("$word") ;;
        esac
    done
    echo "== /etc without: ${hidden[*]:-nothing}"
    local status=0
    run "${hidden[@]}" >"$work/report.json" 2>"$work/stderr" || status=$?
    cat "$work/stderr"
    [ "$status" -ne 2 ] || fail "the CLI refused to run (exit 2): $(cat "$work/stderr")"
    ! grep -q "could not start" "$work/stderr" || fail "the resolver did not start"
    /usr/bin/python3 - "$work/report.json" "${expected[*]}" "${unexpected[*]}" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
found = {f["id"]: f for f in report["findings"]}
print("findings:", ", ".join(sorted(found)))
for id in sys.argv[2].split():
    if id not in found:
        sys.exit(f"FAIL: {id} missing")
for id in sys.argv[3].split():
    if id in found:
        sys.exit(f"FAIL: {id} unexpected")
for id in ("dns.hosts_missing", "dns.resolv_conf_missing"):
    if id in found:
        finding = found[id]
        if finding["severity"] != "info":
            sys.exit(f"FAIL: {id} is {finding['severity']}, not info")
        print(f"{id}: {finding['title']} / {finding['evidence']}")
PY
}

check hosts -- dns.hosts_missing smtp.greeting_ok -- dns.resolv_conf_missing
check resolv.conf -- dns.resolv_conf_missing smtp.greeting_ok -- dns.hosts_missing
check hosts resolv.conf -- dns.hosts_missing dns.resolv_conf_missing smtp.greeting_ok --
check -- smtp.greeting_ok -- dns.hosts_missing dns.resolv_conf_missing
echo "PASS"
