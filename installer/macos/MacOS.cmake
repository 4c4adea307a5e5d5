# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: the wizard as smtp-doctor.app, with smtp-doctor-cli inside it
# (Contents/MacOS, see app/cli/CMakeLists.txt) so that both use the Qt
# frameworks that macdeployqt copies into the bundle; packed as a disk image
# with a link to /Applications (cpack -G DragNDrop).
# Included by installer/Packaging.cmake. Written from the CMake and Qt
# documentation and NOT built or tested: see installer/README.md.

set(macos_dir ${SMTP_DOCTOR_INSTALLER_DIR}/macos)

# The bundle's icon, copied into Contents/Resources.
set(icns ${macos_dir}/smtp-doctor.icns)
target_sources(smtp-doctor PRIVATE ${icns})
set_source_files_properties(${icns} TARGET_DIRECTORY smtp-doctor
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

set_target_properties(smtp-doctor PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${macos_dir}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${SMTP_DOCTOR_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "SMTP Doctor"
    MACOSX_BUNDLE_ICON_FILE smtp-doctor.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})

# At install time (and so inside cpack): macdeployqt on the bundle, with the
# CLI as an extra executable. It copies the Qt frameworks and plugins and the
# other non-system libraries the programs load (Homebrew's libunbound,
# libgsasl and theirs), rewrites their load paths into the bundle and writes
# qt.conf.
set(deploy_script ${CMAKE_BINARY_DIR}/deploy-macos.cmake)
file(GENERATE OUTPUT ${deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:smtp-doctor>.app\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE_NAME:smtp-doctor>.app/Contents/MacOS/$<TARGET_FILE_NAME:smtp-doctor-cli>\")
")
install(SCRIPT ${deploy_script})

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "SMTP Doctor")
set(CPACK_DMG_FORMAT UDZO)
