// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

// The man pages that the build generates from the option definitions
// (app/cli/ManPage.cpp): groff and man render them without one warning,
// lexgrog finds their NAME line, and they hold every command and option
// that --help shows, the exit statuses, ENVIRONMENT, FILES and EXAMPLES.
class TestManPages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rendersWithoutWarning_data();
    void rendersWithoutWarning();
    void everyCommandAndOption_data();
    void everyCommandAndOption();
    void sections_data();
    void sections();
    void wizardOptions();

private:
    struct Output
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Output run(const QString &program,
                      const QStringList &arguments,
                      const QStringList &environment = {});
    static QString page(const QString &language, const QString &name);
    // The page as man shows it on an 80-column terminal, as plain text.
    static QString rendered(const QString &file);
};

TestManPages::Output TestManPages::run(const QString &program,
                                       const QStringList &arguments,
                                       const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : environment)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Output output;
    if (!process.waitForFinished(30000))
        return output;
    output.exitCode = process.exitCode();
    output.out = process.readAllStandardOutput();
    output.err = process.readAllStandardError();
    return output;
}

QString TestManPages::page(const QString &language, const QString &name)
{
    const QString dir = QStringLiteral(SMTP_DOCTOR_MAN_DIR)
                        + (language == QLatin1String("en") ? QString()
                                                           : QLatin1Char('/') + language);
    return dir + QLatin1Char('/') + name + QStringLiteral(".1");
}

QString TestManPages::rendered(const QString &file)
{
    const Output output = run(
        QStringLiteral("man"),
        {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("UTF-8"), file},
        {QStringLiteral("MANWIDTH=80"),
         QStringLiteral("MAN_KEEP_FORMATTING="),
         QStringLiteral("LC_ALL=C.UTF-8"),
         QStringLiteral("MANPAGER=cat"),
         QStringLiteral("PAGER=cat")});
    // Without a terminal, man prints plain text (no bold by overstrike
    // once col -b has run, which man-db does for a pipe).
    return QString::fromUtf8(output.out).remove(QRegularExpression(QStringLiteral(".\b")));
}

void TestManPages::initTestCase()
{
    for (const char *tool : {"groff", "man", "lexgrog"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed (groff-base, man-db: "
                                            "installer/setup.sh test installs them)")
                                 .arg(QString::fromLatin1(tool))));
    }
    QVERIFY2(!qEnvironmentVariable("SMTP_DOCTOR_CLI").isEmpty(), "run through ctest");
}

void TestManPages::rendersWithoutWarning_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    for (const char *language : {"en", "fr"}) {
        for (const char *name : {"smtp-doctor-cli", "smtp-doctor"}) {
            QTest::addRow("%s %s", language, name)
                << page(QString::fromLatin1(language), QString::fromLatin1(name))
                << QString::fromLatin1(name);
        }
    }
}

void TestManPages::rendersWithoutWarning()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QVERIFY2(QFile::exists(file), qPrintable(file));
    // -ww: every warning; -z: no output, only the diagnostics.
    const Output groff = run(
        QStringLiteral("groff"),
        {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"), file});
    QCOMPARE(groff.exitCode, 0);
    QCOMPARE(QString::fromUtf8(groff.err), QString());
    const Output man = run(QStringLiteral("man"),
                           {QStringLiteral("--warnings"),
                            QStringLiteral("-E"),
                            QStringLiteral("UTF-8"),
                            QStringLiteral("-l"),
                            file},
                           {QStringLiteral("MANWIDTH=80"),
                            QStringLiteral("LC_ALL=C.UTF-8"),
                            QStringLiteral("MANPAGER=cat")});
    QCOMPARE(man.exitCode, 0);
    QCOMPARE(QString::fromUtf8(man.err), QString());
    QVERIFY(man.out.size() > 1000);
    // lexgrog (what mandb and apropos use) finds "name - summary".
    const Output lexgrog = run(QStringLiteral("lexgrog"), {file});
    QCOMPARE(lexgrog.exitCode, 0);
    QVERIFY2(lexgrog.out.contains(QStringLiteral("\"%1 - ").arg(name).toUtf8()),
             lexgrog.out.constData());
    // The gzip'd copy that is installed is the same page.
    QFile gz(file + QStringLiteral(".gz"));
    QVERIFY2(gz.exists(), qPrintable(gz.fileName()));
}

void TestManPages::everyCommandAndOption_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("fr") << "fr";
}

