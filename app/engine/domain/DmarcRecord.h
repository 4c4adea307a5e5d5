// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A DMARC policy record, the TXT record at _dmarc.domain (RFC 7489 section
// 6.3), parsed and checked: the policy and reporting tags with their
// defaults, and every error, without exceptions. Used by DmarcAssessment; pure.
class DmarcRecord
{
    Q_DECLARE_TR_FUNCTIONS(DmarcRecord)
public:
    enum class Policy { None, Quarantine, Reject };
    enum class Alignment { Relaxed, Strict };

    struct ReportUri
    {
        QString uri;                    // "mailto:dmarc@example.com"
        std::optional<quint64> maxSize; // the "!10m" suffix, in bytes
    };

    // A TXT record is a DMARC record when it starts with "v=DMARC1" and a
    // separator or its end (RFC 7489 sections 6.4 and 6.6.3); others are discarded.
    static bool isDmarcRecord(const QString &text);
    // Not a DMARC record, but plainly meant as one ("v=dmarc1", " v=DMARC1",
    // "p=reject; v=DMARC1"): worth a syntax finding rather than "missing".
    static bool looksLikeDmarcRecord(const QString &text);
    static DmarcRecord parse(const QString &text);

    QString text() const { return m_text; }
    bool isValid() const { return m_errors.isEmpty(); }
    QList<RecordError> errors() const { return m_errors; }
    QString errorSummary() const { return RecordError::summary(m_errors); }

    Policy policy() const { return m_policy; }
    // sp=, when given; subdomains otherwise follow p= (RFC 7489 section 6.3).
    std::optional<Policy> subdomainPolicy() const { return m_subdomainPolicy; }
    // The policy for the domain itself, or for a subdomain of it.
    Policy effectivePolicy(bool forSubdomain) const;
    int percent() const { return m_percent; }
    QList<ReportUri> aggregateReportUris() const { return m_aggregateUris; }
    QList<ReportUri> failureReportUris() const { return m_failureUris; }
    Alignment dkimAlignment() const { return m_dkimAlignment; }
    Alignment spfAlignment() const { return m_spfAlignment; }
    QStringList failureOptions() const { return m_failureOptions; }
    QStringList reportFormats() const { return m_reportFormats; }
    quint32 reportInterval() const { return m_reportInterval; }

    static QString policyName(Policy policy);

private:
    void addError(RecordError::Kind kind, int position, const QString &tag, const QString &message);
    std::optional<Policy> readPolicy(const QString &tag, const QString &value, int position);
    std::optional<Alignment> readAlignment(const QString &tag, const QString &value, int position);
    QList<ReportUri> readUris(const QString &tag, const QString &value, int position);

    QString m_text;
    QList<RecordError> m_errors;
    Policy m_policy = Policy::None;
    std::optional<Policy> m_subdomainPolicy;
    int m_percent = 100;
    QList<ReportUri> m_aggregateUris;
    QList<ReportUri> m_failureUris;
    Alignment m_dkimAlignment = Alignment::Relaxed;
    Alignment m_spfAlignment = Alignment::Relaxed;
    QStringList m_failureOptions{QStringLiteral("0")};
    QStringList m_reportFormats{QStringLiteral("afrf")};
    quint32 m_reportInterval = 86400;
};
