// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Check.h"
#include "tls/DaneMatcher.h"
#include "smtp/SaslClient.h"
#include "core/Target.h"

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

    // The secret for the test session; set before the check starts. The
    // session runs on one address only: one sign-in, one test message.
    void setCredentials(const SaslClient::Credentials &credentials) { m_credentials = credentials; }

protected:
    void run() override;
    void abort() override;
    // Each session still waiting becomes smtp.cancelled_waiting (what it
    // waited for, for how long): the transcript so far stays the evidence.
    void onCancel() override;

private:
    // A probe that had not ended when the check stopped, as it was then.
    struct Unfinished
    {
        QString endpoint;
        QHostAddress address;
        quint16 port = 0;
        int state = 0; // SmtpProbe::State
        qint64 waitedMs = 0;
    };
    static QString awaitedIn(int state);

    struct HeldFinding
    {
        QString id;
        QStringList args;
        QStringList evidence;
    };

    SmtpProbe *startProbe(const QHostAddress &address,
                          quint16 port,
                          Target::Security security,
                          bool session = false);
    void probeOtherOpenPorts();
    void onFound(SmtpProbe *probe,
                 const QString &id,
                 const QStringList &args,
                 const QStringList &evidence);
    void onProbeFinished(SmtpProbe *probe);
    static FindingArgs withFacts(const SmtpProbe *probe, const QString &id, FindingArgs args);
    void concludeCounterProbe(SmtpProbe *counter);
    void checkGreetingHost(SmtpProbe *probe);
    void lookUpTlsa();
    void finishWhenDone();
    void checkDane();
    void reportMechanisms();

    Target m_target;
    QList<QSslCertificate> m_extraCaCertificates;
    const PortSweepCheck *m_ports;
    QList<SmtpProbe *> m_probes;
    // A finding held back while a probe in the other mode finds out more.
    QHash<SmtpProbe *, HeldFinding> m_heldByCounter;
    // Probes of the other open ports: what they find is a hint.
    QSet<SmtpProbe *> m_alternatives;
    QList<Unfinished> m_unfinished; // filled by abort(), read by onCancel()
    int m_running = 0;
    DnsSource *m_dns;
    std::optional<SaslClient::Credentials> m_credentials;
    bool m_tlsaPending = false;
    QObject *m_tlsaContext = nullptr; // the TLSA lookup's: deleted on abort, it drops the answer
    QList<TlsaRecord> m_tlsa;
    QString m_tlsaEvidence;
};
