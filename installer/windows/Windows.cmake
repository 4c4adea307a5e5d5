# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: smtp-doctor.exe and smtp-doctor-cli.exe in bin\ with the Qt DLLs
# and plugins (windeployqt) and the other DLLs they load (libunbound,
# libgsasl and theirs), packed by WiX (.msi, the default) or NSIS (.exe).
# Included by installer/Packaging.cmake. Written from the CMake and Qt
# documentation and NOT built or tested: see installer/README.md.

set(windows_dir ${SMTP_DOCTOR_INSTALLER_DIR}/windows)

# The .exe's icon and version (Explorer, taskbar, Start menu).
set(SMTP_DOCTOR_ICO ${windows_dir}/smtp-doctor.ico)
configure_file(${windows_dir}/smtp-doctor.rc.in ${CMAKE_BINARY_DIR}/smtp-doctor.rc @ONLY)
target_sources(smtp-doctor PRIVATE ${CMAKE_BINARY_DIR}/smtp-doctor.rc)

# Where the non-Qt DLLs are: by default next to the libunbound and libgsasl
# that pkg-config found (MSYS2: /ucrt64/bin; vcpkg: installed/<triplet>/bin).
set(SMTP_DOCTOR_WINDOWS_DLL_DIRS "${UNBOUND_PREFIX}/bin;${GSASL_PREFIX}/bin"
    CACHE STRING "Directories holding the DLLs that the programs load (besides Qt's)")

# At install time (and so inside cpack): windeployqt on both programs, which
# share bin\ (Qt DLLs, the platform, style, TLS and SVG plugins, qt.conf,
# Qt's own translations); then the other DLLs they import, found by CMake;
# then OpenSSL, which Qt's TLS plugin loads by name (not imported, so not
# found above; without it Qt falls back to Schannel).
set(deploy_script ${CMAKE_BINARY_DIR}/deploy-windows.cmake)
file(GENERATE OUTPUT ${deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:smtp-doctor>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:smtp-doctor-cli>\"
    GENERATE_QT_CONF)

set(bin \"\${QT_DEPLOY_PREFIX}/\${QT_DEPLOY_BIN_DIR}\")
set(dll_dirs \"${SMTP_DOCTOR_WINDOWS_DLL_DIRS}\")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES \"\${bin}/$<TARGET_FILE_NAME:smtp-doctor>\" \"\${bin}/$<TARGET_FILE_NAME:smtp-doctor-cli>\"
    RESOLVED_DEPENDENCIES_VAR found
    UNRESOLVED_DEPENDENCIES_VAR missing
    DIRECTORIES \${dll_dirs}
    PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^[Qq]t6\"
    POST_EXCLUDE_REGEXES \"[Ss]ystem32\" \"[Ww]in[Ss][Xx][Ss]\")
if(missing)
    message(WARNING \"DLLs not found in \${dll_dirs}: \${missing} (set SMTP_DOCTOR_WINDOWS_DLL_DIRS)\")
endif()
if(found)
    file(INSTALL \${found} DESTINATION \"\${bin}\")
endif()
foreach(dir IN LISTS dll_dirs)
    file(GLOB openssl \"\${dir}/libssl-3*.dll\" \"\${dir}/libcrypto-3*.dll\")
    if(openssl)
        file(INSTALL \${openssl} DESTINATION \"\${bin}\")
    endif()
endforeach()
")
install(SCRIPT ${deploy_script})

set(CPACK_GENERATOR WIX)
# A Start menu entry for the wizard (both generators).
set(CPACK_PACKAGE_EXECUTABLES smtp-doctor "SMTP Doctor")

# WiX (.msi). The upgrade GUID must never change: it is how Windows knows
# that a newer .msi replaces this product.
set(CPACK_WIX_UPGRADE_GUID "FC7B46CF-3999-4539-8D6B-2AB4033D3F98")
set(CPACK_WIX_PRODUCT_ICON ${SMTP_DOCTOR_ICO})
set(CPACK_WIX_PROGRAM_MENU_FOLDER "SMTP Doctor")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")

# NSIS (.exe): cpack -G NSIS.
set(CPACK_NSIS_DISPLAY_NAME "SMTP Doctor")
set(CPACK_NSIS_PACKAGE_NAME "SMTP Doctor")
set(CPACK_NSIS_MUI_ICON ${SMTP_DOCTOR_ICO})
set(CPACK_NSIS_MUI_UNIICON ${SMTP_DOCTOR_ICO})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\smtp-doctor.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
# Offers to put bin\ on PATH, so that smtp-doctor-cli runs from any prompt.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
