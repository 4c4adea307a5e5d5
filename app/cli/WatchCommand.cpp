// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchCommand.h"

#include "InterruptSignal.h"

#include "findings/FindingIds.h"
#include "report/Report.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QTextStream>

namespace {

// A whole number within [low, high], by the same rule as a port.
std::optional<int> wholeNumber(const QString &text, int low, int high)
{
    bool ok = false;
    const uint value = text.trimmed().toUInt(&ok);
    if (!ok || value < uint(low) || value > uint(high))
        return std::nullopt;
    return int(value);
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
    if (attempt.found(FindingId::SendAccepted))
        line += QStringLiteral(" send.accepted");
    if (!phases.isEmpty())
        line += QStringLiteral(" (") + phases.join(QLatin1String(", ")) + QLatin1Char(')');
    if (!attempt.failureDetail.isEmpty())
        line += QStringLiteral(": ") + attempt.failureDetail;
    return line;
}

} // namespace

WatchCommand::WatchCommand()
    : Command(QStringLiteral("watch"),
              tr("Repeats the SMTP session to find out why mail works only sometimes."))
    , m_count(QStringLiteral("count"), tr("How many attempts (default 10)."), QStringLiteral("N"))
    , m_interval(QStringLiteral("interval"),
                 tr("Seconds from one attempt's start to the next's (default 5)."),
                 QStringLiteral("SECONDS"))
    , m_session(tr("Sign in as this user in every attempt (the password comes from "
                   "--password-stdin or --password-env)."),
                tr("Send a test message from this address (in the first attempt only, "
                   "unless --messages-allowed)."))
    , m_messagesAllowed(QStringLiteral("messages-allowed"),
                        tr("Send a test message in each of the first N attempts (default 1): "
                           "to find out after how many messages a rate limit starts."),
                        QStringLiteral("N"))
{
    addOptions(m_server.options());
    addOptions({m_count, m_interval});
    addOptions(m_session.options());
    addOptions({m_messagesAllowed});
    addOptions(m_output.options());
    addValueChoices(m_server.valueChoices());
    addValueChoices(m_output.valueChoices());
}

QString WatchCommand::read(const QCommandLineParser &parser)
{
    TargetBuilder::Input input;
    m_server.read(parser, &input);
    SaslClient::Credentials credentials;
    if (const QString error = m_session.read(parser, &input, &credentials); !error.isEmpty())
        return error;
    const TargetBuilder::Result built = TargetBuilder::build(input);
    if (!built.isUsable())
        return ServerOptions::describe(built.problems.constFirst());
    m_settings.target = built.target;
    if (!m_settings.target.user.isEmpty())
        m_settings.credentials = credentials;

    if (parser.isSet(m_count)) {
        const auto count = wholeNumber(parser.value(m_count), 1, 10000);
        if (!count)
            return tr("--count must be a whole number from 1 to 10000, not \"%1\"")
                .arg(parser.value(m_count));
        m_settings.count = *count;
    }
    if (parser.isSet(m_interval)) {
        // Fractions are for tests and quick looks; a real watch waits seconds.
        bool ok = false;
        const double seconds = parser.value(m_interval).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 3600)
            return tr("--interval must be a number of seconds from 0 to 3600, not \"%1\"")
                .arg(parser.value(m_interval));
        m_settings.intervalMs = int(seconds * 1000);
    }
    if (parser.isSet(m_messagesAllowed)) {
        const auto allowed = wholeNumber(parser.value(m_messagesAllowed), 0, 10000);
        if (!allowed)
            return tr("--messages-allowed must be a whole number from 0 to 10000, not \"%1\"")
                .arg(parser.value(m_messagesAllowed));
        if (m_settings.target.mailFrom.isEmpty())
            return tr("--messages-allowed needs --from and --to");
        m_settings.messagesAllowed = *allowed;
    }
    return m_output.read(parser);
}

int WatchCommand::execute()
{
    WatchRun run(m_settings);
    if (!run.setupError().isEmpty())
        return unusable(run.setupError(), name());

    QEventLoop loop;
    InterruptSignal interrupt;
    QObject::connect(&interrupt, &InterruptSignal::interrupted, &run, [&run] {
        QTextStream(stderr) << tr("Interrupted: reporting what was measured.") << '\n';
        run.cancel();
    });
    const int count = m_settings.count;
    const QDateTime started = QDateTime::currentDateTime();
    // With --output, the file is a whole report after every attempt
    // (replaced atomically): a watch killed after ten attempts keeps ten.
    // Each snapshot renders the run so far, so a run of n attempts writes
    // O(n^2) bytes in all: for the planned counts (at most a few thousand
    // attempts of a few hundred bytes) that is cheap beside the attempts.
    QObject::connect(&run,
                     &WatchRun::attemptFinished,
                     &run,
                     [this, count, &run, started](const WatchAttempt &attempt) {
                         // The file first: an attempt on the terminal is in it.
                         m_output.writeSnapshot(run.report(started));
                         QTextStream(stderr) << attemptLine(attempt, count) << '\n';
                     });
    QObject::connect(&run, &WatchRun::finished, &loop, &QEventLoop::quit);
    run.start();
    if (run.isRunning())
        loop.exec();

    const Report report = run.report(started);
    return m_output.write(m_output.render(report), report.hasFailure() ? FailureFound : NoFailure);
}
