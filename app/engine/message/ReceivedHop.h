// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QString>

// One Received header (RFC 5321 section 4.4, RFC 5322 section 3.6.7): the
// server that added it ("by") says whom it took the message from ("from"),
// how ("with") and when (after the ";"). Pure data, read by ReceivedParser.
struct ReceivedHop
{
    QString fromName;     // the name after "from": the client's HELO in most MTAs
    QString reverseName;  // the name the receiver found for the address, in the comment
    QString heloName;     // an explicit "helo=" in the comment (Exim)
    QHostAddress address; // the client's address literal, "[192.0.2.1]"
    QString by;
    QString via;
    QString with; // SMTP, ESMTPS, ESMTPSA (authenticated), LMTP... (RFC 3848)
    QString id;
    QString forAddress;
    QDateTime time; // invalid when the date is missing or unreadable
    QString raw;    // the unfolded header value, for evidence

    // RFC 3848: "with" ends in "A" when the client authenticated (ESMTPA,
    // ESMTPSA), and holds an "S" after ESMTP when it used TLS.
    bool isAuthenticated() const;
    bool usedTls() const;
    // "mail.example.com [192.0.2.1]", whatever of it is known.
    QString clientDescription() const;
};
