#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SMTP Doctor on another Debian release, in chroots made with debootstrap from
# the mirror this system's apt uses (issue 16, point 3).
#
#   debian-chroot-check.sh build RELEASE SOURCE_DIR BUILD_DIR
#       In a chroot of RELEASE that holds what installer/setup.sh selects
#       there for "build loopback-test": configures and builds (in
#       BUILD_DIR/debian-RELEASE, ccache kept in the cache) the programs and
#       the tests labelled unit, loopback (integration tests that need no
#       namespace) and conformance; runs them; makes the .deb and checks it
#       (tests/package/check_deb.sh --only inspect); then the "install" part.
#   debian-chroot-check.sh install RELEASE SOURCE_DIR DEB
#       On a clean chroot of RELEASE (debootstrap's minbase, nothing else):
#       apt installs DEB and its Depends, then --version and a diagnosis
#       against a test peer started in that chroot (check_deb.sh --only
#       install --fetch-depends).
#
# The chroots are kept in SMTP_DOCTOR_CHROOT_CACHE (default
# /var/cache/smtp-doctor), one folder a release: the minbase, the build chroot
# (its name carries a hash of its package list, so a new list makes a new
# one), the downloaded .debs and ccache. What is missing is made afresh.
# SMTP_DOCTOR_DEBIAN_MIRROR overrides the mirror; SMTP_DOCTOR_BUILD_LOCK is
# held while compiling (the lock the other builds of this machine take).
# Exit status: 0 passed, 1 failed, 77 cannot run here (not root, no debootstrap).
set -euo pipefail

usage() {
    echo "usage: debian-chroot-check.sh build RELEASE SOURCE_DIR BUILD_DIR" >&2
    echo "       debian-chroot-check.sh install RELEASE SOURCE_DIR DEB" >&2
    exit 2
}
[ $# -eq 4 ] || usage
mode=$1
release=$2
source=$(cd "$3" && pwd)
case "$mode" in
build) mkdir -p "$4/debian-$release" && build=$(cd "$4/debian-$release" && pwd) ;;
install) deb=$(realpath "$4") ;;
*) usage ;;
esac

cache=${SMTP_DOCTOR_CHROOT_CACHE:-/var/cache/smtp-doctor}/$release
lock=${SMTP_DOCTOR_BUILD_LOCK:-/tmp/smtpdoctor-build.lock}
jobs=2
# What the tests and the .deb need; nothing of the GUI tests or benchmarks.
labels='^(unit|loopback|conformance)$'

skip() {
    printf '\n*** SKIPPED: %s ***\n' "$*"
    exit 77
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { printf '\n== %s\n' "$*"; }
# Each phase's time, printed as it ends and again at the end.
timings=()
timed() {
    local what=$1 start=$SECONDS
    shift
    "$@"
    timings+=("$(printf '%-40s %4d s' "$what" $((SECONDS - start)))")
    echo "time: $what: $((SECONDS - start)) s"
}

[ "$(id -u)" -eq 0 ] || skip "chroots need root (this runs as $(id -un))"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (installer/setup.sh test installs it)"

# The Debian archive this system's apt uses (not its security archive), from
# deb822 .sources files or one-line sources.list entries.
debian_mirror() {
    if [ -n "${SMTP_DOCTOR_DEBIAN_MIRROR:-}" ]; then
        echo "$SMTP_DOCTOR_DEBIAN_MIRROR"
        return
    fi
    local mirror
    mirror=$(
        {
            for file in /etc/apt/sources.list.d/*.sources; do
                [ -f "$file" ] || continue
                awk 'BEGIN { RS = ""; FS = "\n" }
                    {
                        types = uris = suites = ""
                        for (i = 1; i <= NF; i++) {
                            if ($i ~ /^Types:/) types = $i
                            if ($i ~ /^URIs:/) { uris = $i; sub(/^URIs:[ \t]*/, "", uris) }
                            if ($i ~ /^Suites:/) suites = $i
                        }
                        if (types ~ /[ \t]deb([ \t]|$)/ && suites !~ /-security/ && uris != "") {
                            split(uris, u, /[ \t]+/); print u[1]
                        }
                    }' "$file"
            done
            cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
                | awk '$1 == "deb" { i = 2; if ($i ~ /^\[/) while ($i !~ /\]$/) i++; if ($i ~ /^\[/ || $i ~ /\]$/) i++;
                                     if ($(i + 1) !~ /-security/) print $i }'
        } | grep -m1 -E '^(https?|ftp)://' || true
    )
    [ -n "$mirror" ] || fail "no Debian mirror in /etc/apt/sources.list*; set SMTP_DOCTOR_DEBIAN_MIRROR"
    echo "$mirror"
}

