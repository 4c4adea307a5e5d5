// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

struct DnsAnswer;

// The DKIM key records (RFC 6376 section 3.6.2) of the signatures of one
// message, as the engine's resolver answered for "selector._domainkey.domain":
// handed to libopendkim so that it never queries the DNS itself. A key that
// is not in the set was not looked up.
class DkimKeySet
{
public:
    enum class Status { Found, Missing, LookupFailed };

    struct Key
    {
        Status status = Status::LookupFailed;
        QByteArray record;    // the first record's strings joined (Found)
        QStringList evidence; // the answer, for the findings
    };

    // "selector._domainkey.domain", lower case (RFC 6376 section 3.6.2.1).
    static QString keyName(const QString &selector, const QString &domain);

    void insert(const QString &name, const Key &key) { m_keys.insert(name.toLower(), key); }
    // Reads a TXT answer for `name` into the set.
    void insertAnswer(const QString &name, const DnsAnswer &answer);
    const Key *find(const QString &name) const;
    bool contains(const QString &name) const { return m_keys.contains(name.toLower()); }

private:
    QHash<QString, Key> m_keys;
};
