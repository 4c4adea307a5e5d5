// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EventLog.h"
#include "findings/Finding.h"

#include <QList>
#include <QObject>

// The fetch-back as a front end drives it, without libetpan or GMime in
// sight: FetchBack is the one behind it, loaded with the wizard's mail
// module on first use (MailModule). After the job contract of Check:
// start() returns at once, finished() comes exactly once, cancel() ends the
// wait and the session, and what was found so far stays.
class FetchBackJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
    virtual bool wasCancelled() const = 0;
    // Complete once finished() was emitted: the fetch-back's finding, then
    // those of the message that arrived.
    virtual const QList<Finding> &findings() const = 0;
    // The IMAP dialogue (secrets withheld) and the message checks' events,
    // offsets from start().
    virtual QList<Event> events() const = 0;

signals:
    void progressChanged(const QString &step);
    // Each event as it is logged (said on the object's thread): the run's
    // journal follows the IMAP dialogue while it goes on.
    void eventAdded(const Event &event);
    void finished();
};
