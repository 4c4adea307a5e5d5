// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfCommand.h"

#include "dns/DnsResolver.h"
#include "spf/SpfEvaluator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SpfCommand::SpfCommand()
    : Command(QStringLiteral("spf"),
              tr("Gives the SPF verdict for a sending address, with its trail."))
    , m_ip(QStringLiteral("ip"), tr("The sending server's address."), QStringLiteral("ADDRESS"))
    , m_sender(QStringLiteral("sender"),
               tr("MAIL FROM address (default postmaster@DOMAIN)."),
               QStringLiteral("ADDRESS"))
    , m_helo(QStringLiteral("helo"), tr("HELO name (default: the domain)."), QStringLiteral("NAME"))
{
    addOptions(m_lookup.options());
    addOptions({m_ip, m_sender, m_helo});
    addOptions(m_output.options());
    addValueChoices(m_output.valueChoices());
}

QString SpfCommand::read(const QCommandLineParser &parser)
{
    if (const QString error = m_lookup.read(parser); !error.isEmpty())
        return error;
    m_client = QHostAddress(parser.value(m_ip).trimmed());
    if (m_client.isNull())
        return tr("--ip must be an IPv4 or IPv6 address");
    m_senderAddress = parser.isSet(m_sender) ? parser.value(m_sender)
                                             : QStringLiteral("postmaster@") + m_lookup.domain();
    m_heloName = parser.isSet(m_helo) ? parser.value(m_helo) : m_lookup.domain();
    return m_output.read(parser);
}

int SpfCommand::execute()
{
    DnsResolver resolver({m_lookup.resolver(), m_lookup.timeoutMs(), {}});
    SpfQuery query;
    query.clientAddress = m_client;
    query.domain = m_lookup.domain();
    query.sender = m_senderAddress;
    query.helo = m_heloName;
    SpfEvaluator evaluator(&resolver, query);
    QEventLoop loop;
    QObject::connect(&evaluator, &SpfEvaluator::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    evaluator.start();
    loop.exec();
    // Milliseconds with microsecond precision: on a fast resolver a whole
    // evaluation takes about one millisecond.
    const double elapsedMs = double(clock.nsecsElapsed() / 1000) / 1000.0;
    const SpfResult result = evaluator.result();
    const int status = result.code == SpfResult::Code::Pass ? NoFailure : FailureFound;

    if (m_output.format() == OutputOptions::Format::Json) {
        const QJsonObject root{{QStringLiteral("schema"), QStringLiteral("smtp-doctor-spf/1")},
                               {QStringLiteral("domain"), result.domain},
                               {QStringLiteral("ip"), m_client.toString()},
                               {QStringLiteral("result"), SpfResult::codeName(result.code)},
                               {QStringLiteral("record"), result.record},
                               {QStringLiteral("matched"), result.matchedTerm},
                               {QStringLiteral("explanation"), result.explanation},
                               {QStringLiteral("problem"), result.problemDetail},
                               {QStringLiteral("trail"), QJsonArray::fromStringList(result.trail)},
                               {QStringLiteral("dns_lookups"), result.dnsLookups},
                               {QStringLiteral("void_lookups"), result.voidLookups},
                               {QStringLiteral("queries"), evaluator.queryCount()},
                               {QStringLiteral("elapsed_ms"), elapsedMs}};
        return m_output.write(QJsonDocument(root).toJson(QJsonDocument::Indented), status);
    }
    QString text = tr("SPF for %1 from %2: %3")
                       .arg(result.domain, m_client.toString(), SpfResult::codeName(result.code))
                   + '\n';
    if (!result.problemDetail.isEmpty())
        text += QStringLiteral("  ") + result.problemDetail + '\n';
    for (const QString &line : result.trail)
        text += QStringLiteral("  ") + line + '\n';
    text += tr("%1 DNS lookups counted, %2 void, in %3 ms")
                .arg(result.dnsLookups)
                .arg(result.voidLookups)
                .arg(elapsedMs, 0, 'f', 3)
            + '\n';
    return m_output.write(text.toUtf8(), status);
}
