// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/RunJournal.h"

#include "report/JsonReport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

RunJournal::RunJournal(const QString &path)
    : m_file(path)
{}

bool RunJournal::open(const Report &header)
{
    m_error.clear();
    m_size = 0;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_error = m_file.errorString();
        return false;
    }
    Report head = header;
    head.findings.clear();
    head.events.clear();
    head.checks.clear();
    return append({{QStringLiteral("type"), QStringLiteral("header")},
                   {QStringLiteral("schema"), QLatin1String(schema)},
                   {QStringLiteral("report"), JsonReport::toJson(head)}});
}

void RunJournal::beginStep(const QString &step)
{
    append({{QStringLiteral("type"), QStringLiteral("step")}, {QStringLiteral("step"), step}});
}

void RunJournal::addEvent(const QString &step, const Event &event)
{
    append({{QStringLiteral("type"), QStringLiteral("event")},
            {QStringLiteral("step"), step},
            {QStringLiteral("event"), JsonReport::eventToJson(event)}});
}

void RunJournal::addFinding(const QString &step, const Finding &finding)
{
    append({{QStringLiteral("type"), QStringLiteral("finding")},
            {QStringLiteral("step"), step},
            {QStringLiteral("finding"), JsonReport::findingToJson(finding)}});
}

void RunJournal::resumeStep(const QString &step)
{
    append({{QStringLiteral("type"), QStringLiteral("resume")}, {QStringLiteral("step"), step}});
}

void RunJournal::endCheck(const QString &step, const QString &check, const QString &status)
{
    append({{QStringLiteral("type"), QStringLiteral("check")},
            {QStringLiteral("step"), step},
            {QStringLiteral("check"), check},
            {QStringLiteral("status"), status}});
}

void RunJournal::snapshotStep(const QString &step, const Report &report)
{
    Report withoutEvents = report;
    withoutEvents.events.clear();
    append({{QStringLiteral("type"), QStringLiteral("snapshot")},
            {QStringLiteral("step"), step},
            {QStringLiteral("report"), JsonReport::toJson(withoutEvents)}});
}

void RunJournal::endStep(const QString &step, const Report &report)
{
    append({{QStringLiteral("type"), QStringLiteral("report")},
            {QStringLiteral("step"), step},
            {QStringLiteral("report"), JsonReport::toJson(report)}});
}

void RunJournal::remove()
{
    m_file.close();
    m_file.remove();
}

bool RunJournal::append(const QJsonObject &line)
{
    if (!m_file.isOpen() || !m_error.isEmpty())
        return false;
    const QByteArray data = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    bool written = m_file.write(data) == data.size() && m_file.flush();
    QString reason = written ? QString() : m_file.errorString();
#ifdef Q_OS_UNIX
    // In the kernel is enough for a kill; on the disk is what a power cut needs.
    if (written && ::fdatasync(m_file.handle()) != 0) {
        written = false;
        reason = qt_error_string(errno);
    }
#endif
    if (!written) {
        m_error = reason;
        // No half line left behind: back to the last whole one.
        m_file.resize(m_size);
        m_file.close();
        return false;
    }
    m_size += data.size();
    return true;
}
