// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/TlsUpgrade.h"

#include "findings/FindingIds.h"
#include "tls/CertificateFindings.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

TlsUpgrade::TlsUpgrade(QSslSocket *socket, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_settings(settings)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_settings.extraCaCertificates.isEmpty())
        configuration.addCaCertificates(m_settings.extraCaCertificates);
    m_socket->setSslConfiguration(configuration);
    m_socket->setPeerVerifyName(m_settings.verifyName);
    connect(m_socket, &QSslSocket::encrypted, this, &TlsUpgrade::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &TlsUpgrade::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::SslHandshakeFailedError)
            emit handshakeFailed();
    });
}

void TlsUpgrade::start()
{
    emit logged(Event::Kind::Tls,
                QStringLiteral("TLS handshake, expecting the name %1").arg(m_settings.verifyName));
    m_socket->startClientEncryption();
}

QStringList TlsUpgrade::certificateEvidence() const
{
    return CertificateFindings::evidence(m_socket->peerCertificate());
}

void TlsUpgrade::onEncrypted()
{
    const QSslCipher cipher = m_socket->sessionCipher();
    m_encrypted = true;
    m_summary = QStringLiteral("%1, %2").arg(cipher.protocolString(), cipher.name());
    m_chain = m_socket->peerCertificateChain();
    emit logged(Event::Kind::Tls, QStringLiteral("TLS established: ") + m_summary);
    if (m_sslErrors.isEmpty())
        emit found(QLatin1String(FindingId::TlsOk), m_summary, certificateEvidence());
    // TLS 1.0 and 1.1 (RFC 8996): only reached where this machine's OpenSSL
    // still allows them; elsewhere such a server fails the handshake.
    const QSsl::SslProtocol protocol = m_socket->sessionProtocol();
    if (protocol != QSsl::UnknownProtocol && int(protocol) < int(QSsl::TlsV1_2))
        emit found(QLatin1String(FindingId::TlsOldProtocol), cipher.protocolString(), {});
    emit established();
}

void TlsUpgrade::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    for (const QSslError &error : errors)
        emit logged(Event::Kind::Tls,
                    QStringLiteral("certificate problem: ") + error.errorString());
    const QSslCertificate peer = m_socket->peerCertificate();
    for (const auto &item : CertificateFindings::fromErrors(errors, peer))
        emit found(item.id, item.detail, CertificateFindings::evidence(peer));
    // A probe sends nothing secret, so it goes on to learn what follows; a
    // session that signs in stops here (the handshake then fails).
    if (!m_settings.stopAtCertificateProblem)
        m_socket->ignoreSslErrors();
}