void TestManPages::everyCommandAndOption()
{
    QFETCH(QString, language);
    const QString text = rendered(page(language, QStringLiteral("smtp-doctor-cli")));
    const QString cli = qEnvironmentVariable("SMTP_DOCTOR_CLI");
    // The command list of --help names the commands: two spaces, a name.
    const Output list = run(cli, {QStringLiteral("--help"), QStringLiteral("--lang"), language});
    QCOMPARE(list.exitCode, 0);
    const QString listText = QString::fromUtf8(list.out);
    const QString commandsBlock = listText.section(QStringLiteral("\n\n"), 1, 1);
    QStringList commands;
    for (const QString &line : commandsBlock.split(QLatin1Char('\n')).mid(1)) {
        const QString name = line.trimmed().section(QLatin1Char(' '), 0, 0);
        if (!name.isEmpty())
            commands.append(name);
    }
    QVERIFY2(commands.contains(QStringLiteral("diagnose")), qPrintable(listText));
    QVERIFY(commands.size() >= 4);
    for (const QString &command : std::as_const(commands)) {
        // A subsection per command: its name alone on a line, indented by 3.
        QVERIFY2(text.contains(QStringLiteral("\n   ") + command + QLatin1Char('\n')),
                 qPrintable(command));
        const Output help = run(
            cli, {command, QStringLiteral("--help"), QStringLiteral("--lang"), language});
        QCOMPARE(help.exitCode, 0);
        const QString section = text.section(QStringLiteral("\n   ") + command + QLatin1Char('\n'),
                                             1)
                                    .section(QRegularExpression(QStringLiteral("\n   \\S")), 0, 0);
        const QRegularExpression optionName(QStringLiteral("(?:^|[ ,])(--[a-z][a-z-]+)"),
                                            QRegularExpression::MultilineOption);
        int count = 0;
        for (const QString &line : QString::fromUtf8(help.out).split(QLatin1Char('\n'))) {
            // The options are the lines that start with "  -".
            if (!line.startsWith(QLatin1String("  -")))
                continue;
            const QString option = optionName.match(line).captured(1);
            QVERIFY2(section.contains(QLatin1Char('\n') + QString(7, QLatin1Char(' ')) + option)
                         || section.contains(QStringLiteral(", ") + option),
                     qPrintable(command + QLatin1Char(' ') + option));
            ++count;
        }
        QVERIFY2(count >= 4, qPrintable(command));
    }
    // The values of the options with a fixed set are listed.
    QVERIFY(text.contains(QStringLiteral("none, starttls, tls.")));
    QVERIFY(text.contains(QStringLiteral("auto, always, never.")));
}

void TestManPages::sections_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("headings");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("en") << "en"
                        << QStringList{"NAME",
                                       "SYNOPSIS",
                                       "DESCRIPTION",
                                       "COMMANDS",
                                       "EXIT STATUS",
                                       "ENVIRONMENT",
                                       "FILES",
                                       "EXAMPLES",
                                       "SEE ALSO"}
                        << QStringList{"at least one failure found",
                                       "no failure found",
                                       "--password-env VAR",
                                       "--token-env VAR"};
    QTest::newRow("fr") << "fr"
                        << QStringList{"NOM",
                                       "SYNOPSIS",
                                       "DESCRIPTION",
                                       "COMMANDES",
                                       "CODE DE RETOUR",
                                       "ENVIRONNEMENT",
                                       "FICHIERS",
                                       "EXEMPLES",
                                       "VOIR AUSSI"}
                        << QStringList{
                               "aucun échec trouvé", "--password-env VAR", "--token-env VAR"};
}

void TestManPages::sections()
{
    QFETCH(QString, language);
    QFETCH(QStringList, headings);
    QFETCH(QStringList, phrases);
    const QString text = rendered(page(language, QStringLiteral("smtp-doctor-cli")));
    for (const QString &heading : headings)
        QVERIFY2(text.contains(QLatin1Char('\n') + heading + QLatin1Char('\n')),
                 qPrintable(heading));
    for (const QString &phrase : phrases)
        QVERIFY2(text.contains(phrase), qPrintable(phrase));
    // Exit statuses 0, 1 and 2 as tags; the variables a user may set.
    for (int status : {0, 1, 2}) {
        const QRegularExpression tag(QStringLiteral("\n {7}%1\\s").arg(status));
        QVERIFY2(text.contains(tag), qPrintable(QString::number(status)));
    }
    for (const char *variable :
         {"NO_COLOR", "SMTP_DOCTOR_CA_BUNDLE", "SMTP_DOCTOR_DEFAULT_CONTROL_HOST", "history/"})
        QVERIFY2(text.contains(QString::fromLatin1(variable)), variable);
    // Examples are real command lines of the commands they name.
    QVERIFY(text.contains(QStringLiteral("smtp-doctor-cli diagnose --host smtp.example.com --port "
                                         "587 --security starttls")));
    // A command's own words after its options (explain ID).
    QVERIFY(text.contains(QStringLiteral("smtp-doctor-cli explain [options] ID")));
}

void TestManPages::wizardOptions()
{
    // The wizard's page lists what its --help lists (WizardOptions).
    for (const char *language : {"en", "fr"}) {
        const QString text = rendered(
            page(QString::fromLatin1(language), QStringLiteral("smtp-doctor")));
        for (const char *option : {"--lang LANG", "-v, --version", "-h, --help"})
            QVERIFY2(text.contains(QString::fromLatin1(option)), option);
        QVERIFY(text.contains(QStringLiteral("smtp-doctor-cli(1)")));
    }
}

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
