#pragma once

#include "report/Report.h"

#include <QDateTime>
#include <QString>

#include <optional>

// One saved run, as the history list shows it.
struct HistoryEntry
{
    QString path;
    QDateTime started;
    QString host;
    quint16 port = 0;
    Finding::Severity worst = Finding::Severity::Pass;
    QString verdict;                    // ReportVerdict::sentence
    std::optional<Situation> situation; // what the user described, for a wizard run
};

// The last runs, each a JSON report (smtp-doctor-report/1) in the
// application's data folder, so that they can be reopened. One file per
// run, named after its start: saving the same run again replaces it, which
// is how a run that grows step by step (or is closed halfway) keeps
// everything it found. Only the newest `capacity` files are kept.
class HistoryStore
{
public:
    static constexpr int capacity = 50;

    // `directory` empty: AppDataLocation/history (QStandardPaths).
    explicit HistoryStore(const QString &directory = QString());

    QString directory() const { return m_directory; }
    // The path written, or empty with the reason in `error`.
    QString save(const Report &report, QString *error = nullptr);
    // Newest first, at most `capacity`; files that do not read are left out.
    QList<HistoryEntry> entries() const;

    static QString fileNameFor(const Report &report);

private:
    void prune() const;
    QStringList files() const;

    QString m_directory;
};
