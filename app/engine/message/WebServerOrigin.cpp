// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/WebServerOrigin.h"

#include "core/CheckName.h"
#include "discovery/ProviderCatalog.h"
#include "domain/DomainNames.h"
#include "findings/FindingCatalog.h"
#include "findings/FindingIds.h"
#include "message/MessageAnalysis.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {

// Does a name of the route belong to the SMTP server given: the very name,
// or a name of its organization (smtp.example.net and out-3.example.net).
bool namesServer(const QString &name, const QString &smtpHost)
{
    if (name.isEmpty())
        return false;
    const QString lower = name.toLower();
    if (lower == smtpHost)
        return true;
    const QString organization = DomainNames::registrableDomain(smtpHost);
    return !organization.isEmpty() && DomainNames::registrableDomain(lower) == organization;
}

bool routeNamesServer(const ParsedMessage &message, const QString &smtpHost)
{
    const QHostAddress literal(smtpHost);
    for (const ReceivedHop &hop : message.hops) {
        if (!literal.isNull() && hop.address == literal)
            return true;
        for (const QString &name : {hop.by, hop.fromName, hop.reverseName, hop.heloName}) {
            if (namesServer(name, smtpHost))
                return true;
        }
    }
    return false;
}

// A provider's submission server need not name itself in the route:
// Microsoft 365's smtp.office365.com writes its Received lines as
// *.prod.outlook.com. So for a provider in the catalog, the first hop (the
// server the message was handed to) counts when it is in one of the
// provider's own domains: its host's, its MX targets', its SPF include's.
// Only the first hop, since the receiver's hops may be the same provider's.
bool firstHopAtProvider(const ParsedMessage &message, const QString &smtpHost)
{
    const std::optional<Provider> provider = ProviderCatalog::instance().forHost(smtpHost);
    if (!provider)
        return false;
    const QString by = DomainNames::registrableDomain(message.hops.constFirst().by.toLower());
    if (by.isEmpty())
        return false;
    for (const QString &name :
         QStringList{provider->host, provider->spfInclude} + provider->mxDomains) {
        if (!name.isEmpty() && DomainNames::registrableDomain(name.toLower()) == by)
            return true;
    }
    return false;
}

QString firstServer(const ParsedMessage &message)
{
    if (message.hops.isEmpty())
        return WebServerOrigin::tr("the web server (the message has no Received line)");
    const ReceivedHop &first = message.hops.constFirst();
    return first.by.isEmpty() ? first.clientDescription() : first.by;
}

} // namespace

QStringList WebServerOrigin::markers(const ParsedMessage &message)
{
    QStringList found;
    // PHP writes "X-PHP-Originating-Script: <uid>:<script>" when
    // mail.add_x_header is on (php.net, "Mail Runtime Configuration").
    for (const QString &name :
         {QStringLiteral("X-PHP-Originating-Script"), QStringLiteral("X-PHP-Script")}) {
        if (const QString value = message.header(name); !value.isEmpty())
            found << name + QStringLiteral(": ") + value;
    }
    if (message.hops.isEmpty())
        return found;
    // The oldest hop: how the message entered the first server. Exim
    // writes "with local" for a message from a local process (its spec,
    // "The Received: header"), Postfix's pickup "(Postfix, from userid 33)"
    // for one handed to its sendmail command (pickup(8)).
    const ReceivedHop &first = message.hops.constFirst();
    static const QRegularExpression userid(QStringLiteral("\\bfrom userid (\\d+)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (first.with.compare(QLatin1String("local"), Qt::CaseInsensitive) == 0
        || userid.match(first.raw).hasMatch())
        found << QStringLiteral("Received: ") + first.raw;
    return found;
}

QList<Finding> WebServerOrigin::analyse(const ParsedMessage &message, const QString &smtpHost)
{
    QList<Finding> findings;
    if (!message.deliveryStatus.isEmpty())
        return findings;
    const QStringList found = markers(message);
    const QString server = firstServer(message);
    if (!found.isEmpty()) {
        findings.append(
            FindingCatalog::make(QLatin1String(FindingId::MessageSentByWebServer),
                                 {{FindingArg::Host, server},
                                  {FindingArg::Detail, found.join(QStringLiteral("; "))},
                                  {FindingArg::Reason,
                                   found.constFirst().startsWith(QLatin1String("X-PHP"))
                                       ? QStringLiteral("php_header")
                                       : QStringLiteral("local_submission")}},
                                 found + MessageAnalysis::hopLines(message),
                                 CheckName::message()));
        return findings;
    }
    const QString host = smtpHost.trimmed().toLower();
    if (host.isEmpty() || message.hops.isEmpty() || routeNamesServer(message, host)
        || firstHopAtProvider(message, host))
        return findings;
    // A sign-in anywhere (RFC 3848 ESMTPA, ESMTPSA) means a client did use
    // SMTP with an account: perhaps through servers of other names.
    for (const ReceivedHop &hop : message.hops) {
        if (hop.isAuthenticated())
            return findings;
    }
    const ReceivedHop &first = message.hops.constFirst();
    findings.append(
        FindingCatalog::make(QLatin1String(FindingId::MessageSentByWebServerOtherServer),
                             {{FindingArg::Host, server},
                              {FindingArg::Detail, first.raw},
                              {FindingArg::Name, host},
                              {FindingArg::Reason, QStringLiteral("other_server")}},
                             QStringList{QStringLiteral("SMTP server given: ") + host}
                                 + MessageAnalysis::hopLines(message),
                             CheckName::message()));
    return findings;
}
