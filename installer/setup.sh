#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SMTP Doctor set-up: installs what is missing on Debian 12 or 13, builds, then
# runs the wizard ("run") or the whole test suite ("test"). Safe to run again:
# it installs only missing packages and rebuilds only what changed.
set -euo pipefail

mode=${1:-run}
shift || true
root=$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)
build=${SMTP_DOCTOR_BUILD_DIR:-$root/build}

# Debian package names, one entry per need. "a|b" takes the first name this
# system's apt offers (Debian 12 and 13 name some things differently); an
# entry ending in "|" is optional (installed where offered, else skipped).
# Build and run-time needs:
build_packages=(
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev qt6-svg-dev libqt6svg6 qt6-charts-dev libqt6charts6 qt6-qpa-plugins
    'libqt6opengl6-dev|qt6-base-dev' # Qt6Charts needs Qt6OpenGL: its own package on 12, in qt6-base-dev on 13
    libunbound-dev libevent-dev nettle-dev libgsasl-dev libssl-dev dns-root-data
    libpsl-dev publicsuffix # organizational domains (app/engine/domain/PublicSuffixList.cpp)
    qt6-networkauth-dev # the wizard's browser sign-in: OAuth2 code flow, PKCE, loopback redirect (app/engine/oauth)
    libgmime-3.0-dev # a message that arrived: MIME and headers (app/engine/message)
    libopendkim-dev # its DKIM signatures verified (app/engine/dkim)
    libopendmarc-dev # its DMARC alignment and policy (app/engine/dmarc)
    libetpan-dev # the test message fetched back over IMAP: where it landed (app/engine/imap)
    # The engine's crypto through QCA and its OpenSSL provider where Debian
    # packages a Qt 6 QCA (13 does, 12 does not: there libssl-dev serves).
    'libqca-qt6-dev|' 'libqca-qt6-plugins|'
    cmake ninja-build pkg-config g++
)
# Real peers the tests start on loopback (SMTP, DNS, TLS) and the .deb test;
# what the Debian 13 chroot build installs besides build_packages.
loopback_test_packages=(
    python3 python3-aiosmtpd python3-yaml python3-spf exim4-daemon-light dnsmasq-base nsd ldnsutils
    openssl python3-dnslib # the hostile DNS peer (tests/peers/hostile_dns.py)
    python3-dkim python3-authheaders # the message lab's corpus and reference verdicts (tests/peers/dkimlab.py)
    # The fetch-back lab (tests/peers/fetchlab.py): Dovecot's IMAP server on the Maildir that
    # Exim delivers the DKIM-signed test messages to (2.3 on Debian 12, 2.4 on 13: both configured)
    dovecot-imapd
    swaks libnet-ssleay-perl libio-socket-ssl-perl # the send benchmark (tests/bench)
    dpkg-dev file desktop-file-utils appstream ca-certificates # the .deb test (tests/package)
    php-cli # serves the website probe (php -S) in tests/gui/tst_sitepage
    groff-base man-db zsh # the generated man pages and completions (tests/unit/tst_manpages, tst_completion)
)
# The rest of the suite: firewalls in namespaces, X server for screenshots,
# the GUI's PDF, fuzzing, valgrind, the Debian 13 chroot.
host_test_packages=(
    nftables iproute2 xvfb xauth
    poppler-utils # pdftotext: the GUI tests read the exported PDF (tests/gui/tst_results.cpp)
    clang libclang-rt-dev # the fuzz targets (tests/fuzz): clang's libFuzzer, ASan, UBSan
    valgrind # tst_cancel.valgrind: no leak after a cancel (tests/integration/CMakeLists.txt)
    debootstrap # installer/debian-chroot-check.sh: the build and .deb test on Debian 13
    busybox-static # tests/package/check_portable.sh: the portable CLI in a chroot of busybox alone
    icu-devtools # installer/portable/trim-icu-data.sh: the tarball without ICU data the CLI never reads
    chromium # tests/integration/check_report_chromium.py: the HTML report in a real browser, offline
    # tests/gui/tst_keychain (with_keyring.sh): a real Secret Service in a D-Bus session of its
    # own (dbus-run-session, dbus-send), secret-tool to look in from outside, gdbus to lock it
    gnome-keyring dbus-daemon dbus-bin libsecret-tools libglib2.0-bin
    # tests/gui/check_accessibility.py: the wizard read through AT-SPI as a screen reader
    # does (the accessibility bus, pyatspi), driven by keys from xdotool under Xvfb
    at-spi2-core python3-pyatspi xdotool
    # The OAuth2 lab (tests/peers/oauth_lab.py): npm's oidc-provider under Node,
    # installed by `npm ci` at the fixture, and an SMTP server that verifies its
    # JWTs. npm: Debian 13's package, or bundled with nodesource's nodejs on 12
    # (which conflicts with Debian's npm, hence no entry of its own).
    nodejs python3-jwt python3-cryptography
)
# Debian's npm only where no npm is on PATH already (a system without
# nodesource's nodejs: Debian 13, or a plain Debian 12).
command -v npm >/dev/null || host_test_packages+=(npm)

