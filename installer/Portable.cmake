# SPDX-License-Identifier: GPL-3.0-or-later
# The portable CLI: `cmake --build build --target portable` makes
# build/packages/smtp-doctor-cli-VERSION-linux-x86_64.tar.gz, which runs on
# any x86_64 Linux through its own dynamic loader and libraries (see
# installer/portable/make-portable.sh and docs/portable.md). Tested by
# tests/package/check_portable.sh in a chroot that holds only busybox.
if(NOT (CMAKE_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64"))
    return()
endif()

find_package(OpenSSL 3 QUIET COMPONENTS SSL Crypto)
# Qt's plugin packages are not loaded with Qt6Network itself (shared builds).
if(NOT TARGET Qt6::QTlsBackendOpenSSLPlugin)
    find_package(Qt6QTlsBackendOpenSSLPlugin CONFIG QUIET PATHS ${Qt6Network_DIR} NO_DEFAULT_PATH)
endif()
# Debian's ca-certificates; the tarball's copy is used only where the host has none.
find_file(SMTP_DOCTOR_PORTABLE_CA_BUNDLE ca-certificates.crt PATHS /etc/ssl/certs NO_DEFAULT_PATH)
if(NOT OpenSSL_FOUND OR NOT TARGET Qt6::QTlsBackendOpenSSLPlugin
   OR NOT SMTP_DOCTOR_PORTABLE_CA_BUNDLE)
    message(STATUS "No portable CLI target: it needs OpenSSL 3 (libssl-dev), Qt's OpenSSL TLS "
                   "plugin and a CA bundle (ca-certificates)")
    return()
endif()

# A QCA build (Debian 13) does its crypto through QCA's OpenSSL provider, a
# plugin QCA opens at run time (from QT_PLUGIN_PATH's crypto/ folder): the
# tarball carries it, or the CLI would stop at its first hash.
set(SMTP_DOCTOR_PORTABLE_QCA_PLUGIN "")
if(Qca-qt6_FOUND)
    find_library(SMTP_DOCTOR_QCA_OSSL_PLUGIN NAMES qca-ossl PATH_SUFFIXES qca-qt6/crypto)
    if(NOT SMTP_DOCTOR_QCA_OSSL_PLUGIN)
        message(STATUS "No portable CLI target: QCA's OpenSSL provider (libqca-qt6-plugins) "
                       "is not installed")
        return()
    endif()
    set(SMTP_DOCTOR_PORTABLE_QCA_PLUGIN ${SMTP_DOCTOR_QCA_OSSL_PLUGIN})
endif()

set(SMTP_DOCTOR_PORTABLE_TARBALL
    ${CMAKE_BINARY_DIR}/packages/smtp-doctor-cli-${PROJECT_VERSION}-linux-x86_64.tar.gz)
add_custom_target(portable
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/portable/make-portable.sh
        $<TARGET_FILE:smtp-doctor-cli>
        $<TARGET_FILE:Qt6::QTlsBackendOpenSSLPlugin>
        ${OPENSSL_SSL_LIBRARY}
        ${OPENSSL_CRYPTO_LIBRARY}
        ${SMTP_DOCTOR_PORTABLE_CA_BUNDLE}
        ${PROJECT_VERSION}
        ${CMAKE_BINARY_DIR}/packages
        ${SMTP_DOCTOR_MAN_DIR}
        ${SMTP_DOCTOR_COMPLETION_DIR}
        ${SMTP_DOCTOR_PORTABLE_QCA_PLUGIN}
    DEPENDS smtp-doctor-cli cli_docs
    COMMENT "Making ${SMTP_DOCTOR_PORTABLE_TARBALL}"
    VERBATIM)
