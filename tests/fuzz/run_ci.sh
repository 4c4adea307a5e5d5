#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzz smoke test (ctest: fuzz_smoke, label fuzz): builds the engine and
# the libFuzzer targets with clang, ASan and UBSan in their own build dir,
# then runs every target for a few seconds on a copy of its seed corpus (the
# corpus in the repository is never written to). Exits 77, said loudly, when
# clang or libFuzzer is missing; 1 when a target finds anything.
#
#   tests/fuzz/run_ci.sh SOURCE_DIR BUILD_DIR TARGET...
#
# SMTP_DOCTOR_FUZZ_SECONDS (default 5) and SMTP_DOCTOR_FUZZ_JOBS (default 2)
# tune it.
set -euo pipefail

source_dir=$1
build_dir=$2
shift 2
seconds=${SMTP_DOCTOR_FUZZ_SECONDS:-5}
jobs=${SMTP_DOCTOR_FUZZ_JOBS:-2}
# Debian's default clang (14 on Debian 12, 19 on Debian 13).
cc=${SMTP_DOCTOR_FUZZ_CC:-clang}
cxx=${SMTP_DOCTOR_FUZZ_CXX:-clang++}

skip() {
    echo "SKIPPED: $* (installer/setup.sh test installs clang and libclang-rt-dev)"
    exit 77
}

command -v "$cc" >/dev/null || skip "$cc is not installed"
command -v "$cxx" >/dev/null || skip "$cxx is not installed"
command -v ninja >/dev/null || skip "ninja is not installed"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/smtp-doctor-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# libFuzzer lives in libclang-rt-dev, not in the compiler package.
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' \
    >"$scratch/probe.cpp"
"$cxx" -fsanitize=fuzzer,address,undefined "$scratch/probe.cpp" -o "$scratch/probe" \
    >"$scratch/probe.log" 2>&1 \
    || skip "$cxx cannot link a libFuzzer target: $(head -c 300 "$scratch/probe.log")"

mkdir -p "$build_dir"
# Two test runs at once must not build the same directory together.
exec 9>"$build_dir/.fuzz-ci.lock"
flock 9

start=$(date +%s)
if [ ! -f "$build_dir/build.ninja" ]; then
    CC=$cc CXX=$cxx cmake -S "$source_dir" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSMTP_DOCTOR_FUZZ=ON >"$scratch/configure.log" 2>&1 \
        || { cat "$scratch/configure.log"; exit 1; }
fi
nice -n 19 cmake --build "$build_dir" --parallel "$jobs" -- "$@" >"$scratch/build.log" 2>&1 \
    || { tail -n 60 "$scratch/build.log"; exit 1; }
echo "fuzz: built ${*} in $(($(date +%s) - start)) s"

failed=0
for target in "$@"; do
    corpus="$scratch/corpus-$target"
    cp -r "$source_dir/tests/fuzz/corpus/${target#fuzz_}" "$corpus"
    log="$scratch/$target.log"
    if "$build_dir/tests/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -artifact_prefix="$scratch/$target-" "$corpus" >"$log" 2>&1; then
        echo "fuzz: $target: $(grep -E '^(#[0-9]+|Done)' "$log" | tail -n 1)"
    else
        failed=1
        echo "fuzz: $target FOUND SOMETHING; its output:"
        tail -n 80 "$log"
        # Keep the input that did it where the test log can name it.
        for artifact in "$scratch/$target"-*; do
            [ -e "$artifact" ] || continue
            kept="$build_dir/$(basename "$artifact")"
            cp "$artifact" "$kept"
            echo "fuzz: the input is kept in $kept (base64: $(base64 -w0 "$kept" | head -c 2000))"
        done
    fi
done
echo "fuzz: all done in $(($(date +%s) - start)) s"
exit $failed
