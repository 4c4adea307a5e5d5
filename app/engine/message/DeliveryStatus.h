// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// A non-delivery or delay report's machine-readable part (RFC 3464
// message/delivery-status): the reporting server, then one block per
// recipient with its action, status code and the remote server's reply.
struct DeliveryStatus
{
    struct Recipient
    {
        QString finalRecipient; // "rfc822; user@example.com" -> "user@example.com"
        QString originalRecipient;
        QString action;         // failed, delayed, delivered, relayed, expanded
        QString status;         // RFC 3463 "5.1.1"
        QString remoteMta;      // "dns; mx.example.com" -> "mx.example.com"
        QString diagnosticType; // "smtp" (RFC 3464 section 2.3.6)
        QString diagnosticCode; // "550 5.1.1 <user@example.com>: Recipient address rejected"
        QString lastAttempt;
    };

    QString reportingMta;
    QString arrivalDate;
    QList<Recipient> recipients;

    bool isEmpty() const { return reportingMta.isEmpty() && recipients.isEmpty(); }
};
