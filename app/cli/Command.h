// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// One command of smtp-doctor-cli (after KeePassXC's src/cli/Command): its
// name, a one-line description for the command list, its options, and its
// run. The base parses, answers --help, and turns unusable arguments into
// one line of reason and exit status 2, the same way for every command.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    // The exit statuses of every command, listed in --help and the man page.
    enum ExitStatus { NoFailure = 0, FailureFound = 1, UnusableArguments = 2 };

    virtual ~Command() = default;

    QString name() const { return m_name; }
    QString description() const { return m_description; }
    // Every option of the command, in the order --help lists them.
    const QList<QCommandLineOption> &options() const { return m_options; }
    // What the command parses: its options, then --lang and --help, which
    // every command has. The help, the man page and the completion read this.
    QList<QCommandLineOption> allOptions() const;
    // The values an option takes when they are a fixed set (--security,
    // --format, --lang...), keyed by the option's long name; for the
    // completion and the man page.
    QStringList valueChoices(const QString &optionName) const;
    QString helpText() const;
    // The words a command takes after its options (explain's ID).
    struct Argument
    {
        QString name;
        QString description;
        QStringList choices;
    };
    const QList<Argument> &arguments() const { return m_arguments; }

    // `arguments` without the program name and the command word.
    int run(const QStringList &arguments);

    // Prints "smtp-doctor-cli: reason" and where to find help; returns 2.
    static int unusable(const QString &reason, const QString &command = {});
    // The exit status table, as --help and the man page print it.
    static QList<std::pair<int, QString>> exitStatuses();
    // What --lang takes: en (the source), then each translation built in.
    static QStringList translatedLanguages();

protected:
    Command(const QString &name, const QString &description);

    void addOptions(const QList<QCommandLineOption> &options);
    // The command takes words after its options ("ID"); read() finds them in
    // the parser's positionalArguments(). Without this, any word is refused.
    // `choices`: the values it takes when they are a known set (the
    // completion offers them).
    void addArgument(const QString &name,
                     const QString &description,
                     const QStringList &choices = {});
    using ValueChoices = QHash<QString, QStringList>;
    void addValueChoices(const ValueChoices &choices);
    // Reads the parsed options into the command; returns why they are
    // unusable, or nothing.
    virtual QString read(const QCommandLineParser &parser) = 0;
    // Does the work; returns the exit status.
    virtual int execute() = 0;

private:
    QString m_name;
    QString m_description;
    QList<QCommandLineOption> m_options;
    QList<Argument> m_arguments;
    ValueChoices m_valueChoices;
};
