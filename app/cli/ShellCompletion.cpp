// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellCompletion.h"

#include "CommandRegistry.h"

namespace {

QString longName(const QCommandLineOption &option)
{
    return option.names().constLast();
}

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// Text inside a single-quoted shell word.
QString singleQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// A description inside an _arguments spec's [...] or after _describe's
// colon: brackets, colons and backslashes are the spec's own.
QString zshDescription(const QString &text)
{
    QString escaped;
    for (const QChar c : text.simplified()) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('[') || c == QLatin1Char(']')
            || c == QLatin1Char(':'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QStringList commandNames(const CommandRegistry &registry)
{
    QStringList names;
    for (const auto &command : registry.commands())
        names.append(command->name());
    return names;
}

} // namespace

ShellCompletion::ValueKind ShellCompletion::valueKind(const Command &command,
                                                      const QString &optionName)
{
    for (const QCommandLineOption &option : command.allOptions()) {
        if (longName(option) != optionName)
            continue;
        if (option.valueName().isEmpty())
            return ValueKind::None;
        if (!command.valueChoices(optionName).isEmpty())
            return ValueKind::Choices;
        if (option.valueName() == QLatin1String("FILE"))
            return ValueKind::File;
        if (option.valueName() == QLatin1String("VAR"))
            return ValueKind::Variable;
        return ValueKind::Free;
    }
    return ValueKind::None;
}

QString ShellCompletion::bash(const CommandRegistry &registry)
{
    const QStringList commands = commandNames(registry);
    QString script
        = QStringLiteral(
              "# bash completion for smtp-doctor-cli, generated from its option "
              "definitions (smtp-doctor-cli generate bash).\n"
              "_smtp_doctor_cli()\n"
              "{\n"
              "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
              "    local options\n"
              "    COMPREPLY=()\n"
              "    if [[ $COMP_CWORD -eq 1 ]]; then\n"
              "        COMPREPLY=($(compgen -W %1 -- \"$cur\"))\n"
              "        return\n"
              "    fi\n"
              "    case ${COMP_WORDS[1]} in\n"
              "    help)\n"
              "        [[ $COMP_CWORD -eq 2 ]] && COMPREPLY=($(compgen -W %2 -- "
              "\"$cur\"))\n"
              "        return\n"
              "        ;;\n")
              .arg(singleQuoted((commands
                                 + QStringList{QStringLiteral("help"),
                                               QStringLiteral("--help"),
                                               QStringLiteral("--version")})
                                    .join(QLatin1Char(' '))),
                   singleQuoted(commands.join(QLatin1Char(' '))));
    for (const auto &command : registry.commands()) {
        QStringList longOptions;
        QMap<ValueKind, QStringList> byKind;
        QString choiceCases;
        for (const QCommandLineOption &option : command->allOptions()) {
            const QString name = longName(option);
            longOptions.append(dashed(name));
            const ValueKind kind = valueKind(*command, name);
            if (kind == ValueKind::Choices) {
                choiceCases += QStringLiteral(
                                   "        %1)\n"
                                   "            COMPREPLY=($(compgen -W %2 -- \"$cur\"))\n"
                                   "            return\n"
                                   "            ;;\n")
                                   .arg(dashed(name),
                                        singleQuoted(
                                            command->valueChoices(name).join(QLatin1Char(' '))));
            } else if (kind != ValueKind::None) {
                byKind[kind].append(dashed(name));
            }
        }
        script += QStringLiteral("    %1)\n        case $prev in\n").arg(command->name());
        script += choiceCases;
        if (!byKind.value(ValueKind::File).isEmpty())
            script += QStringLiteral("        %1)\n"
                                     "            compopt -o filenames 2>/dev/null\n"
                                     "            COMPREPLY=($(compgen -f -- \"$cur\"))\n"
                                     "            return\n"
                                     "            ;;\n")
                          .arg(byKind.value(ValueKind::File).join(QLatin1Char('|')));
        if (!byKind.value(ValueKind::Variable).isEmpty())
            script += QStringLiteral("        %1)\n"
                                     "            COMPREPLY=($(compgen -e -- \"$cur\"))\n"
                                     "            return\n"
                                     "            ;;\n")
                          .arg(byKind.value(ValueKind::Variable).join(QLatin1Char('|')));
        // A host, a port, an address: the user's own, nothing to offer.
        if (!byKind.value(ValueKind::Free).isEmpty())
            script += QStringLiteral("        %1)\n"
                                     "            return\n"
                                     "            ;;\n")
                          .arg(byKind.value(ValueKind::Free).join(QLatin1Char('|')));
        script += QStringLiteral("        esac\n");
        // The words after the options (explain's ID), when they are a known set.
        QStringList argumentChoices;
        for (const Command::Argument &argument : command->arguments())
            argumentChoices += argument.choices;
        if (!argumentChoices.isEmpty())
            script += QStringLiteral("        if [[ $cur != -* ]]; then\n"
                                     "            COMPREPLY=($(compgen -W %1 -- \"$cur\"))\n"
                                     "            return\n"
                                     "        fi\n")
                          .arg(singleQuoted(argumentChoices.join(QLatin1Char(' '))));
        script += QStringLiteral("        options=%1\n        ;;\n")
                      .arg(singleQuoted(longOptions.join(QLatin1Char(' '))));
    }
    script += QStringLiteral("    *)\n"
                             "        return\n"
                             "        ;;\n"
                             "    esac\n"
                             "    COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
                             "}\n"
                             "complete -F _smtp_doctor_cli smtp-doctor-cli\n");
    return script;
}

QString ShellCompletion::zshFunction(const QString &language, const CommandRegistry &registry)
{
    QString described;
    for (const auto &command : registry.commands())
        described += QStringLiteral("        %1\n")
                         .arg(singleQuoted(command->name() + QLatin1Char(':')
                                           + zshDescription(command->description())));
    QString function = QStringLiteral("_smtp_doctor_cli_%1() {\n"
                                      "    local -a commands\n"
                                      "    commands=(\n%2    )\n"
                                      "    if (( CURRENT == 2 )); then\n"
                                      "        _describe -t commands command commands\n"
                                      "        return\n"
                                      "    fi\n"
                                      "    local command=$words[2]\n"
                                      "    # From here on the command is words[1], as _arguments "
                                      "expects.\n"
                                      "    shift words\n"
                                      "    (( CURRENT-- ))\n"
                                      "    case $command in\n"
                                      "    help)\n"
                                      "        (( CURRENT == 2 )) && _describe -t commands "
                                      "command commands\n"
                                      "        ;;\n")
                           .arg(language, described);
    for (const auto &command : registry.commands()) {
        function += QStringLiteral("    %1)\n        _arguments -s \\\n").arg(command->name());
        for (const QCommandLineOption &option : command->allOptions()) {
            const QString name = longName(option);
            const ValueKind kind = valueKind(*command, name);
            const bool takesValue = kind != ValueKind::None;
            QStringList forms;
            for (const QString &each : option.names())
                forms.append(dashed(each)
                             + (takesValue
                                    ? (each.size() == 1 ? QStringLiteral("+") : QStringLiteral("="))
                                    : QString()));
            QString action;
            switch (kind) {
            case ValueKind::Choices:
                action = QLatin1Char('(') + command->valueChoices(name).join(QLatin1Char(' '))
                         + QLatin1Char(')');
                break;
            case ValueKind::File:
                action = QStringLiteral("_files");
                break;
            case ValueKind::Variable:
                action = QStringLiteral("_parameters -g \"*export*\"");
                break;
            case ValueKind::Free:
            case ValueKind::None:
                action = QStringLiteral(" ");
                break;
            }
            const QString tail = QLatin1Char('[') + zshDescription(option.description())
                                 + QLatin1Char(']')
                                 + (takesValue
                                        ? QLatin1Char(':') + zshDescription(option.valueName())
                                              + QLatin1Char(':') + action
                                        : QString());
            QString spec;
            if (forms.size() == 1) {
                spec = singleQuoted(forms.constFirst() + tail);
            } else {
                QStringList plain;
                for (const QString &each : option.names())
                    plain.append(dashed(each));
                spec = singleQuoted(QLatin1Char('(') + plain.join(QLatin1Char(' '))
                                    + QLatin1Char(')'))
                       + QLatin1Char('{') + forms.join(QLatin1Char(',')) + QLatin1Char('}')
                       + singleQuoted(tail);
            }
            function += QStringLiteral("            %1 \\\n").arg(spec);
        }
        int position = 0;
        for (const Command::Argument &argument : command->arguments()) {
            ++position;
            const QString action = argument.choices.isEmpty()
                                       ? QStringLiteral(" ")
                                       : QLatin1Char('(') + argument.choices.join(QLatin1Char(' '))
                                             + QLatin1Char(')');
            function += QStringLiteral("            %1 \\\n")
                            .arg(singleQuoted(QString::number(position) + QLatin1Char(':')
                                              + zshDescription(argument.description)
                                              + QLatin1Char(':') + action));
        }
        function += QStringLiteral("            && return\n        ;;\n");
    }
    function += QStringLiteral("    esac\n}\n\n");
    return function;
}

QString ShellCompletion::zsh(const QList<std::pair<QString, const CommandRegistry *>> &languages)
{
    QString script = QStringLiteral("#compdef smtp-doctor-cli\n"
                                    "# zsh completion for smtp-doctor-cli, generated from its "
                                    "option definitions (smtp-doctor-cli generate zsh).\n\n");
    for (const auto &[language, registry] : languages)
        script += zshFunction(language, *registry);
    script += QStringLiteral("_smtp_doctor_cli() {\n"
                             "    case ${LC_ALL:-${LC_MESSAGES:-$LANG}} in\n");
    for (const auto &[language, registry] : languages.mid(1))
        script += QStringLiteral("    %1*) _smtp_doctor_cli_%1 \"$@\" ;;\n").arg(language);
    script += QStringLiteral("    *) _smtp_doctor_cli_%1 \"$@\" ;;\n"
                             "    esac\n"
                             "}\n\n"
                             "_smtp_doctor_cli \"$@\"\n")
                  .arg(languages.value(0).first);
    return script;
}
