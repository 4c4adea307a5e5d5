// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/HostInput.h"

#include "findings/FindingIds.h"
#include "domain/DomainNames.h"
#include "discovery/ProviderCatalog.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace {

void addIssue(HostInput::Result &result, InputIssue issue)
{
    result.issues.append(std::move(issue));
}

// "smtp://", "ssl://", "https://": what PHPMailer, URLs and copy-paste put
// in front of a host name. ssl:// and smtps:// also tell the encryption.
QString stripScheme(HostInput::Result &result, const QString &host, const QString &typed)
{
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch match = scheme.match(host);
    if (!match.hasMatch())
        return host;
    const QString name = match.captured(1).toLower();
    const QString rest = host.mid(match.capturedLength());
    InputIssue issue{QLatin1String(FindingId::InputHostScheme),
                     {typed, name + QStringLiteral("://"), rest},
                     rest,
                     {},
                     {}};
    if (name == QLatin1String("ssl") || name == QLatin1String("smtps"))
        issue.fixedSecurity = Target::Security::Tls;
    else if (name == QLatin1String("tls"))
        issue.fixedSecurity = Target::Security::StartTls;
    addIssue(result, issue);
    return rest;
}

// Each mistake in the host is mended in turn ("http://smtp.gmail.com/"
// loses its scheme, then its path); the advice of each names the host that
// is left at the end, never a half-mended one ("smtp.gmail.com/"). The
// fixes stay one step each: the wizard's buttons apply them one at a time,
// so that the port of "host:587" still reaches the port field.
void adviseFinalHost(HostInput::Result &result)
{
    // The argument of each issue's texts that names the host to enter.
    static const QList<std::pair<QLatin1String, int>> hostArgument{
        {QLatin1String(FindingId::InputHostWhitespace), 1},
        {QLatin1String(FindingId::InputHostScheme), 2},
        {QLatin1String(FindingId::InputHostPath), 2},
        {QLatin1String(FindingId::InputHostWithPort), 1},
    };
    for (InputIssue &issue : result.issues) {
        for (const auto &[id, argument] : hostArgument) {
            if (issue.id == id && issue.args.size() > argument)
                issue.args[argument] = result.host;
        }
    }
}

} // namespace

std::optional<QString> HostInput::asciiHostName(const QString &host)
{
    QString name = host;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    // IDNA (RFC 5891) through QUrl: "mél.example" -> "xn--ml-bja.example".
    const QString ascii = QString::fromLatin1(
        QUrl::toAce(name, QUrl::AceProcessingOption::IgnoreIDNWhitelist));
    if (ascii.isEmpty())
        return std::nullopt;
    const bool valid = ascii.contains(QLatin1Char('.')) ? DomainNames::looksLikeHostName(ascii)
                                                        : DomainNames::isValidLabel(ascii);
    if (!valid)
        return std::nullopt;
    return ascii.toLower();
}

HostInput::Result HostInput::analyze(const QString &typedHost,
                                     int port,
                                     Target::Security security,
                                     const ProviderCatalog &providers)
{
    Result result;
    QString host = typedHost;

    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    if (host.contains(whitespace)) {
        const QString mended = QString(host).remove(whitespace);
        addIssue(
            result,
            {QLatin1String(FindingId::InputHostWhitespace), {typedHost, mended}, mended, {}, {}});
        host = mended;
    }
    host = stripScheme(result, host, typedHost);

    if (const int at = host.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString domain = host.mid(at + 1);
        const auto provider = providers.forMailDomain(domain);
        const QString fix = provider && !provider->host.isEmpty() ? provider->host : QString();
        addIssue(
            result,
            {QLatin1String(FindingId::InputHostIsEmail), {typedHost, domain, fix}, fix, {}, {}});
        host = fix.isEmpty() ? domain : fix;
    }
    if (const int slash = host.indexOf(QLatin1Char('/')); slash >= 0) {
        const QString mended = host.left(slash);
        addIssue(result,
                 {QLatin1String(FindingId::InputHostPath),
                  {typedHost, host.mid(slash), mended},
                  mended,
                  {},
                  {}});
        host = mended;
    }
    // "host:587", but not an IPv6 address, whose colons are its own.
    static const QRegularExpression withPort(
        QStringLiteral("^([^:\\[\\]]+|\\[[^\\]]+\\]):(\\d{1,5})$"));
    if (const QRegularExpressionMatch match = withPort.match(host); match.hasMatch()) {
        const QString mended = match.captured(1);
        const uint typedPort = match.captured(2).toUInt();
        InputIssue issue{QLatin1String(FindingId::InputHostWithPort),
                         {typedHost, mended, match.captured(2)},
                         mended,
                         {},
                         {}};
        if (typedPort >= 1 && typedPort <= 65535)
            issue.fixedPort = static_cast<quint16>(typedPort);
        addIssue(result, issue);
        host = mended;
    }
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);

    if (QHostAddress(host).isNull()) {
        const auto ascii = asciiHostName(host);
        if (!ascii) {
            addIssue(result, {QLatin1String(FindingId::InputHostInvalid), {typedHost}, {}, {}, {}});
            result.usable = false;
        } else {
            host = *ascii;
            // A mail domain where its submission host was meant (gmail.com).
            const auto provider = providers.forMailDomain(host);
            if (provider && !provider->host.isEmpty()) {
                const Provider::Endpoint first = provider->endpoints.value(0);
                addIssue(result,
                         {QLatin1String(FindingId::InputHostIsMailDomain),
                          {host, provider->name, provider->host},
                          provider->host,
                          first.port,
                          first.security});
            }
        }
    }
    result.host = host;
    if (result.usable)
        adviseFinalHost(result);

    if (port < 1 || port > 65535) {
        addIssue(result,
                 {QLatin1String(FindingId::InputPortInvalid),
                  {QString::number(port)},
                  {},
                  quint16(587),
                  Target::Security::StartTls});
        result.usable = false;
        return result;
    }
    // RFC 8314: 465 is TLS from the first byte; 587 (RFC 6409) starts plain.
    if (port == 465 && security != Target::Security::Tls) {
        addIssue(result,
                 {QLatin1String(FindingId::InputPortSecurityMismatch),
                  {QString::number(port), QStringLiteral("SSL/TLS")},
                  {},
                  {},
                  Target::Security::Tls});
    } else if (port == 587 && security == Target::Security::Tls) {
        addIssue(result,
                 {QLatin1String(FindingId::InputPortSecurityMismatch),
                  {QString::number(port), QStringLiteral("STARTTLS")},
                  {},
                  {},
                  Target::Security::StartTls});
    }
    if (port == 25)
        addIssue(result,
                 {QLatin1String(FindingId::InputPort25Submission),
                  {},
                  {},
                  quint16(587),
                  Target::Security::StartTls});
    return result;
}
