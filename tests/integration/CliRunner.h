// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

// Runs the real smtp-doctor-cli binary (its path comes from CTest) and
// keeps what it said.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QStringList findingIds() const
    {
        QStringList ids;
        for (const QJsonValue &finding : json().value(QStringLiteral("findings")).toArray())
            ids.append(finding.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }
    QJsonObject finding(const QString &id) const
    {
        for (const QJsonValue &finding : json().value(QStringLiteral("findings")).toArray()) {
            if (finding.toObject().value(QStringLiteral("id")).toString() == id)
                return finding.toObject();
        }
        return {};
    }

    static QString program() { return qEnvironmentVariable("SMTP_DOCTOR_CLI"); }
    static CliRun run(
        const QStringList &arguments,
        int timeoutMs = 60000,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program(), arguments);
        CliRun result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
};
