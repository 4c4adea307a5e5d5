#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, end to end: build it with CPack, check its control data
# (Depends from dpkg-shlibdeps), its files, the .desktop file and the AppStream
# metadata; then, as root, install it with apt, run the installed programs
# (one real diagnosis against the test SMTP peer) and remove it again.
#
# usage: check_deb.sh BUILD_DIR SOURCE_DIR [--deb FILE] [--only inspect|install]
#                     [--fetch-depends] [--work DIR]
#   --deb FILE       check this package instead of building one with CPack
#   --only inspect   the control data and files only (no root needed)
#   --only install   the install, run and removal only
#   --fetch-depends  a clean system (installer/debian-chroot-check.sh): apt
#                    may download the package's dependencies, then the test
#                    peer's python3-aiosmtpd once the programs ran without it
#   --work DIR       scratch directory (default BUILD_DIR/tests/package/work)
# Exit status: 0 passed, 1 failed, 77 the install part could not run (CTest
# reports a skip; everything before it was checked).
set -euo pipefail

build=$1
source=$2
shift 2
skip=77
package=smtp-doctor
app_id=org.smtpdoctor.SmtpDoctor
work=$build/tests/package/work
deb=
only=
fetch_depends=0
while [ $# -gt 0 ]; do
    case "$1" in
    --deb) deb=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --fetch-depends) fetch_depends=1; shift ;;
    --work) work=$2; shift 2 ;;
    *) echo "check_deb.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
case "$only" in
"" | inspect | install) ;;
*) echo "check_deb.sh: --only inspect or --only install, not $only" >&2; exit 2 ;;
esac

step() { printf '\n== %s\n' "$*"; }
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
skip_rest() {
    printf '\n*** SKIPPED: %s ***\n' "$*"
    printf '*** The .deb was built and checked; it was NOT installed or run. ***\n'
    exit $skip
}

# The SMTP peer runs in this test's own state directory, so that no other
# test run of this tree can stop it underneath; it is stopped by its PID.
peerctl() { /usr/bin/python3 "$source/tests/peers/peerctl.py" "$@" --state-dir "$work/peers"; }

# A peer left by an interrupted run is stopped before its record goes.
[ ! -f "$work/peers/smtp.json" ] || peerctl stop smtp
rm -rf "$work"
mkdir -p "$work"

if [ -z "$deb" ]; then
    step "cpack -G DEB"
    # Build first: that also re-runs CMake, which rewrites CPackConfig.cmake when
    # the packaging settings changed (cpack reads it before its own build step).
    # Hold the lock that the other builds of this shared tree take.
    lock=${SMTP_DOCTOR_BUILD_LOCK:-/tmp/smtpdoctor-build.lock}
    flock "$lock" bash -c 'cmake --build "$1" && cpack -G DEB -B "$2" --config "$1/CPackConfig.cmake"' \
        _ "$build" "$work/out"
    debs=("$work"/out/${package}_*.deb)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $work/out, found: ${debs[*]}"
    deb=${debs[0]}
fi
[ -f "$deb" ] || fail "no package at $deb"
# apt takes a file for a package name unless its path starts with a slash.
deb=$(realpath "$deb")
# apt takes a file for a package name unless its path has a slash in front.
deb=$(realpath "$deb")
version=$(dpkg-deb --field "$deb" Version)

