// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

// One timestamped line of evidence: a line sent or received, a probe, a DNS
// answer. Secrets are replaced before an Event is made, never after.
struct Event
{
    enum class Kind { Sent, Received, Dns, Connect, Tls, Note };

    qint64 offsetMs = 0;
    QString check;
    Kind kind = Kind::Note;
    QString text;

    static QString kindName(Kind kind);

    // The notes the Diagnosis writes when a check starts and ends: a run's
    // per-step times (StepTimings) are read back from its events, so that a
    // report saved, journaled or replayed still has them. Never translated.
    static constexpr const char *checkStarted = "check started";
    static constexpr const char *checkEnded = "check ended";
};

// The diagnosis' debug log. Owned by the Diagnosis; checks append to it.
class EventLog : public QObject
{
    Q_OBJECT
public:
    explicit EventLog(QObject *parent = nullptr);

    void append(const QString &check, Event::Kind kind, const QString &text);
    const QList<Event> &events() const { return m_events; }

signals:
    void eventAdded(const Event &event);

private:
    QElapsedTimer m_clock;
    QList<Event> m_events;
};
