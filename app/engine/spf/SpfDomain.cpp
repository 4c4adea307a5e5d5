// SPDX-License-Identifier: GPL-3.0-or-later
#include "spf/SpfDomain.h"

#include <QStringList>

namespace {
constexpr int maxNameLength = 253;
constexpr int maxLabelLength = 63;

bool isAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
           || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool labelsAreQueryable(const QString &name)
{
    if (name.isEmpty() || name.size() > maxNameLength)
        return false;
    for (const QString &label : name.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > maxLabelLength)
            return false;
    }
    return true;
}
} // namespace

namespace SpfDomain {

QString normalized(const QString &name)
{
    if (name.endsWith(QLatin1Char('.')))
        return name.left(name.size() - 1);
    return name;
}

bool isValidCheckHostDomain(const QString &domain)
{
    const QString name = normalized(domain);
    if (!labelsAreQueryable(name) || !name.contains(QLatin1Char('.')))
        return false;
    for (const QChar c : name) {
        // Visible ASCII only: a domain literal "[192.0.2.1]" or a stray
        // space is not a domain.
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == QLatin1Char('[')
            || c == QLatin1Char(']'))
            return false;
    }
    // An all-numeric last label is an IPv4 address, not a domain.
    const QString last = name.section(QLatin1Char('.'), -1);
    bool numeric = true;
    for (const QChar c : last)
        numeric = numeric && c.isDigit();
    return !numeric;
}

bool isQueryable(const QString &name)
{
    return labelsAreQueryable(normalized(name));
}

QString truncated(const QString &name)
{
    QString result = normalized(name);
    while (result.size() > maxNameLength) {
        const int dot = result.indexOf(QLatin1Char('.'));
        if (dot < 0)
            return result.right(maxNameLength); // one huge label: left unqueryable
        result = result.mid(dot + 1);
    }
    return result;
}

bool isSubdomainOf(const QString &name, const QString &domain)
{
    const QString n = normalized(name);
    const QString d = normalized(domain);
    if (n.compare(d, Qt::CaseInsensitive) == 0)
        return true;
    return n.size() > d.size() && n.endsWith(d, Qt::CaseInsensitive)
           && n.at(n.size() - d.size() - 1) == QLatin1Char('.');
}

bool isValidTopLabel(const QString &label)
{
    if (label.isEmpty() || !isAlnum(label.front()) || !isAlnum(label.back()))
        return false;
    bool hasLetter = false;
    bool hasHyphen = false;
    for (const QChar c : label) {
        if (c == QLatin1Char('-'))
            hasHyphen = true;
        else if (!isAlnum(c))
            return false;
        else if (!c.isDigit())
            hasLetter = true;
    }
    return hasLetter || hasHyphen;
}

QString dottedAddress(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return address.toString();
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    QStringList nibbles;
    for (int i = 0; i < 16; ++i) {
        // Upper case, as the openspf suite expects of "%{i}" (its v-macro-ip6
        // test); DNS compares names without regard to case anyway.
        nibbles.append(QString::number(bytes[i] >> 4, 16).toUpper());
        nibbles.append(QString::number(bytes[i] & 0xf, 16).toUpper());
    }
    return nibbles.join(QLatin1Char('.'));
}

QString reverseName(const QHostAddress &address)
{
    QStringList parts = dottedAddress(address).toLower().split(QLatin1Char('.'));
    std::reverse(parts.begin(), parts.end());
    const bool ip4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    return parts.join(QLatin1Char('.'))
           + (ip4 ? QLatin1String(".in-addr.arpa") : QLatin1String(".ip6.arpa"));
}

} // namespace SpfDomain
