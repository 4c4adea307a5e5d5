// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalReplay.h"

#include "journal/RunJournal.h"
#include "report/JsonReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

// One step's latest run, as far as the journal tells.
struct StepRun
{
    QString name;
    std::optional<Report> ended;
    std::optional<Report> snapshot; // the latest, without events
    QList<Finding> findings;        // since the snapshot
    QList<Event> events;
    QStringList endedChecks;
};

QJsonObject lineObject(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    return document.isObject() ? document.object() : QJsonObject();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("JournalReplay", text);
}

} // namespace

bool JournalReplay::looksLikeJournal(const QByteArray &data)
{
    const QJsonObject header = lineObject(data.left(data.indexOf('\n')));
    return header.value(QStringLiteral("schema")).toString() == QLatin1String(RunJournal::schema);
}

std::optional<JournalReplay::Result> JournalReplay::read(const QByteArray &data, QString *error)
{
    const QList<QByteArray> lines = data.split('\n');
    const QJsonObject header = lines.isEmpty() ? QJsonObject() : lineObject(lines.constFirst());
    if (header.value(QStringLiteral("schema")).toString() != QLatin1String(RunJournal::schema)) {
        if (error)
            *error = tr("This is not an SMTP Doctor run journal.");
        return std::nullopt;
    }
    std::optional<Report> base = JsonReport::fromJson(
        header.value(QStringLiteral("report")).toObject(), error);
    if (!base)
        return std::nullopt;

    Result result;
    QList<StepRun> steps;
    auto stepNamed = [&steps](const QString &name) -> StepRun & {
        for (StepRun &step : steps) {
            if (step.name == name)
                return step;
        }
        steps.append({name, std::nullopt, std::nullopt, {}, {}, {}});
        return steps.last();
    };
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QJsonObject line = lineObject(lines.at(i));
        const QString type = line.value(QStringLiteral("type")).toString();
        const QString name = line.value(QStringLiteral("step")).toString();
        if (type == QLatin1String("step")) {
            // A new run replaces the step's last.
            stepNamed(name) = {name, std::nullopt, std::nullopt, {}, {}, {}};
        } else if (type == QLatin1String("event")) {
            stepNamed(name).events.append(
                JsonReport::eventFromJson(line.value(QStringLiteral("event")).toObject()));
        } else if (type == QLatin1String("finding")) {
            const auto finding = JsonReport::findingFromJson(
                line.value(QStringLiteral("finding")).toObject());
            if (finding)
                stepNamed(name).findings.append(*finding);
            else
                ++result.skippedLines;
        } else if (type == QLatin1String("check")) {
            stepNamed(name).endedChecks.append(line.value(QStringLiteral("check")).toString());
        } else if (type == QLatin1String("snapshot")) {
            const auto report = JsonReport::fromJson(
                line.value(QStringLiteral("report")).toObject(), nullptr);
            if (report) {
                stepNamed(name).snapshot = report;
                stepNamed(name).findings.clear(); // the snapshot holds them
            } else {
                ++result.skippedLines;
            }
        } else if (type == QLatin1String("resume")) {
            // The ended run goes on: its report is what it had so far.
            StepRun &step = stepNamed(name);
            if (step.ended) {
                step.snapshot = step.ended;
                step.events = step.ended->events;
                step.findings.clear();
                // Whatever logged in it had ended: only what logs next can wait.
                step.endedChecks.clear();
                for (const Event &event : std::as_const(step.events))
                    step.endedChecks.append(event.check);
                for (const Report::CheckSummary &check : std::as_const(step.ended->checks))
                    step.endedChecks.append(check.name);
                step.ended.reset();
            }
        } else if (type == QLatin1String("report")) {
            const auto report = JsonReport::fromJson(
                line.value(QStringLiteral("report")).toObject(), nullptr);
            if (report)
                stepNamed(name).ended = report;
            else
                ++result.skippedLines;
        } else {
            ++result.skippedLines;
        }
    }

    Report &combined = result.report;
    combined = *base;
    result.finished = true;
    for (const StepRun &step : std::as_const(steps)) {
        if (step.ended) {
            combined.findings += step.ended->findings;
            combined.checks += step.ended->checks;
            combined.events += step.ended->events;
            combined.durationMs += step.ended->durationMs;
            if (!combined.watch)
                combined.watch = step.ended->watch;
            if (!combined.stopped)
                combined.stopped = step.ended->stopped;
            if (combined.target.domain.isEmpty())
                combined.target.domain = step.ended->target.domain;
            continue;
        }
        result.finished = false;
        if (step.snapshot) {
            combined.findings += step.snapshot->findings;
            combined.checks += step.snapshot->checks;
            if (!combined.watch)
                combined.watch = step.snapshot->watch;
        }
        combined.findings += step.findings;
        combined.events += step.events;
        if (!step.events.isEmpty())
            combined.durationMs += step.events.constLast().offsetMs;
        // The checks that logged and had not ended, the last to log first:
        // it is the one that was waiting.
        QStringList running;
        for (auto event = step.events.crbegin(); event != step.events.crend(); ++event) {
            if (!event->check.isEmpty() && !running.contains(event->check)
                && !step.endedChecks.contains(event->check))
                running.append(event->check);
        }
        if (running.isEmpty())
            running.append(step.name);
        // The crash outranks a cancel seen in an earlier step.
        combined.stopped = RunStop::fromChecks(RunStop::Reason::Interrupted, running);
    }
    return result;
}

std::optional<JournalReplay::Result> JournalReplay::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return read(file.readAll(), error);
}
