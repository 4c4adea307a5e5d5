// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

// The system keychain (through QtKeychain: Secret Service, KWallet, the
// macOS Keychain, Windows' Credential Manager), used only when the user
// asks for it. Every call is asynchronous and may fail: no keychain on the
// machine, access refused. The wizard then keeps the password in memory
// for the session and says so; it never falls back to a file.
class PasswordVault : public QObject
{
    Q_OBJECT
public:
    explicit PasswordVault(QObject *parent = nullptr);

    // One entry per user and server: "user@doctor.test on smtp.example.com".
    static QString keyFor(const QString &user, const QString &host);

    void store(const QString &key, const QString &secret);
    void load(const QString &key);
    void forget(const QString &key);

signals:
    void stored();
    void loaded(const QString &secret);
    // Why the keychain could not be used, in words for the user.
    void failed(const QString &reason);
};
