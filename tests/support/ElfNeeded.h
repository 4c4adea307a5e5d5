// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// What a program or module loads at start: the DT_NEEDED entries of an ELF
// file, from readelf (binutils). Empty when it cannot be read.
inline QStringList neededLibraries(const QString &path)
{
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("--dynamic"), path});
    if (!readelf.waitForFinished(10000) || readelf.exitCode() != 0)
        return {};
    QStringList needed;
    for (const QByteArray &line : readelf.readAllStandardOutput().split('\n')) {
        if (!line.contains("(NEEDED)"))
            continue;
        const qsizetype open = line.indexOf('[');
        needed.append(QString::fromUtf8(line.mid(open + 1, line.indexOf(']') - open - 1)));
    }
    return needed;
}

// Whether one of `libraries` is `stem` ("libpsl" names libpsl.so.5, not libpslx).
inline bool namesOne(const QStringList &libraries, const QString &stem)
{
    for (const QString &library : libraries) {
        if (library.startsWith(stem + QLatin1Char('.'))
            || library.startsWith(stem + QLatin1Char('-')))
            return true;
    }
    return false;
}
