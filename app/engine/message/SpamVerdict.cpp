// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/SpamVerdict.h"

bool SpamVerdict::isSpam() const
{
    return rank(verdict) >= rank(QStringLiteral("spam"));
}

int SpamVerdict::rank(const QString &verdict)
{
    // Worst last: a message filed as spam and as bulk is spam.
    static const QStringList order{QStringLiteral("info"),
                                   QStringLiteral("not_spam"),
                                   QStringLiteral("skipped"),
                                   QStringLiteral("bulk"),
                                   QStringLiteral("spam"),
                                   QStringLiteral("high_spam"),
                                   QStringLiteral("phish"),
                                   QStringLiteral("blocked")};
    return static_cast<int>(order.indexOf(verdict));
}
