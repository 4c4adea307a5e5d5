// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

// One TLSA record (RFC 6698 section 2.1): which certificate, which part of
// it, and how it is compared.
struct TlsaRecord
{
    int usage = 3;        // 0 PKIX-TA, 1 PKIX-EE, 2 DANE-TA, 3 DANE-EE
    int selector = 1;     // 0 whole certificate, 1 SubjectPublicKeyInfo
    int matchingType = 1; // 0 exact, 1 SHA-256, 2 SHA-512
    QByteArray data;

    static std::optional<TlsaRecord> parse(const QByteArray &rdata);
    QString text() const; // "3 1 1 f7c7..." as in a zone file
};

// Matches TLSA records against the certificate chain a TLS handshake
// showed (leaf first). Pure. For SMTP, RFC 7672 section 3.1.3 makes only
// DANE-TA (2) and DANE-EE (3) usable; PKIX usages are reported as such.
class DaneMatcher
{
public:
    static bool isUsableForSmtp(const TlsaRecord &record)
    {
        return record.usage == 2 || record.usage == 3;
    }
    // The first usable record that the chain satisfies.
    static std::optional<TlsaRecord> match(const QList<TlsaRecord> &records,
                                           const QList<QSslCertificate> &chain);
    static bool matches(const TlsaRecord &record, const QSslCertificate &certificate);
};
