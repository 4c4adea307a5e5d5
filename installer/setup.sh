#!/usr/bin/env bash
# SMTP Doctor set-up: installs what is missing on Debian 12, builds, then runs
# the wizard ("run") or the whole test suite ("test"). Safe to run again: it
# installs only missing packages and rebuilds only what changed.
set -euo pipefail

mode=${1:-run}
shift || true
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SMTP_DOCTOR_BUILD_DIR:-$root/build}

# Build and run-time needs, by Debian package name.
build_packages=(
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev qt6-svg-dev libqt6svg6 qt6-charts-dev libqt6charts6 libqt6opengl6-dev qt6-qpa-plugins
    libunbound-dev libevent-dev nettle-dev libgsasl-dev libssl-dev dns-root-data
    cmake ninja-build pkg-config g++
)
# Real peers the tests start: SMTP, DNS, firewalls, X server for screenshots.
test_packages=(
    python3 python3-aiosmtpd python3-yaml python3-spf exim4-daemon-light dnsmasq-base nsd ldnsutils nftables iproute2
    swaks libnet-ssleay-perl libio-socket-ssl-perl xvfb xauth openssl
    poppler-utils # pdftotext: the GUI tests read the exported PDF (tests/gui/tst_results.cpp)
    python3-dnslib # the hostile DNS peer (tests/peers/hostile_dns.py)
    dpkg-dev file desktop-file-utils appstream ca-certificates # the .deb test (tests/package)
    clang-14 libclang-rt-14-dev # the fuzz targets (tests/fuzz): libFuzzer, ASan, UBSan
    valgrind # tst_cancel.valgrind: no leak after a cancel (tests/integration/CMakeLists.txt)
)

usage() {
    echo "usage: installer/setup.sh run|test|build [ctest arguments...]" >&2
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

build_project() {
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build" --parallel "$(nproc)"
}

case "$mode" in
run)
    install_missing "${build_packages[@]}"
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
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    build_project
    cd "$build"
    exec ctest --output-on-failure --timeout 300 "$@"
    ;;
build)
    install_missing "${build_packages[@]}"
    build_project
    ;;
*)
    usage
    ;;
esac
