// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/AuthenticationResults.h"
#include "message/DeliveryStatus.h"
#include "message/DkimSignatureHeader.h"
#include "message/ReceivedHop.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A message that arrived, as MessageParser read it: its headers (encoded
// words decoded), the Received chain, the receivers' Authentication-Results,
// the DKIM signatures it carries, and the delivery report when it is a bounce.
// Pure data: what the findings are made from.
struct ParsedMessage
{
    struct Header
    {
        QString name;
        QString value; // unfolded, encoded words (RFC 2047) decoded
    };

    QList<Header> headers; // in the order of the message, top first
    QString from;          // the From header's address (RFC 5322.From), lower case
    QString fromDomain;
    QString fromDisplay; // its display name, decoded
    QString returnPath;  // the envelope sender the last server recorded
    QString subject;
    QString messageId;
    QDateTime date;
    // Oldest first: hops.first() is the server that took the message from
    // its author, hops.last() the final receiver (headers are prepended,
    // RFC 5321 section 4.4, so this is the reverse of their order).
    QList<ReceivedHop> hops;
    QList<AuthenticationResults> authenticationResults; // top (last added) first
    QList<AuthenticationResults> arcResults;            // by instance, highest first
    QList<DkimSignatureHeader> dkimSignatures;
    DeliveryStatus deliveryStatus;
    bool hasBody = false;
    QByteArray raw; // the input, for the DKIM verifier

    // The problems met while reading (for message.unreadable's evidence).
    QStringList problems;
    // Enough was read to say something: a header that only mail carries.
    bool looksLikeMail() const;
    QString header(const QString &name) const;
    QStringList headerValues(const QString &name) const;
};
