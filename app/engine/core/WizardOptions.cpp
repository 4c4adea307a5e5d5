// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WizardOptions.h"

QCommandLineOption WizardOptions::languageOption()
{
    return QCommandLineOption(QStringLiteral("lang"),
                              tr("Language of the wizard, such as fr (default: the one chosen "
                                 "last in the wizard, else the system's)."),
                              QStringLiteral("LANG"));
}

QList<QCommandLineOption> WizardOptions::options()
{
    return {languageOption(),
            QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                               tr("Print the version and exit.")),
            QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                               tr("Print these options and exit."))};
}

QString WizardOptions::description()
{
    return tr("Opens the SMTP Doctor wizard, which finds out why mail cannot be sent and says "
              "what to do. Without a screen (on a server), run smtp-doctor-cli diagnose instead.");
}

QString WizardOptions::helpText()
{
    QString text = tr("Usage: smtp-doctor [options]") + QLatin1Char('\n') + description()
                   + QStringLiteral("\n\n") + tr("Options:") + QLatin1Char('\n');
    for (const QCommandLineOption &option : options()) {
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1Char(' ') + option.valueName();
        text += QStringLiteral("  %1  %2\n").arg(left.leftJustified(16), option.description());
    }
    return text;
}
