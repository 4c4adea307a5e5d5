// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/FromAlignment.h"

#include "core/CheckName.h"
#include "domain/DomainNames.h"
#include "findings/FindingCatalog.h"
#include "findings/FindingIds.h"

#include <QRegularExpression>

namespace {

QString domainOf(const QString &address)
{
    return address.section(QLatin1Char('@'), -1);
}

QString organizationOf(const QString &address)
{
    return DomainNames::registrableDomain(domainOf(address));
}

} // namespace

QString FromAlignment::addressOf(const QString &value)
{
    static const QRegularExpression angle(QStringLiteral("<([^<>\\s]+@[^<>\\s]+)>"));
    static const QRegularExpression bare(QStringLiteral("([^\\s<>,;:\"()]+@[^\\s<>,;:\"()]+)"));
    if (const auto match = angle.match(value); match.hasMatch())
        return match.captured(1).toLower();
    if (const auto match = bare.match(value); match.hasMatch())
        return match.captured(1).toLower();
    return {};
}

QList<Finding> FromAlignment::analyse(const ParsedMessage &message, const QString &signedInUser)
{
    QList<Finding> findings;
    if (message.from.isEmpty() || !message.deliveryStatus.isEmpty())
        return findings;
    const QString from = message.from.toLower();
    const QString returnPath = addressOf(message.returnPath);
    const QString sender = addressOf(message.header(QStringLiteral("Sender")));
    QStringList evidence{QStringLiteral("From: ") + message.from};
    if (!returnPath.isEmpty())
        evidence << QStringLiteral("Return-Path: <%1>").arg(returnPath);
    if (!sender.isEmpty())
        evidence << QStringLiteral("Sender: ") + sender;

    const QString user = addressOf(signedInUser);
    if (!user.isEmpty() && user != from) {
        // Gmail keeps the account in the envelope when it sends as an alias:
        // a Return-Path equal to the account says the provider took it.
        evidence << QStringLiteral("SMTP account (signed in): ") + user;
        evidence << QStringLiteral("Gmail, send as another address: "
                                   "https://support.google.com/mail/answer/22370")
                 << QStringLiteral("Microsoft 365, 550 5.7.60 without Send As: "
                                   "https://learn.microsoft.com/exchange/recipients-in-exchange-"
                                   "online/manage-permissions-for-recipients");
        findings.append(FindingCatalog::make(QLatin1String(FindingId::MessageFromMismatchSignedIn),
                                             {{FindingArg::Name, from},
                                              {FindingArg::Typed, user},
                                              {FindingArg::Reason, QStringLiteral("signed_in")}},
                                             evidence,
                                             CheckName::message()));
        return findings;
    }

    QStringList others;
    if (!sender.isEmpty() && sender != from)
        others << QStringLiteral("Sender: ") + sender;
    // A bounce address of the same organization (bounces.example.com for
    // example.com) aligns in relaxed mode: only another organization counts.
    if (!returnPath.isEmpty() && organizationOf(returnPath) != organizationOf(from))
        others << QStringLiteral("Return-Path: <%1>").arg(returnPath);
    if (others.isEmpty())
        return findings;
    findings.append(FindingCatalog::make(QLatin1String(FindingId::MessageFromMismatch),
                                         {{FindingArg::Name, from},
                                          {FindingArg::Detail, others.join(QStringLiteral(", "))},
                                          {FindingArg::Domain, organizationOf(from)},
                                          {FindingArg::Reason, QStringLiteral("envelope")}},
                                         evidence,
                                         CheckName::message()));
    return findings;
}
