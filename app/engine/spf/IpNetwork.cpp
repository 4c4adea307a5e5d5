// SPDX-License-Identifier: GPL-3.0-or-later
#include "spf/IpNetwork.h"

#include <QStringList>

#include <array>

namespace {
bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
           || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// Appends the 16-bit groups of `text` ("" or "a:b:c" or "a:1.2.3.4") to `groups`.
bool appendGroups(const QString &text, bool allowIp4Tail, QList<quint16> *groups)
{
    if (text.isEmpty())
        return true;
    const QStringList parts = text.split(QLatin1Char(':'));
    for (int i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (allowIp4Tail && i == parts.size() - 1 && part.contains(QLatin1Char('.'))) {
            const auto ip4 = IpNetwork::parseIp4(part);
            if (!ip4)
                return false;
            const quint32 value = ip4->toIPv4Address();
            groups->append(quint16(value >> 16));
            groups->append(quint16(value & 0xffff));
            continue;
        }
        if (part.isEmpty() || part.size() > 4)
            return false;
        for (const QChar c : part) {
            if (!isHexDigit(c))
                return false;
        }
        groups->append(quint16(part.toUInt(nullptr, 16)));
    }
    return true;
}
} // namespace

IpNetwork::IpNetwork(const QHostAddress &address, int prefixLength)
    : m_address(address)
    , m_prefixLength(prefixLength)
{}

bool IpNetwork::contains(const QHostAddress &address) const
{
    if (m_address.protocol() != address.protocol())
        return false;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        if (m_prefixLength <= 0)
            return true;
        const quint32 mask = m_prefixLength >= 32 ? 0xffffffffu : ~(0xffffffffu >> m_prefixLength);
        return (address.toIPv4Address() & mask) == (m_address.toIPv4Address() & mask);
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    const Q_IPV6ADDR a = address.toIPv6Address();
    const Q_IPV6ADDR b = m_address.toIPv6Address();
    int bits = qBound(0, m_prefixLength, 128);
    for (int i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
        const quint8 mask = bits >= 8 ? 0xff : quint8(0xff << (8 - bits));
        if ((a[i] & mask) != (b[i] & mask))
            return false;
    }
    return true;
}

std::optional<QHostAddress> IpNetwork::parseIp4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return std::nullopt;
        if (part.size() > 1 && part.at(0) == QLatin1Char('0'))
            return std::nullopt; // qnum has no leading zeros (RFC 7208 section 12)
        uint octet = 0;
        for (const QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
            octet = octet * 10 + uint(c.unicode() - '0');
        }
        if (octet > 255)
            return std::nullopt;
        value = (value << 8) | octet;
    }
    return QHostAddress(value);
}

std::optional<QHostAddress> IpNetwork::parseIp6(const QString &text)
{
    if (text.size() < 2 || text.size() > 45)
        return std::nullopt;
    const int gap = text.indexOf(QLatin1String("::"));
    if (gap >= 0 && text.indexOf(QLatin1String("::"), gap + 1) >= 0)
        return std::nullopt;
    QList<quint16> head;
    QList<quint16> tail;
    if (gap < 0) {
        if (!appendGroups(text, true, &head) || head.size() != 8)
            return std::nullopt;
    } else {
        const QString left = text.left(gap);
        const QString right = text.mid(gap + 2);
        if (!appendGroups(left, false, &head) || !appendGroups(right, true, &tail))
            return std::nullopt;
        if (head.size() + tail.size() > 7) // "::" stands for one group at least
            return std::nullopt;
    }
    std::array<quint8, 16> bytes{};
    for (int i = 0; i < head.size(); ++i) {
        bytes[size_t(2 * i)] = quint8(head.at(i) >> 8);
        bytes[size_t(2 * i + 1)] = quint8(head.at(i) & 0xff);
    }
    const int tailStart = 8 - int(tail.size());
    for (int i = 0; i < tail.size(); ++i) {
        bytes[size_t(2 * (tailStart + i))] = quint8(tail.at(i) >> 8);
        bytes[size_t(2 * (tailStart + i) + 1)] = quint8(tail.at(i) & 0xff);
    }
    return QHostAddress(bytes.data());
}

QHostAddress IpNetwork::normalized(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        bool mapped = bytes[10] == 0xff && bytes[11] == 0xff;
        for (int i = 0; i < 10 && mapped; ++i)
            mapped = bytes[i] == 0;
        if (mapped)
            return QHostAddress((quint32(bytes[12]) << 24) | (quint32(bytes[13]) << 16)
                                | (quint32(bytes[14]) << 8) | quint32(bytes[15]));
    }
    if (!address.scopeId().isEmpty()) {
        QHostAddress copy = address;
        copy.setScopeId(QString());
        return copy;
    }
    return address;
}
