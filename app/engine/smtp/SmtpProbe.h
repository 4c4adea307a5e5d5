// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EventLog.h"
#include "smtp/SaslClient.h"
#include "smtp/SessionProblem.h"
#include "smtp/SmtpReply.h"
#include "smtp/SmtpReplyClassifier.h"
#include "smtp/TlsUpgrade.h"
#include "core/Target.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <memory>
#include <optional>

class QSslSocket;
class SmtpAuthExchange;
class SmtpTransaction;
class TcpConnector;
struct ClientLine;
struct ConnectOutcome;

// Probes one address and port the way a mail program would: connect,
// TLS when chosen, greeting, EHLO, STARTTLS when chosen, EHLO again; then,
// when asked, AUTH and a test message (DATA, or BDAT under CHUNKING); QUIT.
// Where PIPELINING is offered, commands that may travel together do, so a
// whole send takes as few round trips as the protocol allows. Owned by the
// SmtpCheck.
//
// After OpenSMTPD's smtp_client.c: a flat list of states, enterState() is
// the only way to change state (and sends that state's command), onReply()
// reads a reply and picks the next state, abort() closes at once. What to
// say in the AUTH exchange and the mail transaction is built by
// SmtpAuthExchange and SmtpTransaction; this class sends it and moves on.
class SmtpProbe : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Connecting,
        TlsHandshake, // implicit TLS, before any SMTP byte
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        StartTlsHandshake,
        EhloAfterTls,
        Auth,     // AUTH and its 334 continuations (RFC 4954)
        MailFrom, // with PIPELINING, MAIL, RCPT and DATA leave together (RFC 2920)
        RcptTo,
        Data,
        DataEnd, // the message and its final "."
        Bdat,    // "BDAT <size> LAST" and the message, where CHUNKING replaces DATA (RFC 3030)
        Quit,
        Done,
    };
    Q_ENUM(State)

    struct Settings
    {
        QHostAddress address;
        quint16 port = 25;
        Target::Security security = Target::Security::None;
        QString verifyName; // the name the certificate must carry
        int stepTimeoutMs = 10000;
        QList<QSslCertificate> extraCaCertificates;
        // False when a port sweep has already said that the port is open.
        bool reportOpenPort = true;
        // A session that signs in (when credentials are set) and sends a test
        // message (when `from` is set); a plain probe does neither.
        std::optional<SaslClient::Credentials> credentials;
        QString mechanism; // forced; empty: the strongest the server offers
        bool allowCleartextAuth = false;
        QString from;
        QString to;
    };

    // How long each phase took, in ms; -1 for a phase not reached. For
    // repeated probes (WatchRun): a slow greeting shows as greetingMs.
    struct Timings
    {
        qint64 connectMs = -1;  // TCP handshake
        qint64 greetingMs = -1; // connected (or TLS up) to the 220 line
        qint64 tlsMs = -1;      // the TLS handshake alone (implicit or after STARTTLS)
        qint64 authMs = -1;     // AUTH to its final reply
    };

    explicit SmtpProbe(const Settings &settings, QObject *parent = nullptr);
    ~SmtpProbe() override;

    void start();
    void abort();
    State state() const { return m_state; }
    // How long the probe has been in its state (waiting for what that state awaits).
    qint64 msInState() const { return m_stateClock.isValid() ? m_stateClock.elapsed() : 0; }
    QStringList capabilities() const { return m_capabilities; }
    // The SASL mechanisms of the last EHLO reply (after STARTTLS, if any).
    QStringList authMechanisms() const;
    bool sawEhlo() const { return !m_ehloLines.isEmpty() || !m_capabilities.isEmpty(); }
    // The first line of the 220 greeting, empty when none came.
    QString greeting() const { return m_greeting; }
    bool wasEncrypted() const { return isEncrypted(); }
    QString tlsSummary() const { return m_tls ? m_tls->summary() : QString(); }
    // The chain the server sent in the handshake, leaf first (for DANE).
    QList<QSslCertificate> certificateChain() const
    {
        return m_tls ? m_tls->chain() : QList<QSslCertificate>();
    }
    // The SHA-256 fingerprint (lower-case hex) of the certificate the server
    // showed, trusted or not; empty before any.
    QString certificateSha256() const;
    QHostAddress address() const { return m_settings.address; }
    quint16 port() const { return m_settings.port; }
    // "127.0.0.1 port 25" or "[::1] port 25", for texts and evidence.
    QString endpoint() const;
    Timings timings() const { return m_timings; }

signals:
    void found(const QString &id, const QStringList &args, const QStringList &evidence);
    void logged(Event::Kind kind, const QString &text);
    void finished();

private:
    void enterState(State next);
    void onReply(const SmtpReply &reply);
    void onConnected(qintptr descriptor, qint64 elapsedMs);
    void onConnectFailed(const ConnectOutcome &outcome);
    void onReadyRead();
    void onStepTimeout();
    void onDisconnected();
    void onEncrypted();
    void onHandshakeFailed();
    void send(const QByteArray &line);
    // `messageId`: the test message's, on send.accepted (a fact FetchBack looks for).
    void report(const QString &id,
                const QString &detail,
                QStringList evidence = {},
                const QString &messageId = {});
    void report(const SessionProblem &problem);
    void closeConnection();
    void continueSession();
    void startAuth();
    void onAuthReply(const SmtpReply &reply);
    void reportRefusal(SmtpReplyClassifier::Phase phase,
                       const SmtpReply &reply,
                       const QString &fallbackId);
    void send(const ClientLine &line);
    void sendSecret(const QByteArray &line, const QString &shown);
    void sendEnvelope();
    void sendMessage();
    void sendQuitAhead();
    void awaitReply();

    bool isEncrypted() const { return m_tls && m_tls->isEncrypted(); }
    QByteArray heloArgument() const;

    Settings m_settings;
    State m_state = State::Idle;
    TcpConnector *m_connector = nullptr;
    QSslSocket *m_socket = nullptr;
    TlsUpgrade *m_tls = nullptr; // with the socket; kept after it for the facts
    LineSplitter m_lines;
    SmtpReplyReader m_reader;
    QTimer m_stepTimer;
    QElapsedTimer m_clock;
    QElapsedTimer m_stateClock; // restarted at every state change, for m_timings
    Timings m_timings;
    QStringList m_transcript;
    QStringList m_capabilities;
    QString m_greeting;
    std::unique_ptr<SmtpAuthExchange> m_auth;
    std::unique_ptr<SmtpTransaction> m_transaction; // when the session sends a message
    QStringList m_ehloLines;
    bool m_quitSent = false; // QUIT went along with the message (RFC 2920)
};
