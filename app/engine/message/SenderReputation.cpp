// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/SenderReputation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonArray addressArray(const QList<QHostAddress> &addresses)
{
    QJsonArray array;
    for (const QHostAddress &address : addresses)
        array.append(address.toString());
    return array;
}

int kindRank(BlocklistTable::Kind kind)
{
    switch (kind) {
    case BlocklistTable::Kind::Spam:
        return 0;
    case BlocklistTable::Kind::Exploited:
        return 1;
    case BlocklistTable::Kind::Listed:
        return 2;
    case BlocklistTable::Kind::Policy:
        return 3;
    case BlocklistTable::Kind::Refused:
        return 4;
    case BlocklistTable::Kind::Unexpected:
        return 5;
    }
    return 6;
}

} // namespace

BlocklistTable::Kind SenderReputation::ListAnswer::kind() const
{
    BlocklistTable::Kind worst = BlocklistTable::Kind::Unexpected;
    for (const BlocklistTable::Code &code : codes) {
        if (kindRank(code.kind) < kindRank(worst))
            worst = code.kind;
    }
    return worst;
}

QString SenderReputation::ptrStateName(Ptr ptr)
{
    switch (ptr) {
    case Ptr::Found:
        return QStringLiteral("found");
    case Ptr::Missing:
        return QStringLiteral("missing");
    case Ptr::Unchecked:
        return QStringLiteral("unchecked");
    }
    return {};
}

QString SenderReputation::forwardStateName(Forward forward)
{
    switch (forward) {
    case Forward::Confirmed:
        return QStringLiteral("confirmed");
    case Forward::Mismatch:
        return QStringLiteral("mismatch");
    case Forward::Unchecked:
        return QStringLiteral("unchecked");
    case Forward::NotAsked:
        return QStringLiteral("not-asked");
    }
    return {};
}

QString SenderReputation::listingName(Listing listing)
{
    switch (listing) {
    case Listing::NotListed:
        return QStringLiteral("not-listed");
    case Listing::Listed:
        return QStringLiteral("listed");
    case Listing::Refused:
        return QStringLiteral("refused");
    case Listing::Unexpected:
        return QStringLiteral("unexpected");
    case Listing::Unchecked:
        return QStringLiteral("unchecked");
    case Listing::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QStringList SenderReputation::askedZones() const
{
    QStringList zones;
    for (const ListAnswer &answer : lists) {
        if (answer.listing != Listing::Skipped)
            zones.append(answer.list.zone);
    }
    return zones;
}

QString SenderReputation::toFact() const
{
    QJsonObject ptrObject{{QStringLiteral("query"), ptrQuery},
                          {QStringLiteral("state"), ptrStateName(ptr)},
                          {QStringLiteral("status"), DnsAnswer::statusName(ptrStatus)},
                          {QStringLiteral("names"), QJsonArray::fromStringList(ptrNames)}};
    QJsonArray names;
    for (const ForwardName &name : forwardNames)
        names.append(QJsonObject{{QStringLiteral("name"), name.name},
                                 {QStringLiteral("status"), DnsAnswer::statusName(name.status)},
                                 {QStringLiteral("addresses"), addressArray(name.addresses)}});
    QJsonObject forwardObject{{QStringLiteral("state"), forwardStateName(forward)},
                              {QStringLiteral("names"), names}};
    if (!confirmedName.isEmpty())
        forwardObject.insert(QStringLiteral("confirmed"), confirmedName);
    QJsonArray listArray;
    for (const ListAnswer &answer : lists) {
        QJsonArray codes;
        for (const BlocklistTable::Code &code : answer.codes)
            codes.append(
                QJsonObject{{QStringLiteral("answer"), code.answer.toString()},
                            {QStringLiteral("list"), code.list},
                            {QStringLiteral("kind"), BlocklistTable::kindName(code.kind)}});
        QJsonObject object{{QStringLiteral("zone"), answer.list.zone},
                           {QStringLiteral("name"), answer.list.name},
                           {QStringLiteral("state"), listingName(answer.listing)},
                           {QStringLiteral("answers"), codes}};
        if (answer.listing != Listing::Skipped) {
            object.insert(QStringLiteral("query"), answer.queryName);
            object.insert(QStringLiteral("status"), DnsAnswer::statusName(answer.status));
        }
        listArray.append(object);
    }
    const QJsonObject root{{QStringLiteral("address"), address.toString()},
                           {QStringLiteral("ptr"), ptrObject},
                           {QStringLiteral("fcrdns"), forwardObject},
                           {QStringLiteral("blocklists-wanted"), blocklistsWanted},
                           {QStringLiteral("blocklists"), listArray}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}