# The names among the arguments that apt has a version of to install (not
# only a virtual name that another package provides), one a line.
with_candidate() {
    LC_ALL=C apt-cache policy "$@" 2>/dev/null | awk '
        /^[^ ]/ { name = $1; sub(/:$/, "", name) }
        /^  Candidate: / && $2 != "(none)" { print name }'
}

# The package names for the groups (build, test, loopback-test), as this
# system names them: of an entry "a|b", the first one offered; nothing for an
# optional entry ("a|") that is not offered.
packages_of() {
    local entries=() entry group name
    for group in "$@"; do
        case "$group" in
        build) entries+=("${build_packages[@]}") ;;
        loopback-test) entries+=("${loopback_test_packages[@]}") ;;
        test) entries+=("${loopback_test_packages[@]}" "${host_test_packages[@]}") ;;
        *) echo "setup: no package group $group" >&2; return 1 ;;
        esac
    done
    # A fresh system (a new chroot, a container) may have no package lists yet.
    if [ -z "$(with_candidate g++)" ]; then
        as_root apt-get update -q >&2
    fi
    # One apt-cache call for every name: it takes a second, not one a name.
    local -A offered=()
    for name in $(with_candidate ${entries[@]//|/ }); do
        offered[$name]=1
    done
    for entry in "${entries[@]}"; do
        for name in ${entry//|/ }; do
            [ -n "${offered[$name]:-}" ] && { echo "$name"; continue 2; }
        done
        [[ $entry == *'|' ]] && continue
        echo "setup: this system's apt offers none of: ${entry//|/, }" >&2
        return 1
    done | sort -u
}

usage() {
    echo "usage: installer/setup.sh run|test|build [ctest arguments...] | packages [GROUP...]" >&2
    exit 2
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "setup: need root (or sudo) to run: $*" >&2
        exit 1
    fi
}

install_missing() {
    local missing=()
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}"
    as_root apt-get update -q
    # Package scripts must not start system daemons (exim4, nsd): the tests
    # start their own instances on free ports.
    local policy=/usr/sbin/policy-rc.d placed_policy=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null
        as_root chmod 755 "$policy"
        placed_policy=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}" || { [ $placed_policy -eq 1 ] && as_root rm -f "$policy"; exit 1; }
    [ $placed_policy -eq 1 ] && as_root rm -f "$policy"
    return 0
}

# A full build with its tests takes about 6 GB (debug information in ~130
# test programs); running out of space mid-link gives a confusing linker
# error, so say it up front. An existing build needs room only to relink.
# SMTP_DOCTOR_MIN_FREE_MB overrides the figure (0 turns the check off).
check_free_space() {
    local needed_mb=${SMTP_DOCTOR_MIN_FREE_MB:-}
    if [ -z "$needed_mb" ]; then
        needed_mb=6000
        [ -f "$build/build.ninja" ] && needed_mb=1500
    fi
    [ "$needed_mb" -gt 0 ] || return 0
    local existing=$build
    while [ ! -d "$existing" ]; do existing=$(dirname "$existing"); done
    local free_mb
    free_mb=$(df -Pk "$existing" | awk 'NR == 2 { print int($4 / 1024) }')
    if [ "$free_mb" -lt "$needed_mb" ]; then
        echo "setup: only $free_mb MB free for the build in $existing; it needs about $needed_mb MB." >&2
        echo "setup: free some space there, or build elsewhere: SMTP_DOCTOR_BUILD_DIR=/other/place $0 $mode" >&2
        exit 1
    fi
}

build_project() {
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build" --parallel "$(nproc)"
}

# Installs what the groups need and is not installed yet.
install_groups() {
    local names
    names=$(packages_of "$@") || exit 1
    # shellcheck disable=SC2086 # one name a word
    install_missing $names
}

case "$mode" in
run)
    check_free_space
    install_groups build
    build_project
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "setup: no display here, so the wizard cannot open."
        echo "setup: the same diagnosis runs without a screen:"
        "$build/app/cli/smtp-doctor-cli" --help
        exit 0
    fi
    exec "$build/app/gui/smtp-doctor" "$@"
    ;;
test)
    check_free_space
    install_groups build test
    build_project
    cd "$build"
    exec ctest --output-on-failure --timeout 300 "$@"
    ;;
build)
    check_free_space
    install_groups build
    build_project
    ;;
packages)
    # The names this system offers for the groups given (default: build
    # test), one a line: what the other modes install.
    [ $# -gt 0 ] || set -- build test
    packages_of "$@"
    ;;
*)
    usage
    ;;
esac