# Mounts made by this script, unmounted in reverse order on every exit.
mounts=()
scratch=()
bind() { # SOURCE TARGET [ro]
    mkdir -p "$2"
    mount --bind "$1" "$2"
    mounts+=("$2")
    [ "${3:-}" != ro ] || mount -o remount,bind,ro "$2"
}
mount_system() { # ROOT: /proc and /dev, so that apt, dpkg and the tests work
    mount -t proc proc "$1/proc"
    mounts+=("$1/proc")
    mount --rbind /dev "$1/dev"
    # Nothing mounted under the chroot's /dev may reach the host's.
    mount --make-rslave "$1/dev"
    mounts+=("$1/dev")
}
unmount_all() {
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount -R "${mounts[i]}" || umount -R -l "${mounts[i]}" || echo "could not unmount ${mounts[i]}" >&2
    done
    mounts=()
}
# Removes a chroot folder, never while anything is mounted below it.
remove_tree() {
    if findmnt -rn -o TARGET | grep -q -F "$1/"; then
        echo "NOT removing $1: something is still mounted below it:" >&2
        findmnt -rn -o TARGET | grep -F "$1/" >&2
        return 1
    fi
    rm -rf --one-file-system "$1"
}
clean_up() {
    local status=$?
    unmount_all
    local dir
    for dir in "${scratch[@]}"; do
        [ -z "$dir" ] || remove_tree "$dir" || status=1
    done
    if findmnt -rn -o TARGET | grep -q -F "$cache/"; then
        echo "FAIL: mounts left below $cache" >&2
        status=1
    fi
    if [ ${#timings[@]} -gt 0 ]; then
        printf '\ntimes (%s, %s):\n' "$release" "$mode"
        printf '  %s\n' "${timings[@]}"
    fi
    exit $status
}
trap clean_up EXIT
trap 'exit 130' INT TERM

# Runs a command holding the build lock; the wait is timed on its own. On a
# failure the script ends, which lets the lock go.
locked() { # WHAT COMMAND...
    local what=$1 start=$SECONDS
    shift
    exec 9>"$lock"
    flock 9
    timings+=("$(printf '%-40s %4d s' "(waiting for $(basename "$lock"))" $((SECONDS - start)))")
    timed "$what" "$@"
    flock -u 9
    exec 9>&-
}

# Runs a command in ROOT with a clean environment.
in_chroot() { # ROOT COMMAND...
    local root=$1
    shift
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

mkdir -p "$cache"
# One run a release at a time makes or changes its cache.
exec 8>"$cache/.lock"
flock 8
# A run that was killed (a CTest timeout) could not unmount or clean up:
# nothing else of this release uses these now.
{ findmnt -rn -o TARGET | grep -F "$cache/" || true; } | sort -r | while read -r target; do
    echo "unmounting $target, left by an earlier run"
    umount -R -l "$target" || true
done
for stale in "$cache"/clean.* "$cache"/*.new; do
    [ ! -d "$stale" ] || remove_tree "$stale"
done

minbase=$cache/minbase
make_minbase() {
    local mirror tmp=$cache/minbase.new
    mirror=$(debian_mirror)
    echo "debootstrap --variant=minbase $release from $mirror"
    rm -rf --one-file-system "$tmp"
    scratch+=("$tmp")
    debootstrap --variant=minbase "$release" "$tmp" "$mirror" >"$cache/debootstrap.log" 2>&1 \
        || { tail -n 30 "$cache/debootstrap.log"; fail "debootstrap $release failed"; }
    # Package scripts must not start daemons (exim4): the tests start their own.
    printf '#!/bin/sh\nexit 101\n' >"$tmp/usr/sbin/policy-rc.d"
    chmod 755 "$tmp/usr/sbin/policy-rc.d"
    # The downloaded .debs live in the cache, shared by every chroot.
    echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' >"$tmp/etc/apt/apt.conf.d/90keep-debs"
    rm -f "$tmp"/var/cache/apt/archives/*.deb
    mv "$tmp" "$minbase"
    scratch=("${scratch[@]/$tmp/}")
}
if [ ! -x "$minbase/usr/bin/apt-get" ]; then
    step "a minbase $release chroot (none cached in $cache)"
    timed "chroot creation (debootstrap minbase)" make_minbase
else
    echo "minbase $release: cached in $minbase"
fi

archives=$cache/apt-archives
mkdir -p "$archives/partial"
# apt in ROOT, with the shared download cache and fresh package lists.
apt_in() { # ROOT APT-GET-ARGUMENTS...
    local root=$1
    shift
    in_chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get -q -y --no-install-recommends "$@"
}

# The clean system: a copy of the minbase, thrown away afterwards.
install_on_clean_chroot() {
    local clean
    clean=$(mktemp -d "$cache/clean.XXXXXX")
    scratch+=("$clean")
    step "a clean $release chroot: $clean"
    timed "clean chroot (copy of the minbase)" cp -a "$minbase/." "$clean/"
    mount_system "$clean"
    bind "$archives" "$clean/var/cache/apt/archives"
    bind "$source" "$clean/src/smtp-doctor" ro
    cp "$deb" "$clean/tmp/"
    timed "apt-get update (clean chroot)" apt_in "$clean" update
    step "check_deb.sh --only install --fetch-depends, in the clean $release chroot"
    timed "install the .deb, run it, diagnose" in_chroot "$clean" \
        env SMTP_DOCTOR_DEFAULT_CONTROL_HOST=none \
        SMTP_DOCTOR_RESOLV_CONF=/src/smtp-doctor/tests/data/resolv-nowhere.conf \
        bash /src/smtp-doctor/tests/package/check_deb.sh /tmp /src/smtp-doctor \
        --deb "/tmp/$(basename "$deb")" --only install --fetch-depends --work /tmp/deb-check
    unmount_all
}

if [ "$mode" = install ]; then
    install_on_clean_chroot
    echo "debian-chroot-check: the .deb installs and runs on a clean $release"
    exit 0
fi

# The build chroot: the minbase and what setup.sh selects on that release.
step "the package list for $release (installer/setup.sh packages build loopback-test)"
packages=$(in_chroot "$minbase" bash -s packages build loopback-test <"$source/installer/setup.sh") \
    || fail "installer/setup.sh found no package list for $release"
packages="$packages ccache"
echo $packages
hash=$(printf '%s\n' "$release" $packages | sha256sum | cut -c1-12)
buildroot=$cache/build-$hash
make_buildroot() {
    local tmp=$buildroot.new
    rm -rf --one-file-system "$tmp"
    scratch+=("$tmp")
    cp -a "$minbase/." "$tmp/"
    mount_system "$tmp"
    bind "$archives" "$tmp/var/cache/apt/archives"
    apt_in "$tmp" update
    # shellcheck disable=SC2086 # one name a word
    apt_in "$tmp" install $packages
    unmount_all
    # The tests resolve localhost; a build system has the usual hosts file
    # (the clean chroot keeps debootstrap's none).
    printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"$tmp/etc/hosts"
    mv "$tmp" "$buildroot"
    scratch=("${scratch[@]/$tmp/}")
    # Build chroots of older package lists are not used again.
    local old
    for old in "$cache"/build-*; do
        [ "$old" = "$buildroot" ] || [ ! -d "$old" ] || remove_tree "$old"
    done
}
if [ ! -d "$buildroot" ]; then
    step "a $release build chroot (package list $hash, none cached)"
    timed "package installation (build chroot)" make_buildroot
else
    echo "build chroot $release: cached in $buildroot"
fi

mount_system "$buildroot"
bind "$source" "$buildroot/src/smtp-doctor" ro
# The SPF conformance suite sits beside the clone (tests/conformance).
if [ -d "$source/../shared" ]; then
    bind "$(cd "$source/../shared" && pwd)" "$buildroot/src/shared" ro
fi
bind "$build" "$buildroot/build"
mkdir -p "$cache/ccache"
bind "$cache/ccache" "$buildroot/ccache"

# Inside the build chroot, with the variables below.
run_build() { # COMMAND (a bash script)
    in_chroot "$buildroot" env CCACHE_DIR=/ccache CCACHE_BASEDIR=/src CCACHE_MAXSIZE=2G \
        bash -euo pipefail -c "$1"
}

configure_and_build() {
    run_build '
        cd /build
        if [ ! -f build.ninja ]; then
            # CPack builds what it packages, not everything.
            cmake -S /src/smtp-doctor -B /build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
                -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON
        fi
        # Re-runs CMake first when a CMakeLists.txt changed.
        ninja build.ninja >/dev/null
        ccache -z >/dev/null
        # The executables of the tests that run here: each test is named
        # after its target, but spf_conformance runs tst_spfconformance (ctest
        # names no command before its file exists), and docs.findings_current
        # compares what findings_doc writes. And the programs of the .deb.
        targets=$(ctest -N -L "'"$labels"'" --show-only=json-v1 | /usr/bin/python3 -c "
import json, sys
for test in json.load(sys.stdin)[\"tests\"]:
    print({\"spf_conformance\": \"tst_spfconformance\",
           \"docs.findings_current\": \"findings_doc\"}.get(test[\"name\"], test[\"name\"]))
" | while read -r name; do
            if ninja -t query "$name" >/dev/null 2>&1; then echo "$name"; fi
        done | sort -u | tr "\n" " ")
        echo "targets:" smtp-doctor smtp-doctor-cli $targets
        nice ninja -j '"$jobs"' smtp-doctor smtp-doctor-cli $targets
        ccache -s | grep -E "Hits|Misses|Cache size" || true
    '
}
step "configure and build in the $release chroot (-j$jobs, ccache in $cache/ccache)"
locked "build" configure_and_build

step "ctest -L '$labels' in the $release chroot"
timed "tests (unit, loopback, conformance)" run_build "
    cd /build
    ctest -L '$labels' --output-on-failure --timeout 300
"

step "cpack -G DEB and check_deb.sh --only inspect in the $release chroot"
make_deb() {
    run_build "
        rm -rf /build/chroot-packages
        cpack -G DEB -B /build/chroot-packages --config /build/CPackConfig.cmake >/build/cpack.log \
            || { cat /build/cpack.log; exit 1; }
        bash /src/smtp-doctor/tests/package/check_deb.sh /build /src/smtp-doctor \
            --deb /build/chroot-packages/smtp-doctor_*.deb --only inspect --work /build/deb-check
    "
}
# Nothing left to compile (CPack only strips and compresses): no lock.
timed "cpack and inspection" make_deb
unmount_all

debs=("$build"/chroot-packages/smtp-doctor_*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no .deb in $build/chroot-packages"
deb=${debs[0]}
install_on_clean_chroot
echo "debian-chroot-check: $release builds, passes its tests, and its .deb installs and runs"
