// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PluginModule.h"

#include "core/ModulePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

PluginModule::PluginModule(const QString &name, const char *environmentVariable)
    : m_name(name)
    , m_environmentVariable(environmentVariable)
{}

QString PluginModule::fileName() const
{
    return QStringLiteral(SMTP_DOCTOR_MODULE_PREFIX) + m_name
           + QStringLiteral(SMTP_DOCTOR_MODULE_SUFFIX);
}

QStringList PluginModule::candidates() const
{
    QStringList paths;
    const QString named = qEnvironmentVariable(m_environmentVariable);
    if (!named.isEmpty())
        paths.append(named);
    const QDir program(QCoreApplication::applicationDirPath());
    paths.append(program.filePath(fileName()));
    paths.append(
        program.filePath(QStringLiteral(SMTP_DOCTOR_MODULE_RELATIVE_DIR "/") + fileName()));
    return paths;
}

QObject *PluginModule::instance(QString *error) const
{
    const QStringList paths = candidates();
    QStringList problems;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        // QPluginLoader keeps a plugin loaded once its instance is made.
        QPluginLoader loader(path);
        if (QObject *plugin = loader.instance())
            return plugin;
        problems.append(loader.errorString());
    }
    if (error) {
        *error = problems.isEmpty()
                     ? QCoreApplication::translate("PluginModule", "%1 was not found in %2.")
                           .arg(fileName(), paths.join(QStringLiteral(", ")))
                     : problems.join(QLatin1Char('\n'));
    }
    return nullptr;
}

QString PluginModule::notThisModule() const
{
    return QCoreApplication::translate("PluginModule",
                                       "%1 is not the module this SMTP Doctor expects.")
        .arg(fileName());
}
