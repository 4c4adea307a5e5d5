// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/ProfileRun.h"

#include "core/Diagnosis.h"
#include "profile/ProfileComparison.h"

ProfileRun::ProfileRun(const Target &main, const std::optional<Target> &backup, QObject *parent)
    : QObject(parent)
    , m_main(new Diagnosis(main, this))
    , m_backup(backup ? new Diagnosis(*backup, this) : nullptr)
{
    for (Diagnosis *diagnosis : {m_main, m_backup}) {
        if (!diagnosis)
            continue;
        connect(diagnosis, &Diagnosis::finished, this, &ProfileRun::onDiagnosisFinished);
        connect(diagnosis,
                &Diagnosis::progressChanged,
                this,
                [this](int, int, const QString &step) { emit progressChanged(step); });
    }
}

QString ProfileRun::setupError() const
{
    if (!m_main->setupError().isEmpty())
        return m_main->setupError();
    return m_backup ? m_backup->setupError() : QString();
}

void ProfileRun::setCredentials(const SaslClient::Credentials &credentials)
{
    m_main->setCredentials(credentials);
    if (m_backup)
        m_backup->setCredentials(credentials);
}

bool ProfileRun::isRunning() const
{
    return m_main->isRunning() || (m_backup && m_backup->isRunning());
}

void ProfileRun::start()
{
    m_started = QDateTime::currentDateTime();
    m_finished = false;
    m_main->start();
    if (m_backup)
        m_backup->start();
}

void ProfileRun::cancel()
{
    // Each diagnosis keeps what it found and reports finished.
    m_main->cancel();
    if (m_backup)
        m_backup->cancel();
}

Report ProfileRun::report() const
{
    const Report main = Report::fromDiagnosis(*m_main, m_started);
    if (!m_backup)
        return main;
    return ProfileComparison::merge(main, Report::fromDiagnosis(*m_backup, m_started));
}

Target::Security ProfileRun::defaultBackupSecurity(const Target &main, quint16 backupPort)
{
    if (backupPort == 465)
        return Target::Security::Tls;
    if (main.security == Target::Security::Tls)
        return Target::Security::StartTls;
    return main.security;
}

void ProfileRun::onDiagnosisFinished()
{
    if (isRunning() || m_finished)
        return;
    m_finished = true;
    emit finished();
}
