// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/DkimSignatureHeader.h"

#include "domain/TagList.h"

DkimSignatureHeader DkimSignatureHeader::parse(const QString &value)
{
    DkimSignatureHeader header;
    header.raw = value.simplified();
    // Tag names are case-sensitive in DKIM (RFC 6376 section 3.2).
    const TagList tags = TagList::parse(value, TagList::NameCase::Sensitive);
    const auto text = [&tags](const char *name) {
        const auto tag = tags.tag(QLatin1String(name));
        return tag ? TagList::trimmed(tag->value) : QString();
    };
    const auto time = [&text](const char *name) {
        bool ok = false;
        const qint64 seconds = text(name).toLongLong(&ok);
        return ok ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
    };
    header.domain = text("d").toLower();
    header.selector = text("s");
    header.algorithm = text("a").toLower();
    header.canonicalization = text("c").isEmpty() ? QStringLiteral("simple/simple") : text("c");
    header.identity = text("i");
    header.signedHeaders = text("h");
    header.signedAt = time("t");
    header.expiresAt = time("x");
    header.bodyLengthLimited = tags.tag(QStringLiteral("l")).has_value();
    header.isWellFormed = text("v") == QLatin1String("1") && !header.algorithm.isEmpty()
                          && !text("b").isEmpty() && !text("bh").isEmpty()
                          && !header.domain.isEmpty() && !header.signedHeaders.isEmpty()
                          && !header.selector.isEmpty();
    return header;
}
