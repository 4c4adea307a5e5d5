#include "MessageCommand.h"

#include "core/CheckName.h"
#include "message/MessageAnalysis.h"
#include "message/MessageParser.h"
#include "report/Report.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

MessageCommand::MessageCommand()
    : Command(QStringLiteral("message"),
              tr("Reads a message that arrived: its route, the receiver's verdicts, a bounce."))
    , m_file(QStringLiteral("file"),
             tr("The message's source or headers (.eml, or text as copied); - reads standard "
                "input."),
             QStringLiteral("FILE"))
{
    addOptions({m_file});
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
    return m_output.read(parser);
}

int MessageCommand::execute()
{
    QElapsedTimer clock;
    clock.start();
    Report report;
    report.started = QDateTime::currentDateTimeUtc();
    report.environment = Report::currentEnvironment(QString());
    report.findings = MessageAnalysis::analyse(MessageParser::parse(m_message));
    report.checks.append({CheckName::message(), QStringLiteral("done"), QString()});
    report.durationMs = clock.elapsed();
    return m_output.write(m_output.render(report), report.hasFailure() ? FailureFound : NoFailure);
}
