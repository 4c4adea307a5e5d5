# SPDX-License-Identifier: GPL-3.0-or-later
# Packaging: what a desktop needs besides the two programs (menu entry,
# AppStream metadata, icons) and the CPack settings of each platform.
# Included from the top-level CMakeLists.txt after the targets, so that its
# install rules run after theirs (CMP0082).
#
#   Linux    cpack -G DEB             tested: tests/package/check_deb.sh
#   Windows  cpack -G WIX (or NSIS)   written, not tested: installer/windows/
#   macOS    cpack -G DragNDrop       written, not tested: installer/macos/
#
# installer/README.md says how to build each one.

include(GNUInstallDirs)

# One reverse-DNS id names the .desktop file, the AppStream component, the
# icon, the macOS bundle and (through main.cpp) the Wayland app id.
set(SMTP_DOCTOR_APP_ID org.smtpdoctor.SmtpDoctor)
set(SMTP_DOCTOR_ICON_SVG ${CMAKE_SOURCE_DIR}/resources/icons/smtp-doctor.svg)
set(SMTP_DOCTOR_INSTALLER_DIR ${CMAKE_CURRENT_LIST_DIR})

set(CPACK_PACKAGE_NAME smtp-doctor)
set(CPACK_PACKAGE_VENDOR "SMTP Doctor")
set(CPACK_PACKAGE_CONTACT "SMTP Doctor <dev@smtp-doctor.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Your website or application cannot reach its SMTP server, times out or fails to sign \
in, and you cannot tell why. SMTP Doctor finds out, in plain words, and \
says what to do. It checks what was typed, DNS and DNSSEC, which ports are open or blocked, the \
SMTP dialogue, TLS and the certificate, signing in, a test message and the sender domain's MX, \
SPF, DKIM and DMARC records, then hands over a report that a support team can act on.\n\
It comes as a desktop wizard (smtp-doctor) and as a command line tool (smtp-doctor-cli) that \
runs the same diagnosis on a server without a screen.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SMTP Doctor")
# The build type is RelWithDebInfo: ship the programs without their debug symbols.
set(CPACK_STRIP_FILES ON)
# Packages land in build/packages, not among the build's own files.
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)

if(UNIX AND NOT APPLE)
    set(linux_dir ${SMTP_DOCTOR_INSTALLER_DIR}/linux)
    install(FILES ${linux_dir}/${SMTP_DOCTOR_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${linux_dir}/${SMTP_DOCTOR_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    # Debian policy 12.5: the licence, in the machine-readable format.
    install(FILES ${linux_dir}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME})
    install(FILES ${SMTP_DOCTOR_ICON_SVG}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${SMTP_DOCTOR_APP_ID}.svg)
    # Rendered once by installer/linux/make-icons.sh and committed: the build
    # needs no SVG converter.
    foreach(size 16 24 32 48 64 128 256)
        install(FILES ${linux_dir}/icons/hicolor/${size}x${size}/apps/${SMTP_DOCTOR_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()

    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # dpkg-shlibdeps names the libraries the programs link (Qt, libunbound,
    # libgsasl, libc...) with the versions they need.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Used at run time, not linked, so shlibdeps cannot see them: the system's
    # trust store for TLS checks, the root's DNSSEC trust anchor, and Qt's SVG
    # plugins that draw the icons (the linker drops the unused libQt6Svg).
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "ca-certificates, dns-root-data, libqt6svg6")
    # QCA loads its OpenSSL provider as a plugin (app/engine/crypto).
    if(Qca-qt6_FOUND)
        string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libqca-qt6-plugins")
    endif()
    # Qt's own French (standard buttons and dialogs); ours is built in. The
    # Public Suffix List file libpsl prefers to its built-in copy when newer.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, publicsuffix")
elseif(WIN32)
    include(${SMTP_DOCTOR_INSTALLER_DIR}/windows/Windows.cmake)
elseif(APPLE)
    include(${SMTP_DOCTOR_INSTALLER_DIR}/macos/MacOS.cmake)
endif()

include(CPack)
