// smtp-doctor-cli: the SMTP Doctor engine without a screen, to run the same
// diagnosis on the web server itself, or in scripts.

#include "DiagnoseOptions.h"
#include "DiscoverCommand.h"
#include "SpfCommand.h"
#include "WatchCommand.h"

#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "profile/ProfileRun.h"
#include "report/Report.h"
#include "report/TextReport.h"
#include "core/Version.h"
#include "tls/CaBundle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <unistd.h>

namespace {

constexpr int exitNoFailure = 0;
constexpr int exitFailureFound = 1;
constexpr int exitUnusableArguments = 2;

int unusable(const QString &reason)
{
    QTextStream(stderr) << "smtp-doctor-cli: " << reason << '\n'
                        << QCoreApplication::translate("main", "Try: smtp-doctor-cli --help")
                        << '\n';
    return exitUnusableArguments;
}

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

bool writeOutput(const QString &fileName, const QByteArray &data)
{
    if (fileName.isEmpty()) {
        return std::fwrite(data.constData(), 1, data.size(), stdout) == size_t(data.size());
    }
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smtp-doctor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTP_DOCTOR_VERSION));
    // The portable CLI's launcher names the host's CA bundle, or its own.
    CaBundle::installFromEnvironment();

    const QStringList arguments = QCoreApplication::arguments();
    // The system's language for every command and its --help; diagnose's
    // --lang, read below, replaces it.
    if (!arguments.contains(QLatin1String("--lang")))
        loadTranslation(app, QString());
    // The other commands look things up without a diagnosis; each has its own --help.
    if (arguments.value(1) == QLatin1String("discover"))
        return DiscoverCommand::run(arguments.mid(0, 1) + arguments.mid(2));
    if (arguments.value(1) == QLatin1String("spf"))
        return SpfCommand::run(arguments.mid(0, 1) + arguments.mid(2));
    if (arguments.value(1) == QLatin1String("watch"))
        return WatchCommand::run(arguments.mid(0, 1) + arguments.mid(2));

    if (arguments.size() == 1 || arguments.contains(QLatin1String("--help"))
        || arguments.contains(QLatin1String("-h"))) {
        QTextStream(stdout) << DiagnoseOptions::usage() << '\n'
                            << QCoreApplication::translate(
                                   "main",
                                   "Other commands (each with --help):\n"
                                   "  discover --domain D      the submission settings published "
                                   "for a mail domain\n"
                                   "  spf --domain D --ip A    the SPF verdict for a sending "
                                   "address, with its trail\n"
                                   "  watch --host H --count N  the same session repeated: "
                                   "success ratio, latency, rate limits\n");
        return arguments.size() == 1 ? exitUnusableArguments : exitNoFailure;
    }
    if (arguments.size() == 2
        && (arguments.at(1) == QLatin1String("--version")
            || arguments.at(1) == QLatin1String("-v"))) {
        QTextStream(stdout) << "smtp-doctor-cli " << SMTP_DOCTOR_VERSION << '\n';
        return exitNoFailure;
    }

    QString error;
    const auto options = DiagnoseOptions::parse(arguments, &error);
    if (!options)
        return unusable(error);
    if (!options->language.isEmpty() && !loadTranslation(app, options->language))
        return unusable(
            QCoreApplication::translate("main", "no translation for the language \"%1\"")
                .arg(options->language));

    ProfileRun run(options->target, options->backup);
    if (!options->target.user.isEmpty())
        run.setCredentials(options->credentials);
    if (!run.setupError().isEmpty())
        return unusable(run.setupError());

    // Progress goes to a terminal only, so that scripts read a clean stderr.
    if (isatty(STDERR_FILENO)) {
        QObject::connect(&run, &ProfileRun::progressChanged, &app, [](const QString &step) {
            QTextStream(stderr) << "... " << step << '\n';
        });
    }
    QObject::connect(&run, &ProfileRun::finished, &app, &QCoreApplication::quit);
    run.start();
    app.exec();

    const Report report = run.report();
    QByteArray output;
    switch (options->format) {
    case DiagnoseOptions::Format::Json:
        output = JsonReport::write(report);
        break;
    case DiagnoseOptions::Format::Markdown:
        output = MarkdownReport::write(report).toUtf8();
        break;
    case DiagnoseOptions::Format::Text:
        output = TextReport::write(report).toUtf8();
        break;
    case DiagnoseOptions::Format::Html:
        output = HtmlReport::write(report).toUtf8();
        break;
    }
    if (!writeOutput(options->outputFile, output))
        return unusable(QCoreApplication::translate("main", "cannot write the report to \"%1\"")
                            .arg(options->outputFile));
    return report.hasFailure() ? exitFailureFound : exitNoFailure;
}
