// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// The shell completions that the build generates from the option
// definitions (app/cli/ShellCompletion.cpp), driven for real: bash runs
// the completion function on a command line, and the answers are checked.
class TestCompletion : public QObject
{
    Q_OBJECT
private slots:
    void bash_data();
    void bash();
    void zshScript();

private:
    static QString file(const char *name)
    {
        return QStringLiteral(SMTP_DOCTOR_COMPLETION_DIR "/") + QString::fromLatin1(name);
    }
};

void TestCompletion::bash_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("commands") << QStringList{"smtp-doctor-cli", ""}
                              << QStringList{"diagnose", "watch", "discover", "spf", "help"}
                              << QStringList{"generate", "--host"};
    QTest::newRow("command prefix") << QStringList{"smtp-doctor-cli", "di"}
                                    << QStringList{"diagnose", "discover"} << QStringList{"watch"};
    QTest::newRow("help COMMAND") << QStringList{"smtp-doctor-cli", "help", "w"}
                                  << QStringList{"watch"} << QStringList{"diagnose"};
    QTest::newRow("diagnose options")
        << QStringList{"smtp-doctor-cli", "diagnose", "--host", "h", "--"}
        << QStringList{"--host",
                       "--port",
                       "--security",
                       "--ports",
                       "--control-host",
                       "--password-env",
                       "--format",
                       "--output",
                       "--quiet",
                       "--color",
                       "--lang",
                       "--help"}
        << QStringList{"--ip", "--count"};
    QTest::newRow("watch options")
        << QStringList{"smtp-doctor-cli", "watch", "--c"}
        << QStringList{"--count", "--ca-file", "--color"} << QStringList{"--control-host"};
    QTest::newRow("spf has no --color")
        << QStringList{"smtp-doctor-cli", "spf", "--"}
        << QStringList{"--ip", "--domain", "--format"} << QStringList{"--color", "--security"};
    QTest::newRow("message options")
        << QStringList{"smtp-doctor-cli", "message", "--"}
        << QStringList{"--file", "--offline", "--dnsbl", "--no-dnsbl", "--resolver"}
        << QStringList{"--host"};
    QTest::newRow("--security") << QStringList{"smtp-doctor-cli", "diagnose", "--security", ""}
                                << QStringList{"none", "starttls", "tls"} << QStringList{"--host"};
    QTest::newRow("--security s") << QStringList{"smtp-doctor-cli", "watch", "--security", "s"}
                                  << QStringList{"starttls"} << QStringList{"none", "tls"};
    QTest::newRow("--backup-security")
        << QStringList{"smtp-doctor-cli", "diagnose", "--backup-security", "t"}
        << QStringList{"tls"} << QStringList{"none"};
    QTest::newRow("diagnose --format")
        << QStringList{"smtp-doctor-cli", "diagnose", "--format", ""}
        << QStringList{"text", "markdown", "json", "html"} << QStringList{};
    QTest::newRow("spf --format") << QStringList{"smtp-doctor-cli", "spf", "--format", ""}
                                  << QStringList{"text", "json"} << QStringList{"markdown", "html"};
    QTest::newRow("--color") << QStringList{"smtp-doctor-cli", "diagnose", "--color", ""}
                             << QStringList{"auto", "always", "never"} << QStringList{};
    QTest::newRow("--lang") << QStringList{"smtp-doctor-cli", "discover", "--lang", ""}
                            << QStringList{"en", "fr"} << QStringList{};
    QTest::newRow("explain ID") << QStringList{"smtp-doctor-cli", "explain", "net.fil"}
                                << QStringList{"net.filtered"} << QStringList{"net.open"};
    QTest::newRow("explain options")
        << QStringList{"smtp-doctor-cli", "explain", "--"} << QStringList{"--list", "--format"}
        << QStringList{"net.filtered", "--quiet", "--color"};
    QTest::newRow("explain --format")
        << QStringList{"smtp-doctor-cli", "explain", "--format", ""}
        << QStringList{"text", "json", "markdown"} << QStringList{"html"};
    QTest::newRow("--host is the user's")
        << QStringList{"smtp-doctor-cli", "diagnose", "--host", ""} << QStringList{}
        << QStringList{"--host", "none"};
    QTest::newRow("--password-env VAR")
        << QStringList{"smtp-doctor-cli", "diagnose", "--password-env", "SMTP_DOCTOR_TEST_PASS"}
        << QStringList{"SMTP_DOCTOR_TEST_PASSWORD"} << QStringList{};
}

