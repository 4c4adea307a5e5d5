// SPDX-License-Identifier: GPL-3.0-or-later
// smtp-doctor-cli: the SMTP Doctor engine without a screen, to run the same
// diagnosis on the web server itself, or in scripts.

#include "CommandRegistry.h"
#include "GeneratedFiles.h"

#include "core/Version.h"
#include "crypto/Crypto.h"
#include "tls/CaBundle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace {

bool loadTranslation(QCoreApplication &app, const QString &language)
{
    auto *translator = new QTranslator(&app);
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!translator->load(
            locale, QStringLiteral("smtp-doctor"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return language.isEmpty() || language.startsWith(QLatin1String("en"));
    }
    app.installTranslator(translator);
    return true;
}

// --lang of any command, looked for before the commands are made, so that
// their help and messages are in that language too. Empty: the system's.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang"))
            return arguments.value(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

int unknownCommand(const CommandRegistry &registry, const QString &typed)
{
    QTextStream err(stderr);
    err << "smtp-doctor-cli: "
        << QCoreApplication::translate("main", "\"%1\" is not a command").arg(typed) << '\n';
    if (const QString closest = registry.closest(typed); !closest.isEmpty())
        err << QCoreApplication::translate("main", "Did you mean %1?").arg(closest) << '\n';
    err << '\n' << registry.listText();
    return Command::UnusableArguments;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smtp-doctor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTP_DOCTOR_VERSION));
    // The portable CLI's launcher names the host's CA bundle, or its own.
    CaBundle::installFromEnvironment();

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    // What the build generates is English unless asked, whatever its locale.
    const bool generating = GeneratedFiles::isRequest(arguments);
    QString language = requestedLanguage(arguments);
    if (generating && language.isEmpty())
        language = QStringLiteral("en");
    if (!loadTranslation(app, language))
        return Command::unusable(
            QCoreApplication::translate("main", "no translation for the language \"%1\"")
                .arg(language));
    if (generating) {
        return GeneratedFiles::write(
            arguments.mid(1), [&app](const QString &other) { return loadTranslation(app, other); });
    }

    const CommandRegistry registry;
    const QString first = arguments.value(0);
    if (arguments.isEmpty()) {
        QTextStream(stderr) << registry.listText();
        return Command::UnusableArguments;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        const QString topic = arguments.value(1);
        if (topic.isEmpty() || topic.startsWith(QLatin1Char('-'))) {
            QTextStream(stdout) << registry.listText();
            return Command::NoFailure;
        }
        if (const Command *command = registry.find(topic)) {
            QTextStream(stdout) << command->helpText();
            return Command::NoFailure;
        }
        return unknownCommand(registry, topic);
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        QTextStream(stdout) << "smtp-doctor-cli " << SMTP_DOCTOR_VERSION << '\n'
                            << "crypto: " << Crypto::backendName() << '\n';
        return Command::NoFailure;
    }
    if (first.startsWith(QLatin1Char('-')))
        return Command::unusable(QCoreApplication::translate(
            "main", "the first argument must be a command, such as diagnose"));
    if (Command *command = registry.find(first))
        return command->run(arguments.mid(1));
    return unknownCommand(registry, first);
}
