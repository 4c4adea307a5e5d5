// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZoneDnsSource.h"

#include "dns/DnsResolver.h"
#include "spf/DnsRecordParser.h"
#include "spf/SpfDomain.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QTimer>

namespace {
constexpr int cnameType = 5;
constexpr int maxChain = 8;

// YAML "\xEF" is the code point U+00EF; the suite means the byte 0xEF.
QByteArray bytesOf(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xff)
            return text.toUtf8();
    }
    return text.toLatin1();
}

// RFC 1035 section 3.3.14: character-strings of at most 255 octets.
QByteArray txtRdata(const QJsonValue &value)
{
    QStringList strings;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            strings.append(item.toString());
    } else {
        strings.append(value.toString());
    }
    QByteArray rdata;
    for (const QString &string : std::as_const(strings)) {
        QByteArray bytes = bytesOf(string);
        do {
            const QByteArray chunk = bytes.left(255);
            rdata.append(char(chunk.size())).append(chunk);
            bytes.remove(0, chunk.size());
        } while (!bytes.isEmpty());
    }
    return rdata;
}

QByteArray addressRdata(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v = address.toIPv4Address();
        const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        return QByteArray(bytes, 4);
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(v6.c), 16);
}
} // namespace

QString ZoneDnsSource::keyOf(const QString &name)
{
    return SpfDomain::normalized(name).toLower();
}

ZoneDnsSource ZoneDnsSource::fromJson(const QJsonArray &zonedata, QString *error)
{
    ZoneDnsSource zone;
    error->clear();
    for (const QJsonValue &nameValue : zonedata) {
        const QJsonObject object = nameValue.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        QList<Item> items;
        QList<Item> generatedTxt;
        bool hasTxt = false;
        for (const QJsonValue &entryValue : object.value(QLatin1String("records")).toArray()) {
            const QJsonArray entry = entryValue.toArray();
            const QString type = entry.at(0).toString();
            const QJsonValue value = entry.at(1);
            Item item;
            if (type == QLatin1String("TIMEOUT")) {
                items.append(item);
            } else if (type == QLatin1String("TXT")) {
                hasTxt = true; // even "TXT: NONE" stops SPF records standing in
                if (value.toString() != QLatin1String("NONE")) {
                    item.type = DnsResolver::Txt;
                    item.rdata = txtRdata(value);
                    items.append(item);
                }
            } else if (type == QLatin1String("SPF")) {
                if (value.toString() != QLatin1String("NONE")) {
                    item.type = DnsResolver::Txt;
                    item.rdata = txtRdata(value);
                    generatedTxt.append(item);
                }
            } else if (type == QLatin1String("A") || type == QLatin1String("AAAA")) {
                const QHostAddress address(value.toString());
                if (address.isNull()) {
                    *error = QStringLiteral("%1: bad address %2").arg(name, value.toString());
                    return {};
                }
                item.type = type == QLatin1String("A") ? DnsResolver::A : DnsResolver::Aaaa;
                item.rdata = addressRdata(address);
                items.append(item);
            } else if (type == QLatin1String("MX")) {
                const QJsonArray mx = value.toArray();
                const int preference = mx.at(0).toInt();
                const auto exchange = DnsRecordParser::encodeName(mx.at(1).toString());
                if (!exchange) {
                    *error = QStringLiteral("%1: bad MX %2").arg(name, mx.at(1).toString());
                    return {};
                }
                item.type = DnsResolver::Mx;
                item.rdata = QByteArray(1, char(preference >> 8)) + char(preference & 0xff)
                             + *exchange;
                items.append(item);
            } else if (type == QLatin1String("PTR")) {
                const auto target = DnsRecordParser::encodeName(value.toString());
                if (!target) {
                    *error = QStringLiteral("%1: bad PTR %2").arg(name, value.toString());
                    return {};
                }
                item.type = DnsResolver::Ptr;
                item.rdata = *target;
                items.append(item);
            } else if (type == QLatin1String("CNAME")) {
                item.type = cnameType;
                item.target = value.toString();
                items.append(item);
            } else {
                *error = QStringLiteral("%1: unknown record type %2").arg(name, type);
                return {};
            }
        }
        // As the suite's own driver does: SPF stands in for TXT, after the
        // name's other entries.
        if (!hasTxt)
            items.append(generatedTxt);
        zone.m_names[keyOf(name)].append(items);
    }
    return zone;
}

DnsAnswer ZoneDnsSource::answer(const QString &name, int type) const
{
    DnsAnswer answer;
    answer.name = name;
    answer.type = type;
    answer.status = DnsAnswer::Status::NoError;
    if (!SpfDomain::isQueryable(name)) {
        // libunbound cannot even compose such a query.
        answer.status = DnsAnswer::Status::Failure;
        answer.error = QStringLiteral("syntax error");
        return answer;
    }
    QString current = name;
    for (int hop = 0; hop <= maxChain; ++hop) {
        const auto it = m_names.constFind(keyOf(current));
        if (it == m_names.constEnd()) {
            answer.status = DnsAnswer::Status::NxDomain;
            answer.rcode = 3;
            return answer;
        }
        const auto cname = std::find_if(
            it->cbegin(), it->cend(), [](const Item &item) { return item.type == cnameType; });
        if (cname != it->cend() && type != cnameType) {
            current = cname->target;
            answer.canonicalName = current;
            continue;
        }
        bool found = false;
        for (const Item &item : *it) {
            if (item.type == 0) {
                if (!found) {
                    answer.status = DnsAnswer::Status::Timeout;
                    answer.records.clear();
                    answer.addresses.clear();
                }
                return answer;
            }
            if (item.type != type)
                continue;
            found = true;
            answer.records.append(item.rdata);
            if (type == DnsResolver::A || type == DnsResolver::Aaaa) {
                if (const auto address = DnsRecordParser::address(item.rdata))
                    answer.addresses.append(*address);
            }
        }
        return answer;
    }
    answer.status = DnsAnswer::Status::ServFail; // CNAME loop
    answer.rcode = 2;
    return answer;
}

void ZoneDnsSource::lookup(const QString &name,
                           int type,
                           QObject *context,
                           std::function<void(const DnsAnswer &)> done)
{
    ++m_lookupCount;
    const DnsAnswer result = answer(name, type);
    // DnsSource: never from inside lookup(), and not once `context` is gone.
    QTimer::singleShot(0, context, [done, result] { done(result); });
}
