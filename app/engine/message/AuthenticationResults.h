// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

// One Authentication-Results header (RFC 8601 section 2.2), or the payload
// of an ARC-Authentication-Results header (RFC 8617 section 4.1.1, which
// adds its instance "i=N;" in front): what a receiving server concluded about
// SPF, DKIM, DMARC... when the message reached it. Read by parse(), pure.
struct AuthenticationResults
{
    struct Property
    {
        QString type;     // "smtp", "header", "body", "policy"; empty for "action="
        QString property; // "mailfrom", "d", "from", "i"
        QString value;
    };

    struct Result
    {
        QString method;  // "spf", "dkim", "dmarc", "arc", "auth"... lower case
        QString version; // "dkim/1" -> "1"; usually empty
        QString result;  // "pass", "fail", "softfail", "none"... lower case
        QString reason;
        QString comment; // the first comment after the result (the receiver's words)
        QList<Property> properties;

        // The value of "type.property" ("header.d"), empty when absent.
        QString property(const QString &type, const QString &name) const;
    };

    QString authservId;    // who concluded: the receiving domain or host
    int arcInstance = 0;   // 1 and up for ARC-Authentication-Results, 0 otherwise
    QList<Result> results; // empty for "none" (RFC 8601 section 2.2, no-result)
    QString raw;

    // The results of one method ("dkim" gives one per signature checked).
    QList<Result> resultsOf(const QString &method) const;

    // nullopt when the value has no authserv-id (or no "i=" for ARC).
    static std::optional<AuthenticationResults> parse(const QString &value);
    static std::optional<AuthenticationResults> parseArc(const QString &value);
};
