// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"
#include "dns/DnsSource.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

// An in-memory DNS zone for the SPF conformance suite: serves one scenario's
// zonedata through the engine's DnsSource interface, with records encoded as
// the raw RDATA libunbound gives (so DnsRecordParser is exercised), answers
// delivered later from the event loop, and the suite's conventions:
// - TIMEOUT: a query for a type with no record listed before it times out;
// - type SPF (99) is gone (RFC 7208 section 3.1): a name's "SPF" records
//   are served as TXT unless it lists TXT records of its own (or TXT: NONE),
//   as the suite asks of TXT-only implementations;
// - CNAME chains are followed; a loop answers SERVFAIL, as resolvers do.
class ZoneDnsSource : public DnsSource
{
public:
    // Builds the zone from the JSON made by yaml2json.py; empty `error` on success.
    static ZoneDnsSource fromJson(const QJsonArray &zonedata, QString *error);

    void lookup(const QString &name,
                int type,
                QObject *context,
                std::function<void(const DnsAnswer &)> done) override;
    // What lookup() answers, at once (for tests of the zone itself).
    DnsAnswer answer(const QString &name, int type) const;
    int lookupCount() const { return m_lookupCount; }

private:
    struct Item
    {
        int type = 0; // 0 for TIMEOUT
        QByteArray rdata;
        QString target; // CNAME
    };
    static QString keyOf(const QString &name);

    QHash<QString, QList<Item>> m_names;
    int m_lookupCount = 0;
};
