#include "report/HistoryStore.h"

#include "report/JsonReport.h"
#include "report/ReportVerdict.h"

#include <QDir>
#include <QFile>
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

QString HistoryStore::save(const Report &report, QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_directory);
        return {};
    }
    const QString path = m_directory + QLatin1Char('/') + fileNameFor(report);
    // QSaveFile: a crash while writing leaves the previous version whole.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(JsonReport::write(report)) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return {};
    }
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

QList<HistoryEntry> HistoryStore::entries() const
{
    QList<HistoryEntry> list;
    for (const QString &name : files().mid(0, capacity)) {
        QFile file(m_directory + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QString error;
        const std::optional<Report> report = JsonReport::read(file.readAll(), &error);
        if (!report)
            continue;
        HistoryEntry entry;
        entry.path = file.fileName();
        entry.started = report->started;
        entry.host = report->target.host;
        entry.port = report->target.port;
        const QList<Finding> sorted = report->sortedFindings();
        entry.worst = sorted.isEmpty() ? Finding::Severity::Pass : sorted.constFirst().severity;
        entry.verdict = ReportVerdict::sentence(*report);
        entry.situation = report->situation;
        list.append(entry);
    }
    return list;
}
