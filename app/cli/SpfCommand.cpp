#include "SpfCommand.h"

#include "LookupOptions.h"

#include "dns/DnsResolver.h"
#include "spf/SpfEvaluator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int SpfCommand::run(const QStringList &arguments)
{
    LookupOptions options;
    const QCommandLineOption ip(
        QStringLiteral("ip"), tr("The sending server's address."), QStringLiteral("ADDRESS"));
    const QCommandLineOption sender(QStringLiteral("sender"),
                                    tr("MAIL FROM address (default postmaster@DOMAIN)."),
                                    QStringLiteral("ADDRESS"));
    const QCommandLineOption helo(
        QStringLiteral("helo"), tr("HELO name (default: the domain)."), QStringLiteral("NAME"));
    options.parser.addOptions({ip, sender, helo});

    int exitCode = 0;
    const auto values = options.parse(arguments, QStringLiteral("spf"), &exitCode, [&] {
        return QHostAddress(options.parser.value(ip)).isNull()
                   ? tr("--ip must be an IPv4 or IPv6 address")
                   : QString();
    });
    if (!values)
        return exitCode;
    const QHostAddress client(options.parser.value(ip));

    DnsResolver resolver({values->resolver, values->timeoutMs, {}});
    SpfQuery query;
    query.clientAddress = client;
    query.domain = values->domain;
    query.sender = options.parser.isSet(sender) ? options.parser.value(sender)
                                                : QStringLiteral("postmaster@") + values->domain;
    query.helo = options.parser.isSet(helo) ? options.parser.value(helo) : values->domain;
    SpfEvaluator evaluator(&resolver, query);
    QEventLoop loop;
    QObject::connect(&evaluator, &SpfEvaluator::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    evaluator.start();
    loop.exec();
    const qint64 elapsedMs = clock.elapsed();
    const SpfResult result = evaluator.result();

    QTextStream out(stdout);
    if (values->json) {
        const QJsonObject root{{QStringLiteral("schema"), QStringLiteral("smtp-doctor-spf/1")},
                               {QStringLiteral("domain"), result.domain},
                               {QStringLiteral("ip"), client.toString()},
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
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        out << tr("SPF for %1 from %2: %3")
                   .arg(result.domain, client.toString(), SpfResult::codeName(result.code))
            << '\n';
        if (!result.problemDetail.isEmpty())
            out << "  " << result.problemDetail << '\n';
        for (const QString &line : result.trail)
            out << "  " << line << '\n';
        out << tr("%1 DNS lookups counted, %2 void, in %3 ms")
                   .arg(result.dnsLookups)
                   .arg(result.voidLookups)
                   .arg(elapsedMs)
            << '\n';
    }
    return result.code == SpfResult::Code::Pass ? 0 : 1;
}
