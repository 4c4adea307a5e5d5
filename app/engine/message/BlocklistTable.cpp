// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/BlocklistTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

std::optional<BlocklistTable::Kind> kindFromName(const QString &name)
{
    using Kind = BlocklistTable::Kind;
    for (Kind kind : {Kind::Spam, Kind::Exploited, Kind::Policy, Kind::Listed, Kind::Refused}) {
        if (BlocklistTable::kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace

const BlocklistTable &BlocklistTable::builtIn()
{
    static const BlocklistTable table = [] {
        QFile file(QStringLiteral(":/dnsbl/blocklists.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the DNS blocklist table is missing from the resources");
        const auto table = fromJson(file.readAll());
        if (!table)
            qFatal("the DNS blocklist table is not valid");
        return *table;
    }();
    return table;
}

std::optional<BlocklistTable> BlocklistTable::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    BlocklistTable table;
    for (const QJsonValue &value : document.object().value(QLatin1String("lists")).toArray()) {
        const QJsonObject object = value.toObject();
        Blocklist list;
        list.zone = object.value(QLatin1String("zone")).toString().toLower();
        list.name = object.value(QLatin1String("name")).toString();
        list.byDefault = object.value(QLatin1String("default")).toBool();
        list.ipv6 = object.value(QLatin1String("ipv6")).toBool();
        list.lookupUrl = object.value(QLatin1String("lookup")).toString();
        list.source = object.value(QLatin1String("source")).toString();
        list.checked = object.value(QLatin1String("checked")).toString();
        if (list.zone.isEmpty() || list.name.isEmpty() || list.source.isEmpty()
            || list.checked.isEmpty())
            return std::nullopt;
        for (const QJsonValue &codeValue : object.value(QLatin1String("codes")).toArray()) {
            const QJsonObject row = codeValue.toObject();
            Code code;
            code.answer = QHostAddress(row.value(QLatin1String("answer")).toString());
            code.list = row.value(QLatin1String("list")).toString();
            code.meaning = row.value(QLatin1String("meaning")).toString();
            const auto kind = kindFromName(row.value(QLatin1String("kind")).toString());
            if (code.answer.isNull() || !kind)
                return std::nullopt;
            code.kind = *kind;
            list.codes.append(code);
        }
        table.m_lists.append(list);
    }
    if (table.m_lists.isEmpty())
        return std::nullopt;
    return table;
}

QStringList BlocklistTable::defaultZones() const
{
    QStringList zones;
    for (const Blocklist &list : m_lists) {
        if (list.byDefault)
            zones.append(list.zone);
    }
    return zones;
}

BlocklistTable::Blocklist BlocklistTable::blocklist(const QString &zone) const
{
    const QString wanted = zone.toLower();
    for (const Blocklist &list : m_lists) {
        if (list.zone == wanted)
            return list;
    }
    Blocklist unknown;
    unknown.zone = wanted;
    unknown.name = wanted;
    return unknown;
}

BlocklistTable::Code BlocklistTable::classify(const Blocklist &list, const QHostAddress &answer)
{
    for (const Code &code : list.codes) {
        if (code.answer.isEqual(answer, QHostAddress::ConvertV4MappedToIPv4))
            return code;
    }
    Code code;
    code.answer = answer;
    // RFC 5782 section 2.1: listings are A records in 127.0.0.0/8. Anything
    // else is no DNSBL answer (an expired list's domain answering for every
    // name, a resolver that rewrites NXDOMAIN).
    const bool inLoopback = answer.isInSubnet(QHostAddress(QStringLiteral("127.0.0.0")), 8);
    code.kind = inLoopback ? Kind::Listed : Kind::Unexpected;
    return code;
}

QString BlocklistTable::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Spam:
        return QStringLiteral("spam");
    case Kind::Exploited:
        return QStringLiteral("exploited");
    case Kind::Policy:
        return QStringLiteral("policy");
    case Kind::Listed:
        return QStringLiteral("listed");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Unexpected:
        return QStringLiteral("unexpected");
    }
    return {};
}
