// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// What one vendor's spam headers in a message say, as SpamHeaderTable read
// them: the stable verdict word of the worst reading (spam, high_spam,
// phish, bulk, blocked, not_spam, skipped, info; empty when the headers
// give a score and no verdict), the codes as the header wrote them
// ("SFV:SPM", "SCL:5"), each code's meaning from the table in the user's
// language, and the rules that matched. Pure data.
struct SpamVerdict
{
    QString vendor;
    QString verdict;
    QStringList headers;  // the header names read, in the message's order
    QStringList codes;    // for the finding's title
    QStringList meanings; // plain sentences, from the table
    QStringList rules;    // SpamAssassin's tests=, Rspamd's symbols
    QStringList evidence; // "Header: value" as found, then the table's sources

    bool isSpam() const;
    bool isBulk() const { return verdict == QLatin1String("bulk"); }
    bool isSkipped() const { return verdict == QLatin1String("skipped"); }
    // How bad a verdict word is, to keep the worst of several readings.
    static int rank(const QString &verdict);
};
