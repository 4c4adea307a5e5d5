#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the application icon (resources/icons/smtp-doctor.svg) into the
# hicolor PNG sizes under installer/linux/icons/, the Windows .ico and the
# macOS .icns. The results are committed, so a build needs no converter; run
# this again after changing the SVG.
# Needs rsvg-convert, icotool and png2icns (Debian: librsvg2-bin, icoutils,
# icnsutils).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
installer=$(dirname "$here")
source_svg=$installer/../resources/icons/smtp-doctor.svg
app_id=org.smtpdoctor.SmtpDoctor

for tool in rsvg-convert:librsvg2-bin icotool:icoutils png2icns:icnsutils; do
    command -v "${tool%%:*}" >/dev/null || {
        echo "make-icons: ${tool%%:*} is missing (apt-get install ${tool#*:})" >&2
        exit 1
    }
done

png() { # size: the hicolor PNG of that size
    echo "$here/icons/hicolor/${1}x${1}/apps/$app_id.png"
}
for size in 16 24 32 48 64 128 256; do
    mkdir -p "$(dirname "$(png "$size")")"
    rsvg-convert --width "$size" --height "$size" --output "$(png "$size")" "$source_svg"
    echo "make-icons: $(png "$size")"
done

# Windows: every size up to 256 (stored as PNG, as Windows expects at 256).
icotool --create --output "$installer/windows/smtp-doctor.ico" \
    "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" --raw="$(png 256)"
echo "make-icons: $installer/windows/smtp-doctor.ico"

# macOS: the .icns sizes; 512 is rendered only for it.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
rsvg-convert --width 512 --height 512 --output "$scratch/512.png" "$source_svg"
png2icns "$installer/macos/smtp-doctor.icns" \
    "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$scratch/512.png" >/dev/null
echo "make-icons: $installer/macos/smtp-doctor.icns"
