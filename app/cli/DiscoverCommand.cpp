#include "DiscoverCommand.h"

#include "LookupOptions.h"

#include "dns/DnsResolver.h"
#include "discovery/SettingsDiscovery.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int DiscoverCommand::run(const QStringList &arguments)
{
    LookupOptions options;
    int exitCode = 0;
    const auto values = options.parse(arguments, QStringLiteral("discover"), &exitCode);
    if (!values)
        return exitCode;

    DnsResolver resolver({values->resolver, values->timeoutMs, {}});
    SettingsDiscovery discovery(&resolver);
    QEventLoop loop;
    QObject::connect(&discovery, &SettingsDiscovery::finished, &loop, &QEventLoop::quit);
    discovery.start(values->domain);
    loop.exec();

    QTextStream out(stdout);
    if (values->json) {
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
            {QStringLiteral("domain"), values->domain},
            {QStringLiteral("candidates"), candidates},
            {QStringLiteral("evidence"), QJsonArray::fromStringList(discovery.evidence())}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (discovery.candidates().isEmpty()) {
        out << tr("No submission settings found for %1.").arg(values->domain) << '\n';
    } else {
        out << tr("Submission settings for %1:").arg(values->domain) << '\n';
        for (const SettingsDiscovery::Candidate &candidate : discovery.candidates()) {
            out << QStringLiteral("  %1 port %2 %3  (%4: %5)\n")
                       .arg(candidate.host)
                       .arg(candidate.port)
                       .arg(Target::securityName(candidate.security),
                            candidate.source,
                            candidate.note);
        }
    }
    return discovery.candidates().isEmpty() ? 1 : 0;
}
