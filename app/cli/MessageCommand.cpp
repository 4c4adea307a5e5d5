// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageCommand.h"

#include "message/MessageDiagnosis.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>

MessageCommand::MessageCommand()
    : Command(QStringLiteral("message"),
              tr("Reads a message that arrived: its route, the receiver's verdicts, a bounce."))
    , m_file(QStringLiteral("file"),
             tr("The message's source or headers (.eml, or text as copied); - reads standard "
                "input."),
             QStringLiteral("FILE"))
    , m_dns(tr("Seconds to wait for each DNS answer of the checks (default 5)."))
    , m_offline(QStringLiteral("offline"),
                tr("Only read what the message says: no DNS look-up, so no DKIM, SPF or DMARC "
                   "check done again."))
{
    addOptions({m_file});
    addOptions(m_dns.options());
    addOptions({m_offline});
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
    m_message = file.read(MessageDiagnosis::maxSourceBytes + 1);
    if (m_message.size() > MessageDiagnosis::maxSourceBytes)
        return tr("%1 is larger than %2 MiB: not a single message")
            .arg(path)
            .arg(MessageDiagnosis::maxSourceBytes / (1024 * 1024));
    m_checksWanted = !parser.isSet(m_offline);
    if (const QString problem = m_dns.read(parser); !problem.isEmpty())
        return problem;
    return m_output.read(parser);
}

int MessageCommand::execute()
{
    // The same step as the wizard's message page.
    MessageDiagnosis diagnosis(m_message, {m_checksWanted, m_dns.resolver(), m_dns.timeoutMs()});
    QEventLoop loop;
    QObject::connect(&diagnosis, &MessageDiagnosis::finished, &loop, &QEventLoop::quit);
    diagnosis.start();
    loop.exec();
    if (!diagnosis.setupError().isEmpty())
        return unusable(diagnosis.setupError(), name());
    const Report &report = diagnosis.report();
    return m_output.write(m_output.render(report), report.hasFailure() ? FailureFound : NoFailure);
}
