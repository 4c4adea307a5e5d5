// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/MessageDate.h"

#include "message/MimeLibrary.h"

#include <QTimeZone>

#include "message/GMime.h"

QDateTime MessageDate::parse(const QString &text)
{
    MimeLibrary::ensureInitialized();
    const QByteArray utf8 = text.trimmed().toUtf8();
    if (utf8.isEmpty())
        return {};
    GDateTime *decoded = g_mime_utils_header_decode_date(utf8.constData());
    if (!decoded)
        return {};
    const qint64 seconds = g_date_time_to_unix(decoded);
    const int offsetSeconds = int(g_date_time_get_utc_offset(decoded) / G_TIME_SPAN_SECOND);
    g_date_time_unref(decoded);
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone(offsetSeconds));
}