if [ "$only" != install ]; then
    step "dpkg-deb --info $(basename "$deb")"
    dpkg-deb --info "$deb"
    depends=$(dpkg-deb --field "$deb" Depends)
    # From dpkg-shlibdeps: the libraries the programs link, as Debian names them
    # (Debian 13's Qt Core is libqt6core6t64, after the 64-bit time_t transition).
    for needed in 'libc6 ' 'libqt6core6(t64)? ' 'libqt6network6 ' 'libqt6widgets6 ' \
        'libunbound[0-9]+ ' 'libgsasl[0-9]+ ' 'libstdc\+\+6 '; do
        grep -Eq "(^|, )${needed}\(>= [^)]+\)" <<<"$depends" \
            || fail "Depends lacks a versioned ${needed% }: $depends"
    done
    # Used at run time but not linked (trust store, DNSSEC anchor, SVG icon
    # plugins): added by hand.
    for needed in ca-certificates dns-root-data libqt6svg6; do
        grep -Eq "(^|, )$needed(,|$)" <<<"$depends" || fail "Depends lacks $needed: $depends"
    done

    step "files in the package"
    dpkg-deb --contents "$deb"
    root=$work/root
    dpkg-deb --extract "$deb" "$root"
    expected=(
        usr/bin/smtp-doctor
        usr/bin/smtp-doctor-cli
        usr/share/applications/$app_id.desktop
        usr/share/metainfo/$app_id.metainfo.xml
        usr/share/icons/hicolor/scalable/apps/$app_id.svg
        usr/share/doc/$package/copyright
        # Generated at build time from the option definitions (app/cli/CMakeLists.txt).
        usr/share/man/man1/smtp-doctor-cli.1.gz
        usr/share/man/man1/smtp-doctor.1.gz
        usr/share/man/fr/man1/smtp-doctor-cli.1.gz
        usr/share/man/fr/man1/smtp-doctor.1.gz
        usr/share/bash-completion/completions/smtp-doctor-cli
        usr/share/zsh/vendor-completions/_smtp-doctor-cli
    )
    for size in 16 24 32 48 64 128 256; do
        expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
    for path in "${expected[@]}"; do
        [ -f "$root/$path" ] || fail "missing from the package: /$path"
    done
    # The wizard's mail module (app/mailmodule), loaded on first use from
    # the package's private library directory.
    find "$root/usr/lib" -path '*/smtp-doctor/libsmtp-doctor-mail.so' | grep -q . \
        || fail "missing from the package: the mail module (/usr/lib/.../smtp-doctor/libsmtp-doctor-mail.so)"
    # The wizard's steps module (app/stepsmodule), loaded once its first page is painted.
    find "$root/usr/lib" -path '*/smtp-doctor/libsmtp-doctor-steps.so' | grep -q . \
        || fail "missing from the package: the steps module (/usr/lib/.../smtp-doctor/libsmtp-doctor-steps.so)"
    for size in 16 24 32 48 64 128 256; do
        file "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" \
            | grep -q "PNG image data, $size x $size," || fail "the ${size}x${size} icon is not ${size}x${size}"
    done
    for program in smtp-doctor smtp-doctor-cli; do
        description=$(file "$root/usr/bin/$program")
        echo "$description"
        grep -q ', stripped' <<<"$description" || fail "/usr/bin/$program is not stripped"
    done
    # Debian policy 12.1: man pages compressed with gzip -9n; lexgrog
    # (what mandb indexes) finds the NAME line of each.
    for page in "$root"/usr/share/man/man1/*.1.gz "$root"/usr/share/man/fr/man1/*.1.gz; do
        gzip -t "$page" || fail "$page is not a valid gzip file"
        lexgrog "$page" || fail "lexgrog finds no NAME line in $page"
    done
    grep -qx "Icon=$app_id" "$root/usr/share/applications/$app_id.desktop" \
        || fail "the .desktop file's Icon is not $app_id"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
        "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "the metainfo launches another .desktop id"

    step "one licence: LICENSE, the metainfo and the copyright file agree"
    grep -q "GNU GENERAL PUBLIC LICENSE" "$source/LICENSE" && grep -q "Version 3, 29 June 2007" "$source/LICENSE" \
        || fail "LICENSE is not the GPL version 3"
    grep -q "<project_license>GPL-3.0-or-later</project_license>" \
        "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "the metainfo's project_license is not GPL-3.0-or-later"
    grep -qx "License: GPL-3.0-or-later" "$root/usr/share/doc/$package/copyright" \
        || fail "the copyright file does not license the package under GPL-3.0-or-later"
    echo "GPL-3.0-or-later in all three"

    step "desktop-file-validate"
    desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
    echo "desktop-file-validate: no complaint"

    step "appstreamcli validate --no-net"
    # --no-net: offline, the validator must not try to fetch the screenshot URLs.
    appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"
fi
[ "$only" != inspect ] || { echo "package inspection passed"; exit 0; }

step "install with apt"
[ "$(id -u)" -eq 0 ] || skip_rest "installing a package needs root (this runs as $(id -un))"
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    skip_rest "$package is already installed here; this test installs its own build and then \
removes it, so it leaves yours alone (apt-get remove $package to let it run)"
fi
remove_package() {
    step "apt-get remove $package"
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -q "$package"
}
clean_up() {
    peerctl stop smtp || true
    remove_package
}
trap clean_up EXIT
plan=$(apt-get install --simulate -q --no-install-recommends "$deb" | grep '^Inst ' || true)
echo "$plan"
# Tests fetch nothing: the dependencies must all be here already (the
# build's own libraries; setup.sh test installs the rest), so apt's plan must
# be this package alone. On a clean system its Depends are what apt fetches,
# which proves them complete.
if [ $fetch_depends -eq 0 ]; then
    others=$(grep -v "^Inst $package " <<<"$plan" || true)
    [ -z "$others" ] || fail "apt would also download and install (install them first): $others"
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb"
dpkg-query -W -f='${Status} ${Version}\n' "$package"

step "/usr/bin/smtp-doctor-cli --version"
answer=$(/usr/bin/smtp-doctor-cli --version)
echo "$answer"
# The first line is the version; the second names the crypto backend.
[ "$(head -n 1 <<<"$answer")" = "smtp-doctor-cli $version" ] || fail "expected 'smtp-doctor-cli $version'"
grep -Eq '^crypto: (OpenSSL|QCA) ' <<<"$answer" || fail "--version does not name the crypto backend"

step "/usr/bin/smtp-doctor --version, no display"
answer=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/smtp-doctor --version)
echo "$answer"
[ "$answer" = "smtp-doctor $version" ] || fail "expected 'smtp-doctor $version'"

step "a diagnosis with the installed CLI against the test SMTP peer"
if [ $fetch_depends -eq 1 ]; then
    # Only now: the programs above ran with nothing but their own Depends.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3-aiosmtpd
fi
peerctl start smtp
port=$(/usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["ports"]["smtp"])' \
    "$work/peers/smtp.json")
diagnose() {
    /usr/bin/smtp-doctor-cli diagnose --host 127.0.0.1 --port "$port" --ports "$port" \
        --security none --control-host none --timeout 5 --format json "$@"
}
status=0
diagnose --output "$work/report-en.json" || status=$?
[ $status -eq 0 ] || fail "smtp-doctor-cli diagnose exited with $status (0 expected: nothing fails)"
diagnose --lang fr --output "$work/report-fr.json" || status=$?
[ $status -eq 0 ] || fail "smtp-doctor-cli diagnose --lang fr exited with $status"
# The findings come from the peer's greeting; the French title proves that
# the translation built into the program was found.
/usr/bin/python3 - "$work/report-en.json" "$work/report-fr.json" <<'EOF'
import json, sys
english, french = (json.load(open(path)) for path in sys.argv[1:3])
print("findings:", [(finding["id"], finding["severity"]) for finding in english["findings"]])
assert english["schema"] == "smtp-doctor-report/1", english["schema"]
# Infos may add what the system lacks (a minimal chroot has no /etc/hosts).
ids = [finding["id"] for finding in english["findings"] if finding["severity"] != "info"]
assert ids == ["net.open", "smtp.greeting_ok"], ids
titles = {report_lang: next(f["title"] for f in report["findings"] if f["id"] == "smtp.greeting_ok")
          for report_lang, report in (("en", english), ("fr", french))}
print("smtp.greeting_ok en:", titles["en"])
print("smtp.greeting_ok fr:", titles["fr"])
assert titles["en"] != titles["fr"], "--lang fr gave the English title: translation not found"
EOF

trap - EXIT
peerctl stop smtp
remove_package
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    fail "$package is still installed after apt-get remove"
fi
[ ! -e /usr/bin/smtp-doctor-cli ] || fail "/usr/bin/smtp-doctor-cli is still there after removal"
echo "package check passed"
