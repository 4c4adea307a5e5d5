// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// The fetch-back lab's Dovecot's own count of `user`'s XOAUTH2 sign-ins, from
// its log: "Login: user=<U>, method=XOAUTH2" (2.3) or "Logged in: ..." (2.4).
inline int dovecotXoauth2Logins(const QString &logPath, const QString &user)
{
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray signedIn = "user=<" + user.toUtf8() + ">, method=XOAUTH2";
    int logins = 0;
    for (const QByteArray &line : log.readAll().split('\n')) {
        if (line.contains(signedIn)
            && (line.contains("imap-login: Info: Login: ")
                || line.contains("imap-login: Info: Logged in: ")))
            ++logins;
    }
    return logins;
}
