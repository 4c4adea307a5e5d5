// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordVault.h"

#include <qt6keychain/keychain.h>

namespace {

const QString serviceName = QStringLiteral("SMTP Doctor");

QString describeError(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
        return PasswordVault::tr("No system keychain is available here: the password is kept "
                                 "for this session only.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return PasswordVault::tr("The keychain refused access: the password is kept for this "
                                 "session only.");
    case QKeychain::EntryNotFound:
        // A locked keyring whose unlock prompt cannot show (libsecret)
        // answers as if nothing were saved: the words cover both.
        return PasswordVault::tr("The system keychain gave no password for this user and server: "
                                 "none was saved, or the keychain is locked.");
    default:
        return PasswordVault::tr("The keychain could not be used (%1): the password is kept for "
                                 "this session only.")
            .arg(detail);
    }
}

} // namespace

PasswordVault::PasswordVault(QObject *parent)
    : QObject(parent)
{}

QString PasswordVault::keyFor(const QString &user, const QString &host)
{
    return QStringLiteral("%1 on %2").arg(user, host);
}

void PasswordVault::store(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName, this);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError)
            emit stored();
        else
            emit failed(describeError(job->error(), job->errorString()));
    });
    job->start();
}

void PasswordVault::load(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError)
            emit loaded(job->textData());
        else
            emit failed(describeError(job->error(), job->errorString()));
    });
    job->start();
}

void PasswordVault::forget(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName, this);
    job->setKey(key);
    job->start(); // nothing saved is fine too: there is nothing to report
}
