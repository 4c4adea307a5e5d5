#include "tls/CertificateFindings.h"

#include <QDateTime>

namespace {

QString findingForSslError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return QStringLiteral("tls.self_signed");
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
        return QStringLiteral("tls.expired");
    case QSslError::HostNameMismatch:
        return QStringLiteral("tls.name_mismatch");
    default:
        return QStringLiteral("tls.untrusted");
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
            {id, id == QLatin1String("tls.name_mismatch") ? names(peer) : error.errorString()});
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
