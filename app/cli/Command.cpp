// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include <QDir>
#include <QTextStream>

namespace {

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              Command::tr("Show this command's options."));
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(QStringLiteral("lang"),
                              Command::tr("Language of the messages and the report, such as fr."),
                              QStringLiteral("LANG"));
}

} // namespace

// One per :/i18n/smtp-doctor_LANG.qm, besides English.
QStringList Command::translatedLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n"))
                                  .entryList({QStringLiteral("smtp-doctor_*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(12, file.size() - 15));
    return languages;
}

Command::Command(const QString &name, const QString &description)
    : m_name(name)
    , m_description(description)
{}

void Command::addOptions(const QList<QCommandLineOption> &options)
{
    m_options += options;
}

void Command::addArgument(const QString &name,
                          const QString &description,
                          const QStringList &choices)
{
    m_arguments.append({name, description, choices});
}

void Command::addValueChoices(const ValueChoices &choices)
{
    m_valueChoices.insert(choices);
}

QList<QCommandLineOption> Command::allOptions() const
{
    return m_options + QList<QCommandLineOption>{languageOption(), helpOption()};
}

QStringList Command::valueChoices(const QString &optionName) const
{
    if (optionName == languageOption().names().constFirst())
        return translatedLanguages();
    return m_valueChoices.value(optionName);
}

QString Command::helpText() const
{
    QCommandLineParser parser;
    parser.addOptions(allOptions());
    for (const Argument &argument : m_arguments)
        parser.addPositionalArgument(argument.name, argument.description);
    // The parser's own usage line names neither the command nor its purpose.
    QString options = parser.helpText();
    options = options.mid(options.indexOf(QLatin1Char('\n')) + 1).trimmed();
    QStringList usage{m_name};
    for (const auto &argument : m_arguments)
        usage.append(argument.name);
    QString text = tr("Usage: smtp-doctor-cli %1 [options]").arg(usage.join(QLatin1Char(' ')))
                   + QStringLiteral("\n") + m_description + QStringLiteral("\n\n") + options
                   + QStringLiteral("\n\n") + tr("Exit status:") + QLatin1Char('\n');
    for (const auto &[status, meaning] : exitStatuses())
        text += QStringLiteral("  %1  %2\n").arg(status).arg(meaning);
    return text;
}

QList<std::pair<int, QString>> Command::exitStatuses()
{
    return {{NoFailure, tr("no failure found")},
            {FailureFound, tr("at least one failure found")},
            {UnusableArguments, tr("unusable arguments, or the report could not be written")}};
}

int Command::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(allOptions());
    const QCommandLineOption help = helpOption();
    if (!parser.parse(QStringList{QCoreApplication::applicationName()} + arguments))
        return unusable(parser.errorText(), m_name);
    if (parser.isSet(help)) {
        QTextStream(stdout) << helpText();
        return NoFailure;
    }
    if (m_arguments.isEmpty() && !parser.positionalArguments().isEmpty())
        return unusable(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()),
                        m_name);
    if (const QString reason = read(parser); !reason.isEmpty())
        return unusable(reason, m_name);
    return execute();
}

int Command::unusable(const QString &reason, const QString &command)
{
    QTextStream(stderr) << "smtp-doctor-cli: " << reason << '\n'
                        << (command.isEmpty() ? tr("Try: smtp-doctor-cli --help")
                                              : tr("Try: smtp-doctor-cli %1 --help").arg(command))
                        << '\n';
    return UnusableArguments;
}
