// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Target.h"

#include <QObject>

class DnsSource;
struct DnsAnswer;

// Finds the submission settings of a mail domain, for "Detect settings" and
// `smtp-doctor-cli discover`: the domain's own RFC 6186 SRV records, the
// provider table (by the address's domain, or by where the MX points).
class SettingsDiscovery : public QObject
{
    Q_OBJECT
public:
    struct Candidate
    {
        QString host;
        quint16 port = 587;
        Target::Security security = Target::Security::StartTls;
        QString source; // "srv", "providers" or "mx"
        QString note;   // the provider's name, or the SRV record
    };

    SettingsDiscovery(DnsSource *dns, QObject *parent = nullptr);

    void start(const QString &domain);
    const QList<Candidate> &candidates() const { return m_candidates; }
    QStringList evidence() const { return m_evidence; }

signals:
    void finished();

private:
    void onSrv(const DnsAnswer &answer, Target::Security security);
    void onMx(const DnsAnswer &answer);
    void addProvider(const QString &providerId, const QString &source);
    void addCandidate(const Candidate &candidate);
    void stepDone();

    DnsSource *m_dns;
    QString m_domain;
    int m_pending = 0;
    QList<Candidate> m_candidates;
    QStringList m_evidence;
};
