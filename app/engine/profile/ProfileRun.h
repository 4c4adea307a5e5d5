// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"
#include "smtp/SaslClient.h"
#include "core/Target.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class Diagnosis;

// One run of the main connection profile and, when given, a backup profile
// at the same time (the same credentials, the same test message). The
// report is the main one, with the backup's findings and the two side by
// side (ProfileComparison). Front ends use this instead of a bare Diagnosis.
class ProfileRun : public QObject
{
    Q_OBJECT
public:
    ProfileRun(const Target &main, const std::optional<Target> &backup, QObject *parent = nullptr);

    Diagnosis *main() const { return m_main; }
    Diagnosis *backup() const { return m_backup; }
    // Empty unless the set-up of either profile failed.
    QString setupError() const;
    void setCredentials(const SaslClient::Credentials &credentials);
    bool isRunning() const;

    void start();
    void cancel();
    Report report() const;

    // A backup profile's security when only its port is given: SSL/TLS on
    // 465 (RFC 8314), else what the main profile uses, STARTTLS instead of
    // SSL/TLS on the submission ports.
    static Target::Security defaultBackupSecurity(const Target &main, quint16 backupPort);

signals:
    void progressChanged(const QString &step);
    void finished();

private:
    void onDiagnosisFinished();

    Diagnosis *m_main = nullptr;
    Diagnosis *m_backup = nullptr;
    QDateTime m_started;
    bool m_finished = false;
};
