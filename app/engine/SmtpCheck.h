#pragma once

#include "Check.h"
#include "Target.h"

#include <QSslCertificate>

class ResolveCheck;
class SmtpProbe;

// Connects to every address of the SMTP host on the chosen port, all at
// once, and probes each as a mail program would (see SmtpProbe).
class SmtpCheck : public Check
{
    Q_OBJECT
public:
    SmtpCheck(const Target &target,
              const QList<QSslCertificate> &extraCaCertificates,
              const ResolveCheck *addresses,
              EventLog *log,
              QObject *parent = nullptr);

protected:
    void run() override;
    void abort() override;

private:
    void onProbeFinished();

    Target m_target;
    QList<QSslCertificate> m_extraCaCertificates;
    const ResolveCheck *m_addresses;
    QList<SmtpProbe *> m_probes;
    int m_running = 0;
};
