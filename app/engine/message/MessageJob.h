// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QObject>
#include <QString>

// The "message that arrived" step as a front end drives it, without GMime,
// libopendkim or libopendmarc in sight: MessageDiagnosis is the one behind
// it. The wizard holds only this, so that those libraries load when the
// step is first used (MailModule), not at start. After the job contract of
// Check: start() defers the work, finished() comes exactly once, cancel()
// ends it with what was found so far.
class MessageJob : public QObject
{
    Q_OBJECT
public:
    // A message is a few MiB at most; a bigger input is not one message.
    static constexpr qint64 maxSourceBytes = 32 * 1024 * 1024;

    using QObject::QObject;

    virtual void start() = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
    virtual bool wasCancelled() const = 0;
    // Complete once finished() was emitted.
    virtual const Report &report() const = 0;
    // Why the resolver could not be set up (the checks were not done again).
    virtual QString setupError() const = 0;

signals:
    void progressChanged(const QString &step);
    void finished();
};
