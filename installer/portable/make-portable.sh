#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the portable CLI tarball: smtp-doctor-cli-VERSION-linux-x86_64.tar.gz
# with one top folder holding
#   smtp-doctor-cli          the launcher (POSIX sh), see launcher.sh
#   bin/smtp-doctor-cli      the CLI, stripped (its translations are inside it)
#   lib/                     every library it loads, the C library and the
#                            dynamic loader included, and OpenSSL (which Qt's
#                            TLS plugin opens at run time)
#   plugins/tls/             Qt's OpenSSL TLS backend
#   plugins/crypto/          QCA's OpenSSL provider, in a build with QCA
#   share/ca-certificates.crt  a CA bundle, used where the host has none
#   share/man/[fr/]man1/     the man pages (man -l share/man/man1/smtp-doctor-cli.1.gz)
#   share/bash-completion/completions/smtp-doctor-cli, share/zsh/_smtp-doctor-cli
#
# usage: make-portable.sh CLI TLS_PLUGIN SSL_LIBRARY CRYPTO_LIBRARY CA_BUNDLE VERSION OUT_DIR
#                         MAN_DIR COMPLETION_DIR [QCA_PLUGIN]
set -euo pipefail

cli=$1
tls_plugin=$2
ssl_library=$3
crypto_library=$4
ca_bundle=$5
version=$6
out=$7
man_dir=$8
completion_dir=$9
qca_plugin=${10:-}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
name=smtp-doctor-cli
tarball=$out/$name-$version-linux-x86_64.tar.gz

stage=$(mktemp -d "${TMPDIR:-/tmp}/smtp-doctor-portable.XXXXXX")
trap 'rm -rf "$stage"' EXIT
top=$stage/$name
mkdir -p "$top/bin" "$top/lib" "$top/plugins/tls" "$top/share"

soname() { readelf -d "$1" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p'; }

install -m 755 "$cli" "$top/bin/$name"
install -m 755 "$tls_plugin" "$top/plugins/tls/"
# QCA looks for providers in every Qt plugin path's crypto/ folder.
if [ -n "$qca_plugin" ]; then
    mkdir -p "$top/plugins/crypto"
    install -m 755 "$qca_plugin" "$top/plugins/crypto/"
fi
# Qt opens OpenSSL by its soname (libssl.so.3), not through the plugin's
# dependencies: ship those two under that name.
for library in "$ssl_library" "$crypto_library"; do
    install -m 644 "$(readlink -f "$library")" "$top/lib/$(soname "$(readlink -f "$library")")"
done

# Every library that any of these loads, transitively (ldd lists the whole
# closure), under the name the loader asks for; the loader itself too.
elves=("$top/bin/$name" "$top/plugins/"*/* "$top/lib/"*)
loader=
for elf in "${elves[@]}"; do
    while read -r library path; do
        case $path in
        /*) install -m 644 "$(readlink -f "$path")" "$top/lib/$library" ;;
        esac
    done < <(ldd "$elf" | sed -n 's/^\s*\(\S*\) => \(\S*\) .*/\1 \2/p')
    interpreter=$(readelf -l "$elf" 2>/dev/null | sed -n 's/.*Requesting program interpreter: \(.*\)\]/\1/p')
    [ -z "$interpreter" ] || loader=$interpreter
done
[ -n "$loader" ] || { echo "make-portable.sh: no program interpreter in $cli" >&2; exit 1; }
install -m 755 "$(readlink -f "$loader")" "$top/lib/$(basename "$loader")"
if [ "$(basename "$loader")" != ld-linux-x86-64.so.2 ]; then
    echo "make-portable.sh: unexpected loader $loader (the launcher starts ld-linux-x86-64.so.2)" >&2
    exit 1
fi

for icudata in "$top/lib/"libicudata.so.*; do
    [ -e "$icudata" ] && "$here/trim-icu-data.sh" "$icudata"
done

# Debug symbols stay behind: the build's copy keeps them.
strip --strip-all "$top/bin/$name"
strip --strip-unneeded "$top/plugins/"*/* "$top/lib/"*.so*

install -m 755 "$here/launcher.sh" "$top/$name"
install -m 644 "$here/qt.conf" "$top/bin/qt.conf"
install -m 644 "$here/qt.conf" "$top/lib/qt.conf"
install -m 644 "$(readlink -f "$ca_bundle")" "$top/share/ca-certificates.crt"
# The CLI's man page (the wizard is not in the tarball) and its completions,
# as the build generated them.
install -D -m 644 "$man_dir/smtp-doctor-cli.1.gz" "$top/share/man/man1/smtp-doctor-cli.1.gz"
install -D -m 644 "$man_dir/fr/smtp-doctor-cli.1.gz" "$top/share/man/fr/man1/smtp-doctor-cli.1.gz"
install -D -m 644 "$completion_dir/smtp-doctor-cli" \
    "$top/share/bash-completion/completions/smtp-doctor-cli"
install -D -m 644 "$completion_dir/_smtp-doctor-cli" "$top/share/zsh/_smtp-doctor-cli"

mkdir -p "$out"
# Reproducible order and owner: the tarball does not depend on who built it.
# gzip -9: every percent counts.
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner -cf - "$name" \
    | gzip -9n >"$tarball.tmp"
mv "$tarball.tmp" "$tarball"
echo "portable CLI: $tarball ($(du -k "$tarball" | cut -f1) KiB compressed," \
    "$(du -sk "$top" | cut -f1) KiB unpacked, $(ls "$top/lib" | wc -l) files in lib/)"
