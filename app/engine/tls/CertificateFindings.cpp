// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/CertificateFindings.h"

#include "findings/FindingIds.h"

#include <QDateTime>

namespace {

QString findingForSslError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return QLatin1String(FindingId::TlsSelfSigned);
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
        return QLatin1String(FindingId::TlsExpired);
    case QSslError::HostNameMismatch:
        return QLatin1String(FindingId::TlsNameMismatch);
    default:
        return QLatin1String(FindingId::TlsUntrusted);
    }
}

} // namespace

QList<CertificateFindings::Item> CertificateFindings::fromErrors(const QList<QSslError> &errors,
                                                                 const QSslCertificate &peer)
{
    QList<Item> items;
    QStringList reported;
    for (const QSslError &error : errors) {
        const QString id = findingForSslError(error.error());
        if (reported.contains(id))
            continue;
        reported.append(id);
        // A name mismatch is explained by the names the certificate does carry.
        items.append(
            {id,
             id == QLatin1String(FindingId::TlsNameMismatch) ? names(peer) : error.errorString()});
    }
    return items;
}

QString CertificateFindings::names(const QSslCertificate &certificate)
{
    QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    const auto alternatives = certificate.subjectAlternativeNames();
    for (const QString &name :
         alternatives.values(QSsl::DnsEntry) + alternatives.values(QSsl::IpAddressEntry)) {
        if (!names.contains(name))
            names.append(name);
    }
    return names.join(QLatin1String(", "));
}

QStringList CertificateFindings::evidence(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return {
        QStringLiteral("certificate subject: %1").arg(certificate.subjectDisplayName()),
        QStringLiteral("certificate names: %1").arg(names(certificate)),
        QStringLiteral("issuer: %1").arg(certificate.issuerDisplayName()),
        QStringLiteral("valid from %1 to %2")
            .arg(certificate.effectiveDate().toString(Qt::ISODate),
                 certificate.expiryDate().toString(Qt::ISODate)),
    };
}
