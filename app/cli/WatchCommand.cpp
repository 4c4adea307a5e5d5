#include "WatchCommand.h"

#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "SessionOptions.h"
#include "report/TextReport.h"
#include "watch/WatchRun.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

enum class Format { Text, Markdown, Json };

struct Options
{
    WatchRun::Settings settings;
    Format format = Format::Text;
    QString outputFile;
};

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption host{QStringLiteral("host"),
                            WatchCommand::tr("SMTP server name or address."),
                            QStringLiteral("H")};
    QCommandLineOption port{
        QStringLiteral("port"), WatchCommand::tr("Port (default 587)."), QStringLiteral("P")};
    QCommandLineOption security{
        QStringLiteral("security"),
        WatchCommand::tr("none, starttls or tls (default: tls on 465, else starttls)."),
        QStringLiteral("MODE")};
    QCommandLineOption count{QStringLiteral("count"),
                             WatchCommand::tr("How many attempts (default 10)."),
                             QStringLiteral("N")};
    QCommandLineOption interval{
        QStringLiteral("interval"),
        WatchCommand::tr("Seconds from one attempt's start to the next's (default 5)."),
        QStringLiteral("SECONDS")};
    QCommandLineOption timeout{
        QStringLiteral("timeout"),
        WatchCommand::tr("Seconds to wait for each step: connect, reply, DNS (default 10)."),
        QStringLiteral("SECONDS")};
    QCommandLineOption resolver{QStringLiteral("resolver"),
                                WatchCommand::tr("DNS server to ask instead of the system's."),
                                QStringLiteral("ADDR[@PORT]")};
    QCommandLineOption caFile{
        QStringLiteral("ca-file"),
        WatchCommand::tr("Also trust the certificate authorities in this PEM file."),
        QStringLiteral("FILE")};
    SessionOptions session{
        WatchCommand::tr("Sign in as this user in every attempt (the password comes from "
                         "--password-stdin or --password-env)."),
        WatchCommand::tr("Send a test message from this address (in the first attempt only, "
                         "unless --messages-allowed).")};
    QCommandLineOption messagesAllowed{
        QStringLiteral("messages-allowed"),
        WatchCommand::tr("Send a test message in each of the first N attempts (default 1): "
                         "to find out after how many messages a rate limit starts."),
        QStringLiteral("N")};
    QCommandLineOption format{QStringLiteral("format"),
                              WatchCommand::tr("text, markdown or json (default text)."),
                              QStringLiteral("FORMAT")};
    QCommandLineOption output{QStringLiteral("output"),
                              WatchCommand::tr("Write the report to this file."),
                              QStringLiteral("FILE")};

    Parser()
    {
        parser.setApplicationDescription(WatchCommand::tr(
            "Repeats the SMTP session to find out why mail works only sometimes."));
        parser.addOptions({host, port, security, count, interval, timeout, resolver, caFile});
        parser.addOptions(session.options());
        parser.addOptions({messagesAllowed, format, output});
        parser.addHelpOption();
    }

    // A number within [low, high]; nullopt otherwise.
    std::optional<double> number(const QCommandLineOption &option, double low, double high) const
    {
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value < low || value > high)
            return std::nullopt;
        return value;
    }
};

// Returns why the arguments are unusable, or nothing.
QString parse(const QStringList &arguments, Options *options)
{
    Parser p;
    if (!p.parser.parse(arguments))
        return p.parser.errorText();
    if (p.parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.parser.helpText();
        return QStringLiteral("help");
    }
    if (!p.parser.positionalArguments().isEmpty())
        return WatchCommand::tr("unexpected argument \"%1\"")
            .arg(p.parser.positionalArguments().constFirst());
    WatchRun::Settings &settings = options->settings;
    Target &target = settings.target;
    target.host = p.parser.value(p.host).trimmed();
    if (target.host.isEmpty())
        return WatchCommand::tr("--host is required: the SMTP server's name or address");
    if (p.parser.isSet(p.port)) {
        const auto port = p.number(p.port, 1, 65535);
        if (!port || *port != int(*port))
            return WatchCommand::tr("--port must be a whole number from 1 to 65535, not \"%1\"")
                .arg(p.parser.value(p.port));
        target.port = quint16(*port);
    }
    if (p.parser.isSet(p.security)) {
        const auto security = Target::securityFromName(p.parser.value(p.security));
        if (!security)
            return WatchCommand::tr("--security must be none, starttls or tls, not \"%1\"")
                .arg(p.parser.value(p.security));
        target.security = *security;
    } else {
        target.security = target.port == 465 ? Target::Security::Tls : Target::Security::StartTls;
    }
    if (p.parser.isSet(p.count)) {
        const auto count = p.number(p.count, 1, 10000);
        if (!count || *count != int(*count))
            return WatchCommand::tr("--count must be a whole number from 1 to 10000, not \"%1\"")
                .arg(p.parser.value(p.count));
        settings.count = int(*count);
    }
    if (p.parser.isSet(p.interval)) {
        // Fractions are for tests and quick looks; a real watch waits seconds.
        const auto seconds = p.number(p.interval, 0, 3600);
        if (!seconds)
            return WatchCommand::tr("--interval must be a number of seconds from 0 to 3600, "
                                    "not \"%1\"")
                .arg(p.parser.value(p.interval));
        settings.intervalMs = int(*seconds * 1000);
    }
    if (p.parser.isSet(p.timeout)) {
        const auto seconds = p.number(p.timeout, 0.001, 600);
        if (!seconds)
            return WatchCommand::tr("--timeout must be a number of seconds above 0 and at most "
                                    "600, not \"%1\"")
                .arg(p.parser.value(p.timeout));
        target.stepTimeoutMs = int(*seconds * 1000);
    }
    if (p.parser.isSet(p.resolver)) {
        target.resolver = ResolverAddress::parse(p.parser.value(p.resolver));
        if (!target.resolver)
            return WatchCommand::tr(
                       "--resolver must be an IP address, optionally with @PORT, not \"%1\"")
                .arg(p.parser.value(p.resolver));
    }
    if (p.parser.isSet(p.caFile)) {
        target.caFile = p.parser.value(p.caFile);
        if (!QFileInfo(target.caFile).isReadable())
            return WatchCommand::tr("--ca-file: cannot read \"%1\"").arg(target.caFile);
    }
    SaslClient::Credentials credentials;
    if (const QString error = p.session.read(p.parser, &target, &credentials); !error.isEmpty())
        return error;
    if (!target.user.isEmpty())
        settings.credentials = credentials;
    if (p.parser.isSet(p.messagesAllowed)) {
        const auto allowed = p.number(p.messagesAllowed, 0, 10000);
        if (!allowed || *allowed != int(*allowed))
            return WatchCommand::tr("--messages-allowed must be a whole number from 0 to 10000, "
                                    "not \"%1\"")
                .arg(p.parser.value(p.messagesAllowed));
        if (target.mailFrom.isEmpty())
            return WatchCommand::tr("--messages-allowed needs --from and --to");
        settings.messagesAllowed = int(*allowed);
    }
    const QString format = p.parser.value(p.format);
    if (format == QLatin1String("json"))
        options->format = Format::Json;
    else if (format == QLatin1String("markdown"))
        options->format = Format::Markdown;
    else if (!format.isEmpty() && format != QLatin1String("text"))
        return WatchCommand::tr("--format must be text, markdown or json, not \"%1\"").arg(format);
    options->outputFile = p.parser.value(p.output);
    return {};
}

