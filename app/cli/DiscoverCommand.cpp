// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoverCommand.h"

#include "discovery/SettingsDiscovery.h"
#include "dns/DnsResolver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

DiscoverCommand::DiscoverCommand()
    : Command(QStringLiteral("discover"),
              tr("Finds the submission settings published for a mail domain."))
{
    addOptions(m_lookup.options());
    addOptions(m_output.options());
    addValueChoices(m_output.valueChoices());
}

QString DiscoverCommand::read(const QCommandLineParser &parser)
{
    if (const QString error = m_lookup.read(parser); !error.isEmpty())
        return error;
    return m_output.read(parser);
}

int DiscoverCommand::execute()
{
    DnsResolver resolver({m_lookup.resolver(), m_lookup.timeoutMs(), {}});
    SettingsDiscovery discovery(&resolver);
    QEventLoop loop;
    QObject::connect(&discovery, &SettingsDiscovery::finished, &loop, &QEventLoop::quit);
    discovery.start(m_lookup.domain());
    loop.exec();

    const int status = discovery.candidates().isEmpty() ? FailureFound : NoFailure;
    if (m_output.format() == OutputOptions::Format::Json) {
        QJsonArray candidates;
        for (const SettingsDiscovery::Candidate &candidate : discovery.candidates()) {
            candidates.append(
                QJsonObject{{QStringLiteral("host"), candidate.host},
                            {QStringLiteral("port"), candidate.port},
                            {QStringLiteral("security"), Target::securityName(candidate.security)},
                            {QStringLiteral("source"), candidate.source},
                            {QStringLiteral("note"), candidate.note}});
        }
        const QJsonObject root{
            {QStringLiteral("schema"), QStringLiteral("smtp-doctor-discovery/1")},
            {QStringLiteral("domain"), m_lookup.domain()},
            {QStringLiteral("candidates"), candidates},
            {QStringLiteral("evidence"), QJsonArray::fromStringList(discovery.evidence())}};
        return m_output.write(QJsonDocument(root).toJson(QJsonDocument::Indented), status);
    }
    QString text;
    if (discovery.candidates().isEmpty()) {
        text = tr("No submission settings found for %1.").arg(m_lookup.domain()) + '\n';
    } else {
        text = tr("Submission settings for %1:").arg(m_lookup.domain()) + '\n';
        for (const SettingsDiscovery::Candidate &candidate : discovery.candidates()) {
            text += QStringLiteral("  %1 port %2 %3  (%4: %5)\n")
                        .arg(candidate.host)
                        .arg(candidate.port)
                        .arg(Target::securityName(candidate.security),
                             candidate.source,
                             candidate.note);
        }
    }
    return m_output.write(text.toUtf8(), status);
}
