// SPDX-License-Identifier: GPL-3.0-or-later
#include "spf/DnsRecordParser.h"

namespace {
// RFC 1035 section 2.3.4.
constexpr int maxLabelLength = 63;
constexpr int maxNameLength = 255;

// Presentation format (RFC 1035 section 5.1): characters that would be read
// as syntax, and anything not printable, are escaped as \DDD or \X.
void appendLabel(QString *out, const QByteArray &label)
{
    for (const char c : label) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '.' || byte == '\\')
            out->append(QLatin1Char('\\')).append(QLatin1Char(c));
        else if (byte <= 0x20 || byte >= 0x7f)
            out->append(QStringLiteral("\\%1").arg(byte, 3, 10, QLatin1Char('0')));
        else
            out->append(QLatin1Char(c));
    }
}
} // namespace

std::optional<QList<QByteArray>> DnsRecordParser::txtStrings(const QByteArray &rdata)
{
    QList<QByteArray> strings;
    int pos = 0;
    while (pos < rdata.size()) {
        const int length = static_cast<unsigned char>(rdata.at(pos));
        ++pos;
        if (length > rdata.size() - pos)
            return std::nullopt;
        strings.append(rdata.mid(pos, length));
        pos += length;
    }
    return strings;
}

std::optional<QByteArray> DnsRecordParser::txt(const QByteArray &rdata)
{
    const auto strings = txtStrings(rdata);
    if (!strings)
        return std::nullopt;
    QByteArray joined;
    joined.reserve(rdata.size());
    for (const QByteArray &string : *strings)
        joined.append(string);
    return joined;
}

std::optional<MxRecord> DnsRecordParser::mx(const QByteArray &rdata)
{
    if (rdata.size() < 3)
        return std::nullopt;
    MxRecord record;
    record.preference = (static_cast<unsigned char>(rdata.at(0)) << 8)
                        | static_cast<unsigned char>(rdata.at(1));
    int end = 0;
    const auto exchange = name(rdata, 2, &end);
    if (!exchange || end != rdata.size())
        return std::nullopt;
    record.exchange = *exchange;
    return record;
}

std::optional<QString> DnsRecordParser::ptr(const QByteArray &rdata)
{
    int end = 0;
    const auto target = name(rdata, 0, &end);
    if (!target || end != rdata.size())
        return std::nullopt;
    return target;
}

std::optional<QHostAddress> DnsRecordParser::address(const QByteArray &rdata)
{
    const auto *bytes = reinterpret_cast<const quint8 *>(rdata.constData());
    if (rdata.size() == 4)
        return QHostAddress((quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16)
                            | (quint32(bytes[2]) << 8) | quint32(bytes[3]));
    if (rdata.size() == 16)
        return QHostAddress(bytes);
    return std::nullopt;
}

std::optional<QString> DnsRecordParser::name(const QByteArray &data, int offset, int *end)
{
    if (offset < 0)
        return std::nullopt;
    QString result;
    int pos = offset;
    int wireLength = 0;
    while (true) {
        if (pos >= data.size())
            return std::nullopt;
        const int length = static_cast<unsigned char>(data.at(pos));
        ++pos;
        wireLength += 1 + length;
        if (length > maxLabelLength || wireLength > maxNameLength)
            return std::nullopt; // also refuses compression pointers (0xC0..)
        if (length == 0)
            break;
        if (length > data.size() - pos)
            return std::nullopt;
        if (!result.isEmpty())
            result.append(QLatin1Char('.'));
        appendLabel(&result, data.mid(pos, length));
        pos += length;
    }
    if (end)
        *end = pos;
    return result;
}

std::optional<QByteArray> DnsRecordParser::encodeName(const QString &name)
{
    QString trimmed = name;
    if (trimmed.endsWith(QLatin1Char('.')))
        trimmed.chop(1);
    QByteArray wire;
    if (!trimmed.isEmpty()) {
        for (const QString &label : trimmed.split(QLatin1Char('.'))) {
            const QByteArray bytes = label.toLatin1();
            if (bytes.isEmpty() || bytes.size() > maxLabelLength)
                return std::nullopt;
            wire.append(char(bytes.size())).append(bytes);
        }
    }
    wire.append('\0');
    if (wire.size() > maxNameLength)
        return std::nullopt;
    return wire;
}
