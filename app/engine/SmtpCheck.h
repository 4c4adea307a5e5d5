#pragma once

#include "Check.h"
#include "DaneMatcher.h"
#include "Target.h"

#include <QHash>
#include <QSet>
#include <QHostAddress>
#include <QSslCertificate>

class DnsSource;
class PortSweepCheck;
class SmtpProbe;
struct DnsAnswer;

// Talks SMTP to every address where the chosen port is open, all at once,
// as a mail program would (see SmtpProbe). When the chosen encryption fails
// in a way that the other mode would explain (silence where TLS is awaited,
// a plaintext greeting where TLS was sent), it tries that other mode once
// and says which one the port speaks.
class SmtpCheck : public Check
{
    Q_OBJECT
public:
    SmtpCheck(const Target &target,
              const QList<QSslCertificate> &extraCaCertificates,
              const PortSweepCheck *ports,
              DnsSource *dns,
              EventLog *log,
              QObject *parent = nullptr);

protected:
    void run() override;
    void abort() override;

private:
    struct HeldFinding
    {
        QString id;
        QStringList args;
        QStringList evidence;
    };

    SmtpProbe *startProbe(const QHostAddress &address, quint16 port, Target::Security security);
    void probeOtherOpenPorts();
    void onFound(SmtpProbe *probe,
                 const QString &id,
                 const QStringList &args,
                 const QStringList &evidence);
    void onProbeFinished(SmtpProbe *probe);
    void concludeCounterProbe(SmtpProbe *counter);
    void checkGreetingHost(SmtpProbe *probe);
    void lookUpTlsa();
    void finishWhenDone();
    void checkDane();

    Target m_target;
    QList<QSslCertificate> m_extraCaCertificates;
    const PortSweepCheck *m_ports;
    QList<SmtpProbe *> m_probes;
    // A finding held back while a probe in the other mode finds out more.
    QHash<SmtpProbe *, HeldFinding> m_heldByCounter;
    // Probes of the other open ports: what they find is a hint.
    QSet<SmtpProbe *> m_alternatives;
    int m_running = 0;
    DnsSource *m_dns;
    bool m_tlsaPending = false;
    QList<TlsaRecord> m_tlsa;
    QString m_tlsaEvidence;
};
