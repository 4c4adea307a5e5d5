// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

// What a TLS handshake's certificate problems mean, as findings: one per
// kind of problem, chosen by QSslError's enum, never by its text; and the
// facts of a certificate that the user needs to see as evidence. Pure.
class CertificateFindings
{
public:
    struct Item
    {
        QString id;
        QString detail;
    };

    // One item per finding id, in the order the errors came.
    static QList<Item> fromErrors(const QList<QSslError> &errors, const QSslCertificate &peer);
    // Subject, names, issuer and validity; empty for a null certificate.
    static QStringList evidence(const QSslCertificate &certificate);
    // The common name and every DNS and IP alternative name, once each.
    static QString names(const QSslCertificate &certificate);
};
