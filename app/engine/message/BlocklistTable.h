// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The DNS blocklists this program knows (resources/dnsbl/blocklists.json,
// each with its source and the day it was checked): their zones, whether
// they answer for IPv6, and what each answer code means. Classifying an
// answer is pure; a zone the table does not know is read as RFC 5782 says
// (any address in 127.0.0.0/8 is a listing).
class BlocklistTable
{
public:
    // What an answer code says, which picks the finding's words.
    enum class Kind {
        Spam,      // a spam source (SBL, SpamCop, Barracuda)
        Exploited, // an infected machine, a botnet member, an open proxy (XBL)
        Policy,    // a range that should not send mail directly (PBL)
        Listed,    // listed, for a reason the table does not name
        Refused,   // the list refused the query: the result is unknown
        Unexpected // not a DNSBL answer at all (outside 127.0.0.0/8)
    };

    struct Code
    {
        QHostAddress answer;
        QString list; // "SBL", "PBL"...
        Kind kind = Kind::Listed;
        QString meaning; // the list's own words, for evidence
    };

    struct Blocklist
    {
        QString zone;
        QString name; // "Spamhaus ZEN"; the zone itself for an unknown one
        bool byDefault = false;
        bool ipv6 = true;
        QString lookupUrl; // where a person checks an address by hand
        QString source;
        QString checked;
        QList<Code> codes;
    };

    // The built-in table (a Qt resource).
    static const BlocklistTable &builtIn();
    // Reads the table's JSON; nullopt when it is not one.
    static std::optional<BlocklistTable> fromJson(const QByteArray &json);

    QStringList defaultZones() const;
    // The list of `zone`: the table's, or a bare one for a zone it does not know.
    Blocklist blocklist(const QString &zone) const;
    // What `answer` (an A record of a query in `zone`) means.
    static Code classify(const Blocklist &list, const QHostAddress &answer);

    static QString kindName(Kind kind);

private:
    QList<Blocklist> m_lists;
};
