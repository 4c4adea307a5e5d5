// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/DaneMatcher.h"

#include "crypto/Crypto.h"

#include <QSslKey>

std::optional<TlsaRecord> TlsaRecord::parse(const QByteArray &rdata)
{
    // Three octets, then the association data (RFC 6698 section 2.1).
    if (rdata.size() < 4)
        return std::nullopt;
    TlsaRecord record;
    record.usage = quint8(rdata.at(0));
    record.selector = quint8(rdata.at(1));
    record.matchingType = quint8(rdata.at(2));
    record.data = rdata.mid(3);
    if (record.usage > 3 || record.selector > 1 || record.matchingType > 2)
        return std::nullopt;
    return record;
}

QString TlsaRecord::text() const
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(usage)
        .arg(selector)
        .arg(matchingType)
        .arg(QString::fromLatin1(data.toHex()));
}

bool DaneMatcher::matches(const TlsaRecord &record, const QSslCertificate &certificate)
{
    // Selector 1 is the DER SubjectPublicKeyInfo, which QSslKey writes for a public key.
    const QByteArray selected = record.selector == 0 ? certificate.toDer()
                                                     : certificate.publicKey().toDer();
    if (selected.isEmpty())
        return false;
    switch (record.matchingType) {
    case 0:
        return selected == record.data;
    case 1:
        return Crypto::sha256(selected) == record.data;
    case 2:
        return Crypto::sha512(selected) == record.data;
    default:
        return false;
    }
}

std::optional<TlsaRecord> DaneMatcher::match(const QList<TlsaRecord> &records,
                                             const QList<QSslCertificate> &chain)
{
    if (chain.isEmpty())
        return std::nullopt;
    for (const TlsaRecord &record : records) {
        if (!isUsableForSmtp(record))
            continue;
        // DANE-EE names the server's own certificate; DANE-TA any issuer in
        // the chain the server sent (RFC 7671 section 5.2).
        const QList<QSslCertificate> candidates = record.usage == 3 ? chain.mid(0, 1) : chain;
        for (const QSslCertificate &certificate : candidates) {
            if (matches(record, certificate))
                return record;
        }
    }
    return std::nullopt;
}
