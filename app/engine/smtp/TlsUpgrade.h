// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EventLog.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

class QSslSocket;

// The TLS layer of one SMTP connection, from the first byte (RFC 8314) or
// after STARTTLS (RFC 3207): sets the socket's trust (the system's CAs, the
// user's CA file, the name to verify), starts the handshake, turns
// certificate problems into findings and keeps what the handshake leaves
// (protocol and cipher, the server's chain). A session that signs in does
// not go past a certificate problem: the password must not reach a server
// whose identity is not proven. Owned by the SmtpProbe, on its socket.
class TlsUpgrade : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString verifyName; // the name the certificate must carry
        QList<QSslCertificate> extraCaCertificates;
        bool stopAtCertificateProblem = false;
    };

    // Call before the socket is connected: the trust settings go first.
    TlsUpgrade(QSslSocket *socket, const Settings &settings, QObject *parent = nullptr);

    void start();
    bool isEncrypted() const { return m_encrypted; }
    bool sawCertificateProblem() const { return !m_sslErrors.isEmpty(); }
    QString summary() const { return m_summary; }
    // The chain the server sent in the handshake, leaf first (for DANE).
    QList<QSslCertificate> chain() const { return m_chain; }
    QStringList certificateEvidence() const;

signals:
    // tls.ok, tls.old_protocol and the certificate findings.
    void found(const QString &id, const QString &detail, const QStringList &evidence);
    void logged(Event::Kind kind, const QString &text);
    void established();
    void handshakeFailed();

private:
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);

    QSslSocket *m_socket;
    Settings m_settings;
    QList<QSslError> m_sslErrors;
    QString m_summary;
    QList<QSslCertificate> m_chain;
    bool m_encrypted = false;
};
