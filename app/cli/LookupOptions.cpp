#include "LookupOptions.h"

#include "input/HostInput.h"

#include <QTextStream>

LookupOptions::LookupOptions()
    : domain(QStringLiteral("domain"),
             tr("The mail domain, such as example.com."),
             QStringLiteral("DOMAIN"))
    , resolver(QStringLiteral("resolver"),
               tr("DNS server to ask instead of the system's."),
               QStringLiteral("ADDR[@PORT]"))
    , timeout(QStringLiteral("timeout"),
              tr("Seconds to wait for each DNS answer (default 5)."),
              QStringLiteral("SECONDS"))
    , format(QStringLiteral("format"), tr("text or json (default text)."), QStringLiteral("FORMAT"))
{
    parser.addOptions({domain, resolver, timeout, format});
    parser.addHelpOption();
}

std::optional<LookupOptions::Values> LookupOptions::parse(
    const QStringList &arguments,
    const QString &command,
    int *exitCode,
    const std::function<QString()> &commandCheck)
{
    QString error;
    std::optional<Values> parsed;
    if (!parser.parse(arguments)) {
        error = parser.errorText();
    } else if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        *exitCode = 0;
        return std::nullopt;
    } else {
        parsed = values(&error);
        if (parsed && commandCheck)
            error = commandCheck();
    }
    if (!parsed || !error.isEmpty()) {
        QTextStream(stderr) << "smtp-doctor-cli: " << error << '\n'
                            << tr("Try: smtp-doctor-cli %1 --help").arg(command) << '\n';
        *exitCode = 2;
        return std::nullopt;
    }
    return parsed;
}

std::optional<LookupOptions::Values> LookupOptions::values(QString *error) const
{
    Values values;
    const auto ascii = HostInput::asciiHostName(parser.value(domain).trimmed());
    if (!ascii || !ascii->contains(QLatin1Char('.'))) {
        *error = tr("--domain must be a domain name such as example.com");
        return std::nullopt;
    }
    values.domain = *ascii;
    if (parser.isSet(resolver)) {
        values.resolver = ResolverAddress::parse(parser.value(resolver));
        if (!values.resolver) {
            *error = tr("--resolver must be an IP address, optionally with @PORT, not \"%1\"")
                         .arg(parser.value(resolver));
            return std::nullopt;
        }
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 600) {
            *error = tr("--timeout must be a number of seconds above 0 and at most 600");
            return std::nullopt;
        }
        values.timeoutMs = int(seconds * 1000);
    }
    const QString formatName = parser.value(format);
    if (!formatName.isEmpty() && formatName != QLatin1String("text")
        && formatName != QLatin1String("json")) {
        *error = tr("--format must be text or json, not \"%1\"").arg(formatName);
        return std::nullopt;
    }
    values.json = formatName == QLatin1String("json");
    return values;
}
