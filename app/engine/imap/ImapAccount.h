// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The recipient's mailbox the test message is looked for in: where to sign
// in and with what. The password or token is a secret: kept in memory,
// handed to libetpan, never written to a log, a report or a file.
struct ImapAccount
{
    enum class Security { Tls, StartTls, None };

    QString host;
    quint16 port = 993;
    Security security = Security::Tls;
    QString user;
    QString password;
    QString token; // OAuth2 access token: XOAUTH2 instead of LOGIN
    // The same opt-in as the SMTP side's --allow-cleartext-auth: without it
    // no secret crosses a connection without TLS.
    bool allowCleartextAuth = false;
    // PEM certificates trusted besides the system's (--ca-file).
    QString caFile;
    int stepTimeoutSeconds = 10;

    static QString securityName(Security security);
    static quint16 defaultPort(Security security) { return security == Security::Tls ? 993 : 143; }
};

inline QString ImapAccount::securityName(Security security)
{
    switch (security) {
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::None:
        return QStringLiteral("none");
    }
    return {};
}
