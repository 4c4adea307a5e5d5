// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Whether the certificate chain an IMAP server showed is to be trusted for
// its name: the system's CAs and those of --ca-file (as the SMTP side's
// QSslSocket trusts them), checked with OpenSSL's X509_verify_cert. libetpan
// itself checks nothing, so the IMAP session asks this before it signs in.
class CertificateChainCheck
{
public:
    enum class Verdict { Trusted, Untrusted, SelfSigned, Expired, NameMismatch, NoCertificate };

    struct Result
    {
        Verdict verdict = Verdict::NoCertificate;
        QString detail; // OpenSSL's words for the evidence; never classified on
    };

    // `chain`: DER certificates, the server's own first. `host` is a name
    // or an address literal.
    static Result check(const QList<QByteArray> &chain, const QString &host, const QString &caFile);
    // A stable word for the report's facts: "untrusted", "self_signed"...
    static QString verdictName(Verdict verdict);
};
