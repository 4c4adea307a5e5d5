// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeneratedFiles.h"

#include "CommandRegistry.h"
#include "ManPage.h"
#include "ShellCompletion.h"

#include <QSaveFile>
#include <QTextStream>

#include <memory>

bool GeneratedFiles::isRequest(const QStringList &arguments)
{
    return arguments.value(0) == QLatin1String("generate");
}

int GeneratedFiles::write(const QStringList &arguments,
                          const std::function<bool(const QString &)> &installLanguage)
{
    QStringList words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang"))
            ++i; // main() has installed that language already
        else if (!arguments.at(i).startsWith(QLatin1String("--lang=")))
            words.append(arguments.at(i));
    }
    const QString kind = words.value(0);
    const QString fileName = words.value(1);
    if (words.size() != 2)
        return Command::unusable(
            QStringLiteral("usage: smtp-doctor-cli generate man|wizard-man|bash|zsh FILE"));

    const CommandRegistry registry;
    QString text;
    QString error;
    if (kind == QLatin1String("man")) {
        text = ManPage::cli(registry, &error);
    } else if (kind == QLatin1String("wizard-man")) {
        text = ManPage::wizard();
    } else if (kind == QLatin1String("bash")) {
        text = ShellCompletion::bash(registry);
    } else if (kind == QLatin1String("zsh")) {
        // The registry's texts are translated when it is made: one per language.
        std::vector<std::unique_ptr<CommandRegistry>> translated;
        QList<std::pair<QString, const CommandRegistry *>> languages{
            {QStringLiteral("en"), &registry}};
        for (const QString &language : Command::translatedLanguages()) {
            if (language == QLatin1String("en"))
                continue;
            if (!installLanguage(language))
                return Command::unusable(QStringLiteral("no translation for %1").arg(language));
            translated.push_back(std::make_unique<CommandRegistry>());
            languages.append({language, translated.back().get()});
        }
        text = ShellCompletion::zsh(languages);
    } else {
        error = QStringLiteral("nothing to generate called \"%1\"").arg(kind);
    }
    if (text.isEmpty())
        return Command::unusable(error);

    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return Command::unusable(
            QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString()));
    return Command::NoFailure;
}
