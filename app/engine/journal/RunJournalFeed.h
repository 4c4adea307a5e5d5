// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

class Diagnosis;
class FetchBackJob;
class ProfileRun;
class RunJournal;
class WatchRun;

// Writes what one step's run does into the run's journal as it happens:
// each event and finding of a diagnosis (both of a profile run) and each
// check's end; for a watch run, each event and, after every attempt, the
// run so far; for a fetch-back after the send, each event, then its
// findings. The journal is the caller's (RunRecorder); a feed is a child of
// the run it follows and stops with it, or with stop() when the step is run
// again.
class RunJournalFeed : public QObject
{
    Q_OBJECT
public:
    // The step's lines begin here (RunJournal::beginStep).
    static RunJournalFeed *follow(RunJournal *journal, const QString &step, Diagnosis *diagnosis);
    static RunJournalFeed *follow(RunJournal *journal, const QString &step, ProfileRun *run);
    static RunJournalFeed *follow(RunJournal *journal,
                                  const QString &step,
                                  WatchRun *run,
                                  const QDateTime &started);
    // A step's ended run that goes on in a fetch-back (RunJournal::resumeStep):
    // its events, offsetMs later as the step's report has them, then its
    // findings and its check's end.
    static RunJournalFeed *resume(RunJournal *journal,
                                  const QString &step,
                                  FetchBackJob *fetch,
                                  qint64 offsetMs);

    // Writes no more (the step's run was replaced, or the journal closed).
    void stop() { m_journal = nullptr; }

private:
    enum class Start { Begin, Resume };
    RunJournalFeed(RunJournal *journal, const QString &step, QObject *run, Start start);
    void followDiagnosis(Diagnosis *diagnosis);

    RunJournal *m_journal;
    QString m_step;
};
