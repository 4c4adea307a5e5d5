// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageCommand.h"

#include "message/BlocklistTable.h"
#include "message/MessageDiagnosis.h"
#include "message/ReverseQueryName.h"

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
    , m_dnsbl(QStringLiteral("dnsbl"),
              tr("The DNS blocklists to ask about the sending server's address, comma-separated "
                 "zones (default: %1). Each list learns the address.")
                  .arg(BlocklistTable::builtIn().defaultZones().join(QLatin1Char(','))),
              QStringLiteral("ZONE[,ZONE...]"))
    , m_noDnsbl(QStringLiteral("no-dnsbl"), tr("Ask no DNS blocklist about the sending server."))
    , m_sender(QStringLiteral("sender"),
               tr("The SMTP account that sent the message (its sign-in address): a From "
                  "address that differs is reported."),
               QStringLiteral("ADDRESS"))
    , m_smtpHost(QStringLiteral("smtp-host"),
                 tr("The SMTP server the site should send through: a route that never "
                    "reaches it is reported."),
                 QStringLiteral("HOST"))
{
    addOptions({m_file});
    addOptions(m_dns.options());
    addOptions({m_offline, m_dnsbl, m_noDnsbl, m_sender, m_smtpHost});
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
    if (parser.isSet(m_dnsbl) && parser.isSet(m_noDnsbl))
        return tr("--dnsbl and --no-dnsbl exclude each other");
    m_blocklistsWanted = !parser.isSet(m_noDnsbl);
    for (const QString &value : parser.values(m_dnsbl)) {
        for (const QString &zone : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = zone.trimmed().toLower();
            if (!ReverseQueryName::isZoneName(trimmed))
                return tr("--dnsbl: %1 is not a DNS zone").arg(zone.trimmed());
            if (!m_blocklistZones.contains(trimmed))
                m_blocklistZones.append(trimmed);
        }
    }
    if (parser.isSet(m_dnsbl) && m_blocklistZones.isEmpty())
        return tr("--dnsbl needs at least one zone (or --no-dnsbl)");
    m_signedInUser = parser.value(m_sender).trimmed();
    if (!m_signedInUser.isEmpty() && !m_signedInUser.contains(QLatin1Char('@')))
        return tr("--sender must be an e-mail address, not \"%1\"").arg(m_signedInUser);
    m_smtpHostName = parser.value(m_smtpHost).trimmed();
    if (const QString problem = m_dns.read(parser); !problem.isEmpty())
        return problem;
    return m_output.read(parser);
}

int MessageCommand::execute()
{
    // The same step as the wizard's message page.
    MessageDiagnosis diagnosis(m_message,
                               {m_checksWanted,
                                m_dns.resolver(),
                                m_dns.timeoutMs(),
                                m_blocklistsWanted,
                                m_blocklistZones,
                                m_signedInUser,
                                m_smtpHostName});
    QEventLoop loop;
    QObject::connect(&diagnosis, &MessageDiagnosis::finished, &loop, &QEventLoop::quit);
    diagnosis.start();
    loop.exec();
    if (!diagnosis.setupError().isEmpty())
        return unusable(diagnosis.setupError(), name());
    const Report &report = diagnosis.report();
    return m_output.write(m_output.render(report), report.hasFailure() ? FailureFound : NoFailure);
}
