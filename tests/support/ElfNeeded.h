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

// What is wrong, if anything, with libraries that should come with a module
// and not with the wizard's program: each of `stems` named by the module's
// DT_NEEDED and not by the program's (SMTP_DOCTOR_GUI). Empty: all is well.
inline QString loadedOnlyWithTheModule(const char *moduleVariable, const QStringList &stems)
{
    const QStringList wizard = neededLibraries(qEnvironmentVariable("SMTP_DOCTOR_GUI"));
    const QStringList module = neededLibraries(qEnvironmentVariable(moduleVariable));
    if (wizard.isEmpty())
        return QStringLiteral("no NEEDED entries read from SMTP_DOCTOR_GUI");
    if (module.isEmpty())
        return QStringLiteral("no NEEDED entries read from %1").arg(QLatin1String(moduleVariable));
    for (const QString &library : stems) {
        if (namesOne(wizard, library))
            return QStringLiteral("smtp-doctor loads %1 at start: %2")
                .arg(library, wizard.join(QLatin1Char(' ')));
        if (!namesOne(module, library))
            return QStringLiteral("%1 does not link %2: %3")
                .arg(QLatin1String(moduleVariable), library, module.join(QLatin1Char(' ')));
    }
    return QString();
}
