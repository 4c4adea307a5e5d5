// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportFile.h"

#include "journal/JournalReplay.h"
#include "report/JsonReport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

std::optional<Report> ReportFile::load(const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    auto fail = [error](const QString &reason) -> std::optional<Report> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be opened: %2.").arg(name, file.errorString()));
    if (file.size() > maximumSize)
        return fail(tr("%1 is too large to be an SMTP Doctor report.").arg(name));
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        return fail(tr("%1 is empty: it holds no report.").arg(name));
    // A run's journal (left by a run that was killed): what it had recorded.
    if (JournalReplay::looksLikeJournal(data)) {
        QString reason;
        const auto replayed = JournalReplay::read(data, &reason);
        if (!replayed)
            return fail(tr("%1 cannot be read: %2").arg(name, reason));
        return replayed->report;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (document.isNull()) {
        switch (parseError.error) {
        case QJsonParseError::UnterminatedObject:
        case QJsonParseError::UnterminatedArray:
        case QJsonParseError::UnterminatedString:
        case QJsonParseError::IllegalEscapeSequence:
            return fail(tr("%1 is cut short: the report is incomplete, perhaps truncated while "
                           "it was copied. Copy the whole file again.")
                            .arg(name));
        default:
            return fail(tr("%1 is not a JSON file, so it is not an SMTP Doctor report (%2 at "
                           "byte %3).")
                            .arg(name, parseError.errorString())
                            .arg(parseError.offset));
        }
    }
    const QString schema = document.object().value(QStringLiteral("schema")).toString();
    if (schema != QLatin1String(JsonReport::schema)) {
        if (schema.startsWith(QLatin1String("smtp-doctor-report/")))
            return fail(tr("%1 is an SMTP Doctor report in a format this version does not read "
                           "(%2; this version reads %3). Update SMTP Doctor.")
                            .arg(name, schema, QLatin1String(JsonReport::schema)));
        return fail(tr("%1 is a JSON file, but not an SMTP Doctor report (it does not say "
                       "\"schema\": \"%2\").")
                        .arg(name, QLatin1String(JsonReport::schema)));
    }
    QString reason;
    std::optional<Report> report = JsonReport::read(data, &reason);
    if (!report)
        return fail(tr("%1 cannot be read: %2").arg(name, reason));
    return report;
}
