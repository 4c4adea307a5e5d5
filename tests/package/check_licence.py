#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a source file lacks its SPDX line, or when LICENSE, the AppStream
metadata and the .deb's copyright file name different licences (issue 16)."""
import os
import re
import sys

LICENCE = "GPL-3.0-or-later"
TAG = "SPDX-License-Identifier: " + LICENCE
# Folders of data, not source: test zones, fuzz corpora, generated output.
SKIPPED_DIRS = {".git", "build", "node_modules", "corpus", "data", "zones"}
SOURCE_SUFFIXES = (".cpp", ".h", ".h.in", ".rc.in", ".py", ".sh", ".cmake", ".php", ".php.in", ".js", ".mjs")
SOURCE_NAMES = {"CMakeLists.txt", "run", "exim.conf.in"}


def source_files(root):
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("build")]
        for name in files:
            if name in SOURCE_NAMES or name.endswith(SOURCE_SUFFIXES):
                yield os.path.join(folder, name)


def main(root):
    problems = []
    for path in source_files(root):
        with open(path, encoding="utf-8", errors="replace") as source:
            head = "".join(source.readline() for _ in range(5))
        if TAG not in head:
            problems.append(f"{os.path.relpath(path, root)}: no '{TAG}' in its first five lines")

    with open(os.path.join(root, "LICENSE"), encoding="utf-8") as text:
        licence_text = text.read(2000)
    if "GNU GENERAL PUBLIC LICENSE" not in licence_text or "Version 3" not in licence_text:
        problems.append("LICENSE: not the GNU GPL version 3")
    with open(os.path.join(root, "installer/linux/org.smtpdoctor.SmtpDoctor.metainfo.xml"), encoding="utf-8") as xml:
        appstream = re.findall(r"<project_license>([^<]*)</project_license>", xml.read())
    if appstream != [LICENCE]:
        problems.append(f"metainfo.xml: project_license is {appstream}, not {LICENCE}")
    with open(os.path.join(root, "installer/linux/copyright"), encoding="utf-8") as copyright_file:
        debian = set(re.findall(r"^License: (\S+)", copyright_file.read(), re.M))
    if debian != {LICENCE}:
        problems.append(f"installer/linux/copyright: License {sorted(debian)}, not {LICENCE}")

    for problem in problems:
        print(problem)
    print(f"licence check: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
