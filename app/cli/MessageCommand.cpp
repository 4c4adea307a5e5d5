#include "MessageCommand.h"

#include "core/CheckName.h"
#include "message/MessageAnalysis.h"
#include "message/MessageParser.h"
#include "message/MessageVerifier.h"
#include "message/VerificationAnalysis.h"
#include "ServerOptions.h"
#include "core/TargetBuilder.h"
#include "dns/DnsResolver.h"
#include "report/Report.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>

using Field = TargetBuilder::Field;

MessageCommand::MessageCommand()
    : Command(QStringLiteral("message"),
              tr("Reads a message that arrived: its route, the receiver's verdicts, a bounce."))
    , m_file(QStringLiteral("file"),
             tr("The message's source or headers (.eml, or text as copied); - reads standard "
                "input."),
             QStringLiteral("FILE"))
    , m_resolver(ServerOptions::resolverOption())
    , m_timeout(ServerOptions::timeoutOption(
          tr("Seconds to wait for each DNS answer of the checks (default 5).")))
    , m_offline(QStringLiteral("offline"),
                tr("Only read what the message says: no DNS look-up, so no DKIM, SPF or DMARC "
                   "check done again."))
{
    addOptions({m_file, m_resolver, m_timeout, m_offline});
    addOptions(m_output.options());
    addValueChoices(m_output.valueChoices());
}

QString MessageCommand::read(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_file))
        return tr("--file is required (- reads standard input)");
    const QString path = parser.value(m_file);
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return tr("cannot read %1: %2").arg(path, file.errorString());
    m_message = file.read(maxFileBytes + 1);
    if (m_message.size() > maxFileBytes)
        return tr("%1 is larger than %2 MiB: not a single message")
            .arg(path)
            .arg(maxFileBytes / (1024 * 1024));
    m_checksWanted = !parser.isSet(m_offline);
    if (parser.isSet(m_resolver)) {
        m_resolverAddress = ResolverAddress::parse(parser.value(m_resolver));
        if (!m_resolverAddress)
            return ServerOptions::describe(
                {Field::Resolver, TargetBuilder::resolverProblem(parser.value(m_resolver))});
    }
    if (parser.isSet(m_timeout)) {
        const auto ms = TargetBuilder::parseTimeoutMs(parser.value(m_timeout));
        if (!ms)
            return ServerOptions::describe(
                {Field::Timeout, TargetBuilder::timeoutProblem(parser.value(m_timeout))});
        m_timeoutMs = *ms;
    }
    return m_output.read(parser);
}

int MessageCommand::execute()
{
    QElapsedTimer clock;
    clock.start();
    Report report;
    report.started = QDateTime::currentDateTimeUtc();
    report.environment = Report::currentEnvironment(QString());
    const ParsedMessage message = MessageParser::parse(m_message);
    report.findings = MessageAnalysis::analyse(message);
    if (m_checksWanted && message.looksLikeMail()) {
        // The checks again, now: DKIM, SPF and DMARC with this resolver.
        DnsResolver resolver({m_resolverAddress, m_timeoutMs, {}});
        if (!resolver.setupError().isEmpty())
            return unusable(resolver.setupError(), name());
        MessageVerifier verifier(&resolver, message);
        QEventLoop loop;
        QObject::connect(&verifier, &MessageVerifier::finished, &loop, &QEventLoop::quit);
        verifier.start();
        loop.exec();
        report.findings += VerificationAnalysis::analyse(message, verifier.result());
    }
    report.checks.append({CheckName::message(), QStringLiteral("done"), QString()});
    report.durationMs = clock.elapsed();
    return m_output.write(m_output.render(report), report.hasFailure() ? FailureFound : NoFailure);
}