// SIGINT and SIGTERM end the run through the event loop (self-pipe): the
// handler itself may only write a byte.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

QString attemptLine(const WatchAttempt &attempt, int count)
{
    QStringList phases;
    for (WatchAttempt::Phase phase : WatchAttempt::phases) {
        if (attempt.ms(phase) >= 0)
            phases.append(QStringLiteral("%1 %2 ms")
                              .arg(WatchAttempt::phaseName(phase))
                              .arg(attempt.ms(phase)));
    }
    QString line = QStringLiteral("[%1/%2] +%3 ms ")
                       .arg(attempt.index)
                       .arg(count)
                       .arg(attempt.offsetMs);
    line += attempt.succeeded() ? WatchCommand::tr("ok") : attempt.outcome();
    if (attempt.found("send.accepted"))
        line += QStringLiteral(" send.accepted");
    if (!phases.isEmpty())
        line += QStringLiteral(" (") + phases.join(QLatin1String(", ")) + QLatin1Char(')');
    if (!attempt.failureDetail.isEmpty())
        line += QStringLiteral(": ") + attempt.failureDetail;
    return line;
}

bool writeOutput(const QString &fileName, const QByteArray &data)
{
    if (fileName.isEmpty())
        return std::fwrite(data.constData(), 1, data.size(), stdout) == size_t(data.size());
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

int WatchCommand::run(const QStringList &arguments)
{
    Options options;
    const QString error = parse(arguments, &options);
    if (error == QLatin1String("help"))
        return 0;
    if (!error.isEmpty()) {
        QTextStream(stderr) << "smtp-doctor-cli: " << error << '\n'
                            << tr("Try: smtp-doctor-cli watch --help") << '\n';
        return 2;
    }
    WatchRun run(options.settings);
    if (!run.setupError().isEmpty()) {
        QTextStream(stderr) << "smtp-doctor-cli: " << run.setupError() << '\n';
        return 2;
    }

    QEventLoop loop;
    std::unique_ptr<QSocketNotifier> interrupt;
    if (::pipe(signalPipe) == 0) {
        interrupt = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(interrupt.get(), &QSocketNotifier::activated, &run, [&run] {
            char byte;
            [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
            QTextStream(stderr) << tr("Interrupted: reporting what was measured.") << '\n';
            run.cancel();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    const int count = options.settings.count;
    QObject::connect(&run, &WatchRun::attemptFinished, &run, [count](const WatchAttempt &attempt) {
        QTextStream(stderr) << attemptLine(attempt, count) << '\n';
    });
    QObject::connect(&run, &WatchRun::finished, &loop, &QEventLoop::quit);
    const QDateTime started = QDateTime::currentDateTime();
    run.start();
    if (run.isRunning())
        loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    const Report report = run.report(started);
    QByteArray output;
    switch (options.format) {
    case Format::Json:
        output = JsonReport::write(report);
        break;
    case Format::Markdown:
        output = MarkdownReport::write(report).toUtf8();
        break;
    case Format::Text:
        output = TextReport::write(report).toUtf8();
        break;
    }
    if (!writeOutput(options.outputFile, output)) {
        QTextStream(stderr) << "smtp-doctor-cli: "
                            << tr("cannot write the report to \"%1\"").arg(options.outputFile)
                            << '\n';
        return 2;
    }
    return report.hasFailure() ? 1 : 0;
}
