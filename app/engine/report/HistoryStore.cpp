// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/HistoryStore.h"

#include "journal/JournalReplay.h"
#include "journal/RunJournal.h"
#include "report/JsonReport.h"
#include "report/ReportFile.h"
#include "report/ReportVerdict.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

HistoryStore::HistoryStore(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            + QStringLiteral("/history")
                      : directory)
{}

QString HistoryStore::fileNameFor(const Report &report)
{
    // UTC and sortable: the newest run has the greatest name.
    const QDateTime started = report.started.isValid() ? report.started
                                                       : QDateTime::currentDateTimeUtc();
    return QStringLiteral("run-%1.json")
        .arg(started.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
}

QString HistoryStore::journalPathFor(const QString &fileName) const
{
    return m_directory + QLatin1Char('/') + QFileInfo(fileName).completeBaseName()
           + QLatin1String(RunJournal::suffix);
}

QString HistoryStore::lockPathFor(const QString &fileName) const
{
    return m_directory + QLatin1Char('/') + QFileInfo(fileName).completeBaseName()
           + QStringLiteral(".lock");
}

QString HistoryStore::save(const Report &report, QString *error, const QString &fileName)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return QString();
    };
    if (!QDir().mkpath(m_directory))
        return fail(tr("cannot create the folder %1").arg(m_directory));
    const QString path = m_directory + QLatin1Char('/')
                         + (fileName.isEmpty() ? fileNameFor(report) : fileName);
    // QSaveFile: a crash or a full disk while writing leaves the previous
    // version whole, and no half-written file where it was.
    QSaveFile file(path);
    // Unbuffered: a full disk fails the write() itself. Buffered, Qt 6.4
    // writes the buffer out at commit() without noticing that it failed,
    // and renames a short file over the complete one.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(file.errorString());
    const QByteArray data = JsonReport::write(report);
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    prune();
    return path;
}

QStringList HistoryStore::files() const
{
    QStringList names = QDir(m_directory)
                            .entryList({QStringLiteral("run-*.json")}, QDir::Files, QDir::Name);
    std::reverse(names.begin(), names.end());
    return names;
}

void HistoryStore::prune() const
{
    const QStringList names = files();
    for (int i = capacity; i < names.size(); ++i)
        QFile::remove(m_directory + QLatin1Char('/') + names.at(i));
}

HistoryEntry HistoryStore::entryFor(const QString &path, const Report &report)
{
    HistoryEntry entry;
    entry.path = path;
    if (report.stopped)
        entry.state = report.stopped->reason == RunStop::Reason::Interrupted
                          ? HistoryEntry::State::Interrupted
                          : HistoryEntry::State::Cancelled;
    entry.started = report.started;
    entry.host = report.target.host;
    entry.port = report.target.port;
    const QList<Finding> sorted = report.sortedFindings();
    entry.worst = sorted.isEmpty() ? Finding::Severity::Pass : sorted.constFirst().severity;
    entry.verdict = ReportVerdict::sentence(report);
    entry.situation = report.situation;
    return entry;
}

QList<HistoryEntry> HistoryStore::entries() const
{
    // A killed run's journal knows more than its last saved report: it
    // stands for the run until it is recovered.
    QHash<QString, QString> journals; // run name -> journal path
    for (const QString &journal : interruptedJournals())
        journals.insert(QFileInfo(journal).completeBaseName(), journal);
    QStringList paths;
    for (const QString &name : files()) {
        const QString base = QFileInfo(name).completeBaseName();
        paths.append(journals.contains(base) ? journals.take(base)
                                             : m_directory + QLatin1Char('/') + name);
    }
    paths += journals.values();
    std::sort(paths.begin(), paths.end(), [](const QString &a, const QString &b) {
        return QFileInfo(a).completeBaseName() > QFileInfo(b).completeBaseName();
    });

    QList<HistoryEntry> list;
    for (const QString &path : paths.mid(0, capacity)) {
        QString problem;
        const std::optional<Report> report = ReportFile::load(path, &problem);
        if (report) {
            list.append(entryFor(path, *report));
            continue;
        }
        HistoryEntry damaged;
        damaged.path = path;
        damaged.state = HistoryEntry::State::Damaged;
        damaged.problem = problem;
        damaged.started = QFileInfo(path).lastModified();
        list.append(damaged);
    }
    return list;
}

QStringList HistoryStore::interruptedJournals() const
{
    QStringList found;
    const QStringList names = QDir(m_directory)
                                  .entryList(
                                      {QStringLiteral("run-*") + QLatin1String(RunJournal::suffix)},
                                      QDir::Files,
                                      QDir::Name);
    for (auto name = names.crbegin(); name != names.crend(); ++name) {
        // The run's own process holds its lock while it runs (even in this
        // process); QLockFile takes over a lock whose process is gone.
        QLockFile lock(lockPathFor(*name));
        lock.setStaleLockTime(0); // stale only when its process is gone, however old
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        found.append(m_directory + QLatin1Char('/') + *name);
    }
    return found;
}

QStringList HistoryStore::recoverInterrupted(QString *error)
{
    QStringList recovered;
    for (const QString &journal : interruptedJournals()) {
        QLockFile lock(lockPathFor(journal));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // taken since: another window recovers it
        const auto replayed = JournalReplay::readFile(journal, nullptr);
        if (!replayed)
            continue; // listed as damaged
        const QString fileName = QFileInfo(journal).completeBaseName() + QStringLiteral(".json");
        const QString saved = save(replayed->report, error, fileName);
        if (saved.isEmpty())
            continue; // the journal stays until it can be saved
        QFile::remove(journal);
        recovered.append(saved);
    }
    return recovered;
}
