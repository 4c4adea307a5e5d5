// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// The address ranges of CDNs that proxy only web traffic (Cloudflare's,
// shipped in resources/cdn with their date). A mail host inside them is a
// DNS record left "proxied": SMTP to it times out.
class CdnRanges
{
public:
    static const CdnRanges &instance();
    // One "ADDRESS/PREFIX" a line; '#' starts a comment.
    static CdnRanges fromText(const QString &name, const QString &text);

    // The CDN's name when `address` is inside one of its ranges.
    std::optional<QString> cdnOf(const QHostAddress &address) const;

private:
    QString m_name;
    QList<QPair<QHostAddress, int>> m_ranges;
};