void TestCompletion::bash()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    QVERIFY2(QFile::exists(file("smtp-doctor-cli")), qPrintable(file("smtp-doctor-cli")));
    // The words go in as positional parameters: no quoting to get wrong.
    const QString script = QStringLiteral(
        "source \"$0\" || exit 3\n"
        "complete -p smtp-doctor-cli >/dev/null || exit 4\n"
        "COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 ))\n"
        "COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}\n"
        "_smtp_doctor_cli smtp-doctor-cli \"${COMP_WORDS[COMP_CWORD]}\" "
        "\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
    QProcess bash;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SMTP_DOCTOR_TEST_PASSWORD"), QStringLiteral("x"));
    bash.setProcessEnvironment(environment);
    bash.start(
        QStringLiteral("bash"),
        QStringList{QStringLiteral("--norc"), QStringLiteral("-c"), script, file("smtp-doctor-cli")}
            + words);
    QVERIFY(bash.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(bash.readAllStandardError()), QString());
    QCOMPARE(bash.exitCode(), 0);
    const QStringList answers = QString::fromUtf8(bash.readAllStandardOutput())
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &answer : expected)
        QVERIFY2(answers.contains(answer),
                 qPrintable(answer + QStringLiteral(" not in ") + answers.join(' ')));
    for (const QString &answer : absent)
        QVERIFY2(!answers.contains(answer),
                 qPrintable(answer + QStringLiteral(" in ") + answers.join(' ')));
    if (expected.isEmpty())
        QVERIFY2(answers.isEmpty(), qPrintable(answers.join(' ')));
}

void TestCompletion::zshScript()
{
    const QString zsh = QStandardPaths::findExecutable(QStringLiteral("zsh"));
    if (zsh.isEmpty())
        QSKIP("zsh is not installed (installer/setup.sh test installs it): the zsh completion "
              "is not checked");
    const QString script = file("_smtp-doctor-cli");
    QFile source(script);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray text = source.readAll();
    QVERIFY(text.startsWith("#compdef smtp-doctor-cli\n"));
    // French descriptions where the translation has them.
    QVERIFY(text.contains("_smtp_doctor_cli_fr()"));
    // zsh parses it (-n: no execution).
    QProcess parse;
    parse.start(zsh, {QStringLiteral("-n"), script});
    QVERIFY(parse.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(parse.readAllStandardError()), QString());
    QCOMPARE(parse.exitCode(), 0);

    // And completes for real: compinit loads it from fpath, and a widget
    // bound to ^T lists what completing the typed line offers (list-choices,
    // as ^D does). zpty gives zsh the terminal that its line editor needs.
    // compinit -D writes no dump file: a later -d FILE would turn the dump
    // back on, and compdump's mv, run as root, replaced /dev/null with it.
    const QString driver = QStringLiteral(R"ZSH(
zmodload zsh/zpty || exit 3
zpty z zsh -f -i
zpty -w z "PS1=''; fpath=($1 \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "LISTMAX=1000; zle -C list-all list-choices _main_complete; bindkey '^T' list-all"
zpty -w -n z "$2"$'\x14'
sleep 2
out=
while zpty -rt z line 2>/dev/null; do out+=$line; done
zpty -d z
print -r -- "$out"
)ZSH");
    struct Case
    {
        QString line;
        QStringList expected;
        QString language = QStringLiteral("C.UTF-8");
    };
    const QList<Case> cases{
        {QStringLiteral("smtp-doctor-cli "), {"diagnose", "watch", "discover", "spf"}},
        {QStringLiteral("smtp-doctor-cli diagnose --sec"), {"--security"}},
        {QStringLiteral("smtp-doctor-cli diagnose --security "), {"none", "starttls", "tls"}},
        {QStringLiteral("smtp-doctor-cli watch --format "), {"markdown", "html"}},
        {QStringLiteral("smtp-doctor-cli explain net.fil"), {"net.filtered"}},
        {QStringLiteral("smtp-doctor-cli "),
         {"Finds out why mail cannot be sent through an SMTP server."}},
        // The descriptions in French under a French locale.
        {QStringLiteral("smtp-doctor-cli "), {"Trouve pourquoi"}, QStringLiteral("fr_FR.UTF-8")},
    };
    for (const Case &each : cases) {
        QProcess run;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANG"), each.language);
        environment.remove(QStringLiteral("LC_ALL"));
        run.setProcessEnvironment(environment);
        run.start(zsh,
                  {QStringLiteral("-f"),
                   QStringLiteral("-c"),
                   driver,
                   QStringLiteral("zsh"),
                   QStringLiteral(SMTP_DOCTOR_COMPLETION_DIR),
                   each.line});
        QVERIFY(run.waitForFinished(20000));
        const QString out = QString::fromUtf8(run.readAllStandardOutput());
        for (const QString &word : each.expected)
            QVERIFY2(out.contains(word),
                     qPrintable(each.line + QStringLiteral(": ") + word
                                + QStringLiteral(" not in:\n") + out));
    }
}

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
