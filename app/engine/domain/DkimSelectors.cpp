// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DkimSelectors.h"

#include "domain/DomainNames.h"

#include <QHash>

namespace {
QString normalizedId(const QString &providerId)
{
    return providerId.trimmed().toLower();
}

const QHash<QString, QStringList> &knownSelectors()
{
    static const QHash<QString, QStringList> selectors = [] {
        const QStringList google = {QStringLiteral("google")};
        const QStringList microsoft = {QStringLiteral("selector1"), QStringLiteral("selector2")};
        return QHash<QString, QStringList>{
            // Google Workspace's default selector (it can be changed in the admin console).
            {QStringLiteral("gmail"), google},
            {QStringLiteral("google"), google},
            // Microsoft 365: two CNAMEs, rotated by Microsoft.
            {QStringLiteral("office365"), microsoft},
            {QStringLiteral("outlook"), microsoft},
            {QStringLiteral("microsoft365"), microsoft},
            // SendGrid's automated security: s1 and s2 CNAMEs.
            {QStringLiteral("sendgrid"), {QStringLiteral("s1"), QStringLiteral("s2")}},
            // Mailgun: k1 for recent domains, mx or smtp for older ones.
            {QStringLiteral("mailgun"),
             {QStringLiteral("k1"), QStringLiteral("mx"), QStringLiteral("smtp")}},
            // Brevo: brevo1/brevo2 CNAMEs now, mail._domainkey from the Sendinblue days.
            {QStringLiteral("brevo"),
             {QStringLiteral("brevo1"), QStringLiteral("brevo2"), QStringLiteral("mail")}},
            {QStringLiteral("mailjet"), {QStringLiteral("mailjet")}},
            {QStringLiteral("fastmail"),
             {QStringLiteral("fm1"), QStringLiteral("fm2"), QStringLiteral("fm3")}},
            // iCloud+ custom e-mail domains.
            {QStringLiteral("icloud"), {QStringLiteral("sig1")}},
            {QStringLiteral("mailchimp"),
             {QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")}},
            {QStringLiteral("mandrill"),
             {QStringLiteral("mte1"), QStringLiteral("mte2"), QStringLiteral("mandrill")}},
        };
    }();
    return selectors;
}
} // namespace

QStringList DkimSelectors::usualFor(const QString &providerId)
{
    return knownSelectors().value(normalizedId(providerId));
}

bool DkimSelectors::hasPerCustomerSelectors(const QString &providerId)
{
    // SES Easy DKIM publishes three random tokens per identity; Postmark
    // dates its selectors ("20230101123456pm"), SparkPost too ("scph0123").
    static const QStringList perCustomer = {QStringLiteral("ses"),
                                            QStringLiteral("amazonses"),
                                            QStringLiteral("postmark"),
                                            QStringLiteral("sparkpost")};
    return perCustomer.contains(normalizedId(providerId));
}

QStringList DkimSelectors::fallback()
{
    return {QStringLiteral("default"),
            QStringLiteral("selector1"),
            QStringLiteral("selector2"),
            QStringLiteral("google"),
            QStringLiteral("k1"),
            QStringLiteral("s1"),
            QStringLiteral("s2"),
            QStringLiteral("dkim"),
            QStringLiteral("mail")};
}

QStringList DkimSelectors::candidatesFor(const QString &providerId)
{
    const QStringList usual = usualFor(providerId);
    if (!usual.isEmpty())
        return usual;
    if (hasPerCustomerSelectors(providerId))
        return {};
    return fallback();
}

std::optional<QString> DkimSelectors::fromUserInput(const QString &text)
{
    QString selector = text.trimmed().toLower();
    const int suffix = int(selector.indexOf(QLatin1String("._domainkey")));
    if (suffix >= 0)
        selector.truncate(suffix);
    if (selector.endsWith(QLatin1Char('.')))
        selector.chop(1);
    if (selector.isEmpty() || selector.size() > 253)
        return std::nullopt;
    for (const QString &label : selector.split(QLatin1Char('.'))) {
        if (!DomainNames::isValidLabel(label))
            return std::nullopt;
    }
    return selector;
}
