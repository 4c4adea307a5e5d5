// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/EventLog.h"

QString Event::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Sent:
        return QStringLiteral("sent");
    case Kind::Received:
        return QStringLiteral("received");
    case Kind::Dns:
        return QStringLiteral("dns");
    case Kind::Connect:
        return QStringLiteral("connect");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Note:
        return QStringLiteral("note");
    }
    return {};
}

EventLog::EventLog(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

void EventLog::append(const QString &check, Event::Kind kind, const QString &text)
{
    Event event{m_clock.elapsed(), check, kind, text};
    m_events.append(event);
    emit eventAdded(event);
}
