// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QFile>
#include <QString>

class QJsonObject;

// The run as it goes, for a crash or a kill -9: one JSON Lines file
// ("smtp-doctor-journal/1") beside the run's report in the history folder.
// A header line (the report so far: target, environment, situation), then
// one line per step begun, event, finding, snapshot (a watch run's report
// after each attempt, without its events), step ended (that step's whole
// report) and step resumed (an ended step that goes on), each written in
// one write() and synced (fdatasync) before the call returns.
//
// Why JSON Lines rather than the report rewritten through QSaveFile after
// each finding: a run logs hundreds of events (every line sent and
// received), and a watch run goes on for hours; rewriting the whole report
// for each would cost in proportion to everything already written, while an
// append costs one line. A line cut short by the kill is the only damage a
// crash can do, and the reader drops it. The complete report is still written
// atomically (HistoryStore, QSaveFile) at the end of each step; the journal
// is removed once the run is saved whole.
//
// A write that fails (full or read-only disk) cuts the file back to its last
// whole line and stops the journal: the run goes on, failed() says why.
// Owned by whoever records the run (the wizard's RunRecorder).
class RunJournal
{
public:
    static constexpr const char *schema = "smtp-doctor-journal/1";
    static constexpr const char *suffix = ".jsonl";

    explicit RunJournal(const QString &path);

    QString path() const { return m_file.fileName(); }
    bool isOpen() const { return m_file.isOpen() && m_error.isEmpty(); }
    // Empty unless a write failed; then the journal writes no more.
    QString error() const { return m_error; }

    // Creates the file (replacing any) with its header line.
    bool open(const Report &header);
    void beginStep(const QString &step);
    void addEvent(const QString &step, const Event &event);
    void addFinding(const QString &step, const Finding &finding);
    // A check of the step has ended (done, cancelled, skipped...).
    void endCheck(const QString &step, const QString &check, const QString &status);
    // The step's run so far, for a run whose findings are only known as a
    // whole (a watch run's after each attempt); its events are not repeated:
    // they are journaled one by one.
    void snapshotStep(const QString &step, const Report &report);
    // The step's run has ended; `report` is all it found.
    void endStep(const QString &step, const Report &report);
    // The step's ended run goes on (the test e-mail's fetch-back after the
    // send): its report holds until now, the lines that follow add to it,
    // and a new endStep() closes it again.
    void resumeStep(const QString &step);
    // The run is saved whole elsewhere: the journal goes.
    void remove();

private:
    bool append(const QJsonObject &line);

    QFile m_file;
    qint64 m_size = 0; // up to the last whole line
    QString m_error;
};
