// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// One saved run, as the history list shows it.
struct HistoryEntry
{
    enum class State {
        Complete,    // ran to its end
        Cancelled,   // stopped by the user or the deadline: what it had found
        Interrupted, // the program was killed or crashed: recovered from its journal
        Damaged,     // the file does not read (cut short, corrupt): listed, never opened
    };

    QString path;
    State state = State::Complete;
    QString problem; // for a damaged file: why it does not read
    QDateTime started;
    QString host;
    quint16 port = 0;
    Finding::Severity worst = Finding::Severity::Pass;
    QString verdict;                    // ReportVerdict::sentence
    std::optional<Situation> situation; // what the user described, for a wizard run
};

// The last runs, each a JSON report (smtp-doctor-report/1) in the
// application's data folder, so that they can be reopened. One file per
// run, named after its start: saving the same run again replaces it
// atomically (QSaveFile: the old file stays whole until the new one is
// complete), which is how a run that grows step by step (or is closed
// halfway) keeps everything it found. Only the newest `capacity` runs are kept.
//
// Beside a run that is still going, its journal (RunJournal, run-....jsonl)
// and a lock (run-....lock, QLockFile) held by the process that runs it. A
// journal whose lock nobody holds is a run that was killed: recoverInterrupted()
// turns it into the run's report (marked interrupted) and removes it.
//
// Whatever the disk does, a file that does not read is listed as damaged
// and the others still are; a failure to write is returned, never fatal.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
public:
    static constexpr int capacity = 50;

    // `directory` empty: AppDataLocation/history (QStandardPaths).
    explicit HistoryStore(const QString &directory = QString());

    QString directory() const { return m_directory; }
    // The path written, or empty with the reason in `error`. `fileName`
    // empty: named after the report's start (fileNameFor).
    QString save(const Report &report, QString *error = nullptr, const QString &fileName = {});
    // Newest first, at most `capacity`, damaged files included (and said so).
    QList<HistoryEntry> entries() const;

    static QString fileNameFor(const Report &report);
    QString journalPathFor(const QString &fileName) const;
    QString lockPathFor(const QString &fileName) const;

    // Journals left by runs that were killed, newest first (a live run's lock is held).
    QStringList interruptedJournals() const;
    // Each of them saved as its run's report and removed; the paths saved,
    // newest first. A journal that cannot be saved (read-only, full) stays, with the
    // reason in `error`; one that does not read at all is left for the list
    // to show as damaged.
    QStringList recoverInterrupted(QString *error = nullptr);

private:
    void prune() const;
    QStringList files() const;
    static HistoryEntry entryFor(const QString &path, const Report &report);

    QString m_directory;
};
