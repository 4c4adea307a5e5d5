#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rewrites ICU's data library (libicudata.so.NN) without the parts the CLI
# never reads, to keep the portable tarball small: ICU's data is half of it.
# Dropped: collation (coll/), break iterators and their dictionaries
# (brkitr/), transliteration, spelled-out numbers (rbnf/), and the localised
# names of units, languages, regions, currencies and time zones. Qt's QLocale
# has its own CLDR data; what Qt asks ICU for (case mapping, character
# properties, converters, time zone rules) stays. The package test runs the
# trimmed CLI in a chroot (tests/package/check_portable.sh).
#
# usage: trim-icu-data.sh LIBICUDATA   (rewritten in place)
set -euo pipefail

library=$1
for tool in icupkg genccode nm gcc; do
    if ! command -v "$tool" >/dev/null; then
        echo "trim-icu-data.sh: $tool is missing (Debian: icu-devtools, binutils, gcc);" \
            "ICU's data stays whole" >&2
        exit 0
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/smtp-doctor-icu.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The library holds one symbol, icudtNN_dat: the whole common data package,
# whose items are named icudtNNl/... (l: little-endian, as on x86_64).
read -r address size entry < <(nm -DS "$library" | awk '/ R icudt[0-9]+_dat$/ {print $1, $2, $4}')
[ -n "${entry:-}" ] || { echo "trim-icu-data.sh: no icudt*_dat in $library" >&2; exit 1; }
entry=${entry%_dat}
# The symbol's file offset, from the load segment that maps its address.
offset=
while read -r _ file_offset virtual_address _ file_size _; do
    if ((16#$address >= virtual_address && 16#$address < virtual_address + file_size)); then
        offset=$((16#$address - virtual_address + file_offset))
    fi
done < <(readelf -lW "$library" | awk '$1 == "LOAD"')
[ -n "$offset" ] || { echo "trim-icu-data.sh: ${entry}_dat is in no segment of $library" >&2; exit 1; }
dd if="$library" of="$work/${entry}l.dat" bs=64K iflag=skip_bytes,count_bytes \
    skip="$offset" count=$((16#$size)) status=none

icupkg -l "$work/${entry}l.dat" \
    | grep -E '^(coll|brkitr|translit|rbnf|unit|lang|region|curr|zone)/' >"$work/drop.txt" || true
icupkg -r "$work/drop.txt" "$work/${entry}l.dat" "$work/small.dat"
genccode -e "$entry" -a gcc -d "$work" "$work/small.dat" >/dev/null
gcc -shared -nostdlib -Wl,-soname,"$(basename "$library")" -o "$work/out.so" "$work/small_dat.S"
before=$(du -k "$library" | cut -f1)
install -m 644 "$work/out.so" "$library"
echo "trim-icu-data.sh: $(basename "$library") $before KiB -> $(du -k "$library" | cut -f1) KiB" \
    "($(wc -l <"$work/drop.txt") items dropped)"
