#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# smtp-doctor-cli, portable: starts the CLI through the dynamic loader and
# the libraries shipped beside it, so that the host's C library and Qt (or
# their absence) do not matter. POSIX sh only: busybox, dash and bash run it.
here=$(cd "$(dirname "$0")" && pwd) || exit 2

# The host's CA bundle where it has one (its administrator keeps it up to
# date); the copy shipped here only where it has none. Qt's own search
# would miss some layouts (RHEL's bundle has no hashed names), so the file
# is named to the CLI, which trusts it as the system's store.
if [ -z "${SMTP_DOCTOR_CA_BUNDLE:-}" ]; then
    for bundle in \
        /etc/ssl/certs/ca-certificates.crt \
        /etc/pki/tls/certs/ca-bundle.crt \
        /etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem \
        /etc/ssl/ca-bundle.pem \
        /etc/ssl/cert.pem \
        "$here/share/ca-certificates.crt"; do
        if [ -r "$bundle" ]; then
            SMTP_DOCTOR_CA_BUNDLE=$bundle
            break
        fi
    done
    export SMTP_DOCTOR_CA_BUNDLE
fi

# Qt looks for its TLS plugin here, not in the host's Qt.
QT_PLUGIN_PATH=$here/plugins
export QT_PLUGIN_PATH

exec "$here/lib/ld-linux-x86-64.so.2" --library-path "$here/lib" \
    "$here/bin/smtp-doctor-cli" "$@"
