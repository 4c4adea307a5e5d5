// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class CommandRegistry;

// The man pages, written from the same definitions as --help: the
// commands of the registry with every option each one parses and the exit
// statuses (smtp-doctor-cli(1)), and the wizard's WizardOptions
// (smtp-doctor(1)). In the language of the installed translator, so the
// French pages come from the French .qm. The build runs
// `smtp-doctor-cli generate man FILE` (app/cli/CMakeLists.txt).
class ManPage
{
    Q_DECLARE_TR_FUNCTIONS(ManPage)
public:
    // The page, or an empty string and the reason in `error` when an
    // example names an option that its command does not have.
    static QString cli(const CommandRegistry &registry, QString *error);
    static QString wizard();

private:
    static QString header(const QString &name, const QString &summary);
    static QString commandSection(const CommandRegistry &registry);
    static QString environmentSection(bool cli);
    static QString filesSection();
};
