#!/usr/bin/env bash
# Renders the application icon (resources/icons/smtp-doctor.svg) into the
# hicolor PNG sizes under installer/linux/icons/. The PNGs are committed, so a
# build needs no SVG converter; run this again after changing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_svg=$here/../../resources/icons/smtp-doctor.svg
app_id=org.smtpdoctor.SmtpDoctor

command -v rsvg-convert >/dev/null || {
    echo "make-icons: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2
    exit 1
}
for size in 16 24 32 48 64 128 256; do
    out=$here/icons/hicolor/${size}x${size}/apps/$app_id.png
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --output "$out" "$source_svg"
    echo "make-icons: $out"
done
