// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

// One of the wizard's own modules (a Qt plugin in the package's private
// library directory), loaded when first needed and kept loaded: the mail
// checks, the wizard's steps. Looked for, in order: the file named by the
// module's environment variable (the tests), beside the program (the build
// tree), and in the installed directory relative to the program (the package).
class PluginModule
{
public:
    // `name` without prefix or suffix ("smtp-doctor-mail").
    PluginModule(const QString &name, const char *environmentVariable);

    // The module's plugin instance, or null with `error` saying why
    // (each place tried and what its loader said).
    QObject *instance(QString *error = nullptr) const;
    // The instance as the module's interface (declared with Q_DECLARE_INTERFACE).
    template<typename Interface>
    Interface *load(QString *error = nullptr) const
    {
        QObject *plugin = instance(error);
        auto *loaded = qobject_cast<Interface *>(plugin);
        if (plugin && !loaded && error)
            *error = notThisModule();
        return loaded;
    }

    QString fileName() const;
    QStringList candidates() const;

    // Loaded on the first call, kept for the process; a failure is kept too
    // (trying again would only say the same).
    template<typename Interface>
    static Interface *loadOnce(const QString &name, const char *environmentVariable, QString *error)
    {
        static Interface *loaded = nullptr;
        static QString failure;
        if (!loaded && failure.isEmpty())
            loaded = PluginModule(name, environmentVariable).load<Interface>(&failure);
        if (!loaded && error)
            *error = failure;
        return loaded;
    }

private:
    QString notThisModule() const;

    QString m_name;
    const char *m_environmentVariable;
};
