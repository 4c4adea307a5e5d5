// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// Dates of mail headers (RFC 5322 section 3.3, obsolete forms included),
// read by GMime's g_mime_utils_header_decode_date(): Date and the end of
// each Received header. Invalid QDateTime when unreadable.
class MessageDate
{
public:
    static QDateTime parse(const QString &text);
};
