// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/CdnRanges.h"

#include <QFile>

const CdnRanges &CdnRanges::instance()
{
    static const CdnRanges ranges = [] {
        QFile file(QStringLiteral(":/cdn/cloudflare.txt"));
        file.open(QIODevice::ReadOnly);
        return fromText(QStringLiteral("Cloudflare"), QString::fromLatin1(file.readAll()));
    }();
    return ranges;
}

CdnRanges CdnRanges::fromText(const QString &name, const QString &text)
{
    CdnRanges ranges;
    ranges.m_name = name;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString range = line.section(QLatin1Char('#'), 0, 0).trimmed();
        if (range.isEmpty())
            continue;
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(range);
        if (!subnet.first.isNull())
            ranges.m_ranges.append(subnet);
    }
    return ranges;
}

std::optional<QString> CdnRanges::cdnOf(const QHostAddress &address) const
{
    for (const auto &range : m_ranges) {
        if (address.isInSubnet(range))
            return m_name;
    }
    return std::nullopt;
}
