// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "message/MessageVerification.h"
#include "message/ParsedMessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The rules that Gmail, Yahoo and Outlook.com set for senders since 2024,
// from a sourced table (resources/message/bulk-senders.json): where the
// message went to one of their domains, which of the rules it meets (one-
// click unsubscribe per RFC 8058, signed by DKIM; a DMARC record; SPF or
// DKIM aligned with From; SPF and DKIM both passing). The facts come from
// the checks done again when there are any, else from the receiver's own
// Authentication-Results; a rule neither can tell is left out, never
// counted as missing. One message cannot show a volume, so the finding
// says "if you send in bulk". Pure once loaded.
class BulkSenderRules
{
    Q_DECLARE_TR_FUNCTIONS(BulkSenderRules)
public:
    struct Provider
    {
        QString name;
        QStringList domains; // "gmail.com", or "yahoo.*": that label under any public suffix
        int bulkFromPerDay = 0;
        QStringList rules; // the table's "requires"
        QString source;
    };

    static const BulkSenderRules &builtIn();
    static std::optional<BulkSenderRules> fromJson(const QByteArray &json, QString *error);

    QString checked() const { return m_checked; }
    const QList<Provider> &providers() const { return m_providers; }
    // The provider whose rules apply to mail for `domain`, or nullptr.
    const Provider *providerFor(const QString &domain) const;

    // The recipients' domains of this copy: Delivered-To, X-Original-To, the
    // Received "for", else To and Cc. Lower case, each once.
    static QStringList recipientDomains(const ParsedMessage &message);

    // `verification`: the checks done again, or nullptr (the receiver's
    // own results are read instead).
    QList<Finding> findings(const ParsedMessage &message,
                            const MessageVerification *verification) const;

private:
    QString m_checked;
    QList<Provider> m_providers;
};
