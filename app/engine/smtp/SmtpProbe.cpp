#include "smtp/SmtpProbe.h"

#include "input/EnvelopeAddress.h"
#include "net/TcpConnector.h"
#include "smtp/TestMessage.h"

#include <QMetaEnum>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace {

// What the user needs to know of a certificate, for evidence.
QString describeNames(const QSslCertificate &certificate)
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

// Which finding explains a certificate error (QSslError's enum, not its text).
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

SmtpProbe::SmtpProbe(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_stepTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &SmtpProbe::onStepTimeout);
}

SmtpProbe::~SmtpProbe()
{
    abort();
}

QString SmtpProbe::endpoint() const
{
    const QString address = m_settings.address.protocol() == QAbstractSocket::IPv6Protocol
                                ? QLatin1Char('[') + m_settings.address.toString()
                                      + QLatin1Char(']')
                                : m_settings.address.toString();
    return QStringLiteral("%1 port %2").arg(address).arg(m_settings.port);
}

void SmtpProbe::start()
{
    m_clock.start();
    enterState(State::Connecting);
}

void SmtpProbe::abort()
{
    closeConnection();
    if (m_state != State::Done && m_state != State::Idle)
        enterState(State::Done);
}

void SmtpProbe::closeConnection()
{
    m_stepTimer.stop();
    if (m_connector) {
        m_connector->abort();
        m_connector->deleteLater();
        m_connector = nullptr;
    }
    if (m_socket) {
        // deleteLater: this may run inside one of the socket's own signals.
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void SmtpProbe::enterState(State next)
{
    if (m_state == next)
        return;
    emit logged(Event::Kind::Note,
                QStringLiteral("%1: %2 -> %3")
                    .arg(endpoint(),
                         QLatin1String(QMetaEnum::fromType<State>().valueToKey(int(m_state))),
                         QLatin1String(QMetaEnum::fromType<State>().valueToKey(int(next)))));
    m_state = next;
    m_stateClock.start();

    switch (m_state) {
    case State::Idle:
        break;
    case State::Connecting:
        m_connector = new TcpConnector(this);
        connect(m_connector, &TcpConnector::connected, this, &SmtpProbe::onConnected);
        connect(m_connector, &TcpConnector::failed, this, &SmtpProbe::onConnectFailed);
        emit logged(Event::Kind::Connect, QStringLiteral("connecting to %1").arg(endpoint()));
        m_connector->connectTo(m_settings.address, m_settings.port, m_settings.stepTimeoutMs);
        break;
    case State::TlsHandshake:
    case State::StartTlsHandshake:
        startTls();
        m_stepTimer.start(m_settings.stepTimeoutMs);
        break;
    case State::Greeting:
        m_stepTimer.start(m_settings.stepTimeoutMs);
        break;
    case State::Ehlo:
    case State::EhloAfterTls:
        send("EHLO " + heloArgument());
        break;
    case State::Helo:
        send("HELO " + heloArgument());
        break;
    case State::StartTls:
        send("STARTTLS");
        break;
    case State::Auth: {
        // RFC 4954 section 4: an initial response rides on the AUTH line
        // ("=" when empty); the secret itself is never logged.
        const QByteArray mechanism = m_sasl->mechanism().toLatin1();
        if (!SaslClient::clientSpeaksFirst(m_sasl->mechanism())) {
            send("AUTH " + mechanism);
            break;
        }
        QByteArray response;
        m_sasl->step({}, &response);
        sendSecret(
            "AUTH " + mechanism + ' '
                + (response.isEmpty() ? QByteArray("=") : response.toBase64()),
            QStringLiteral("AUTH %1 <credentials hidden>").arg(QString::fromLatin1(mechanism)));
        break;
    }
    case State::MailFrom:
        sendEnvelope();
        break;
    case State::RcptTo:
        if (m_pipelined)
            awaitReply();
        else
            send(m_rcptTo);
        break;
    case State::Data:
        if (m_pipelined)
            awaitReply();
        else
            send("DATA");
        break;
    case State::Bdat:
        if (m_pipelined)
            awaitReply();
        else
            sendMessage();
        break;
    case State::DataEnd:
        sendMessage();
        break;
    case State::Quit:
        if (m_quitSent)
            awaitReply();
        else
            send("QUIT");
        break;
    case State::Done:
        closeConnection();
        emit finished();
        break;
    }
}

void SmtpProbe::onReply(const SmtpReply &reply)
{
    m_stepTimer.stop();
    if (m_state == State::Greeting)
        m_timings.greetingMs = m_stateClock.elapsed();
    else if (m_state == State::Auth && reply.code != 334)
        m_timings.authMs = m_stateClock.elapsed();
    const QString text = reply.rawLines().join(QLatin1Char('\n'));
    switch (m_state) {
    case State::Greeting:
        if (reply.code == 220) {
            m_greeting = reply.rawLines().constFirst();
            report(QStringLiteral("smtp.greeting_ok"), m_greeting);
            enterState(State::Ehlo);
        } else {
            // 554 (RFC 5321 section 3.1) or 421: the server will not serve us.
            report(QStringLiteral("smtp.rejected_greeting"), text);
            enterState(State::Quit);
        }
        break;
    case State::Ehlo:
    case State::EhloAfterTls:
        // RFC 5321 section 3.8: 421 closes the channel, so no HELO follows;
        // after TLS there is no fallback either.
        if (reply.code != 250 && (reply.code == 421 || m_state == State::EhloAfterTls)) {
            report(QStringLiteral("smtp.hello_refused"), text);
            enterState(State::Quit);
            break;
        }
        if (reply.code != 250) {
            // RFC 5321 section 4.1.1.1: a client falls back to HELO.
            enterState(State::Helo);
            break;
        }
        m_capabilities.clear();
        m_ehloLines = reply.lines.mid(1);
        for (int i = 1; i < reply.lines.size(); ++i)
            m_capabilities.append(reply.lines.at(i).section(QLatin1Char(' '), 0, 0).toUpper());
        if (m_state == State::Ehlo && m_settings.security == Target::Security::StartTls) {
            if (m_capabilities.contains(QLatin1String("STARTTLS"))) {
                enterState(State::StartTls);
            } else {
                report(QStringLiteral("tls.starttls_missing"), QString());
                enterState(State::Quit);
            }
            break;
        }
        continueSession();
        break;
    case State::Helo:
        if (reply.code != 250) {
            report(QStringLiteral("smtp.hello_refused"), text);
            enterState(State::Quit);
        } else if (m_settings.security == Target::Security::StartTls) {
            report(QStringLiteral("tls.starttls_missing"), QString());
            enterState(State::Quit);
        } else {
            continueSession();
        }
        break;
    case State::Auth:
        onAuthReply(reply);
        break;
    case State::MailFrom:
        if (reply.code == 250) {
            enterState(State::RcptTo);
        } else {
            reportRefusal(SmtpReplyClassifier::Phase::MailFrom,
                          reply,
                          QStringLiteral("send.sender_rejected"));
            enterState(State::Quit);
        }
        break;
    case State::RcptTo:
        if (reply.code == 250 || reply.code == 251) {
            enterState(m_chunking ? State::Bdat : State::Data);
        } else {
            reportRefusal(SmtpReplyClassifier::Phase::RcptTo,
                          reply,
                          QStringLiteral("send.recipient_rejected"));
            enterState(State::Quit);
        }
        break;
    case State::Data:
        if (reply.code == 354) {
            enterState(State::DataEnd);
        } else {
            reportRefusal(SmtpReplyClassifier::Phase::Data, reply, QStringLiteral("send.refused"));
            enterState(State::Quit);
        }
        break;
    case State::DataEnd:
    case State::Bdat:
        // One reply to the whole message either way (RFC 3030 section 2).
        reportRefusal(SmtpReplyClassifier::Phase::DataEnd, reply, QStringLiteral("send.refused"));
        enterState(State::Quit);
        break;
    case State::StartTls:
        if (reply.code == 220) {
            enterState(State::StartTlsHandshake);
        } else {
            report(QStringLiteral("tls.handshake_failed"), text);
            enterState(State::Quit);
        }
        break;
    case State::Quit:
        enterState(State::Done);
        break;
    default:
        // A reply nobody asked for; RFC 5321 gives it no meaning.
        emit logged(Event::Kind::Note,
                    QStringLiteral("unexpected reply in state %1").arg(int(m_state)));
        break;
    }
}

void SmtpProbe::onConnected(qintptr descriptor, qint64 elapsedMs)
{
    m_connector->deleteLater();
    m_connector = nullptr;
    m_timings.connectMs = elapsedMs;
    emit logged(Event::Kind::Connect,
                QStringLiteral("connected to %1 in %2 ms").arg(endpoint()).arg(elapsedMs));
    if (m_settings.reportOpenPort)
        report(QStringLiteral("net.open"), QString::number(elapsedMs));

    m_socket = new QSslSocket(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_settings.extraCaCertificates.isEmpty())
        configuration.addCaCertificates(m_settings.extraCaCertificates);
    m_socket->setSslConfiguration(configuration);
    m_socket->setPeerVerifyName(m_settings.verifyName);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpProbe::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpProbe::onDisconnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpProbe::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpProbe::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::SslHandshakeFailedError)
            onHandshakeFailed();
    });
    m_socket->setSocketDescriptor(descriptor);
    enterState(m_settings.security == Target::Security::Tls ? State::TlsHandshake
                                                            : State::Greeting);
}

void SmtpProbe::onConnectFailed(const ConnectOutcome &outcome)
{
    const QString evidence = QStringLiteral("connect to %1: %2 after %3 ms")
                                 .arg(endpoint(), outcome.errorName())
                                 .arg(outcome.elapsedMs);
    emit logged(Event::Kind::Connect, evidence);
    switch (outcome.kind) {
    case ConnectOutcome::Kind::Open:
        break;
    case ConnectOutcome::Kind::Refused:
        report(QStringLiteral("net.refused"), outcome.errorName(), {evidence});
        break;
    case ConnectOutcome::Kind::Filtered:
        report(QStringLiteral("net.filtered"), QString::number(outcome.elapsedMs), {evidence});
        break;
    case ConnectOutcome::Kind::Unreachable:
    case ConnectOutcome::Kind::LocalError:
        report(QStringLiteral("net.unreachable"), outcome.errorName(), {evidence});
        break;
    }
    abort();
}

void SmtpProbe::onReadyRead()
{
    m_lines.append(m_socket->readAll());
    while (const auto line = m_lines.nextLine()) {
        m_transcript.append(QStringLiteral("S: ") + QString::fromUtf8(*line));
        emit logged(Event::Kind::Received, QString::fromUtf8(*line));
        const auto status = m_reader.feedLine(*line);
        if (status == SmtpReplyReader::Status::Malformed) {
            const bool beforeGreeting = m_state == State::Greeting;
            report(beforeGreeting ? QStringLiteral("smtp.not_smtp")
                                  : QStringLiteral("smtp.bad_reply"),
                   QString::fromUtf8(line->left(200)),
                   {m_reader.error()});
            abort();
            return;
        }
        if (status == SmtpReplyReader::Status::Complete) {
            onReply(m_reader.takeReply());
            if (!m_socket)
                return;
            if (m_state == State::StartTlsHandshake && !m_lines.pending().isEmpty()) {
                // The client speaks first in TLS: bytes after the 220 to
                // STARTTLS are no handshake, and must never be read as SMTP
                // once encrypted (RFC 3207 section 4.2; STARTTLS injection).
                report(QStringLiteral("tls.handshake_failed"),
                       QStringLiteral("%1 bytes of plain text after the 220 reply to STARTTLS")
                           .arg(m_lines.pending().size()),
                       {QString::fromUtf8(m_lines.pending().left(200))});
                abort();
                return;
            }
        }
    }
    if (m_lines.overflowed()) {
        report(QStringLiteral("smtp.bad_reply"), QStringLiteral("a line longer than 64 KiB"));
        abort();
    }
}

void SmtpProbe::onStepTimeout()
{
    const QString waited = QString::number(m_settings.stepTimeoutMs);
    switch (m_state) {
    case State::Greeting:
        report(QStringLiteral("smtp.no_greeting"), waited);
        break;
    case State::TlsHandshake:
    case State::StartTlsHandshake:
        report(QStringLiteral("tls.handshake_failed"),
               QStringLiteral("no TLS answer within %1 ms").arg(waited));
        break;
    case State::Quit:
        break; // the answer to QUIT is a courtesy
    default:
        report(QStringLiteral("smtp.no_reply"), waited);
        break;
    }
    abort();
}

void SmtpProbe::onDisconnected()
{
    if (m_state == State::Quit || m_state == State::Done) {
        abort();
        return;
    }
    const QString closed = QStringLiteral("the server closed the connection after %1 ms")
                               .arg(m_clock.elapsed());
    if (m_state == State::Greeting)
        report(QStringLiteral("smtp.no_greeting"), QString::number(m_clock.elapsed()), {closed});
    else if (m_state == State::TlsHandshake || m_state == State::StartTlsHandshake)
        onHandshakeFailed();
    else
        report(QStringLiteral("smtp.no_reply"), QString::number(m_clock.elapsed()), {closed});
    abort();
}

void SmtpProbe::onEncrypted()
{
    m_stepTimer.stop();
    m_timings.tlsMs = m_stateClock.elapsed();
    const QSslCipher cipher = m_socket->sessionCipher();
    const QString summary = QStringLiteral("%1, %2").arg(cipher.protocolString(), cipher.name());
    m_encrypted = true;
    m_tlsSummary = summary;
    m_chain = m_socket->peerCertificateChain();
    emit logged(Event::Kind::Tls, QStringLiteral("TLS established: ") + summary);
    if (m_sslErrors.isEmpty())
        report(QStringLiteral("tls.ok"), summary, certificateEvidence());
    // TLS 1.0 and 1.1 (RFC 8996): only reached where this machine's OpenSSL
    // still allows them; elsewhere such a server fails the handshake.
    const QSsl::SslProtocol protocol = m_socket->sessionProtocol();
    if (protocol != QSsl::UnknownProtocol && int(protocol) < int(QSsl::TlsV1_2))
        report(QStringLiteral("tls.old_protocol"), cipher.protocolString());
    enterState(m_state == State::TlsHandshake ? State::Greeting : State::EhloAfterTls);
}

void SmtpProbe::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    QStringList reported;
    for (const QSslError &error : errors) {
        emit logged(Event::Kind::Tls,
                    QStringLiteral("certificate problem: ") + error.errorString());
        const QString id = findingForSslError(error.error());
        if (reported.contains(id))
            continue;
        reported.append(id);
        const QString detail = id == QLatin1String("tls.name_mismatch")
                                   ? describeNames(m_socket->peerCertificate())
                                   : error.errorString();
        report(id, detail, certificateEvidence());
    }
    // A probe sends nothing secret, so it goes on to learn what follows. A
    // session that signs in stops here: the password must not reach a
    // server whose identity is not proven (the handshake then fails).
    if (!m_settings.credentials)
        m_socket->ignoreSslErrors();
}

void SmtpProbe::onHandshakeFailed()
{
    if (m_state != State::TlsHandshake && m_state != State::StartTlsHandshake)
        return;
    // Certificate errors were reported already; this is a protocol failure.
    if (m_sslErrors.isEmpty())
        report(QStringLiteral("tls.handshake_failed"), m_socket->errorString());
    abort();
}

void SmtpProbe::send(const QByteArray &line)
{
    m_transcript.append(QStringLiteral("C: ") + QString::fromUtf8(line));
    emit logged(Event::Kind::Sent, QString::fromUtf8(line));
    m_socket->write(line + "\r\n");
    m_stepTimer.start(m_settings.stepTimeoutMs);
}

void SmtpProbe::report(const QString &id, const QString &detail, QStringList evidence)
{
    evidence.prepend(
        QStringLiteral("%1, %2 ms after the start").arg(endpoint()).arg(m_clock.elapsed()));
    evidence.append(m_transcript);
    const QString address = m_settings.address.toString();
    emit found(id, {address, QString::number(m_settings.port), detail}, evidence);
}

void SmtpProbe::continueSession()
{
    if (m_message.isEmpty() && !m_settings.from.isEmpty()) {
        // The header names the addresses as the envelope does: a domain in
        // its ASCII form, so that without SMTPUTF8 the header stays ASCII.
        m_message = TestMessage::compose(
            QString::fromUtf8(EnvelopeAddress::from(m_settings.from).text),
            QString::fromUtf8(EnvelopeAddress::from(m_settings.to).text),
            endpoint());
    }
    if (m_settings.credentials)
        startAuth();
    else
        enterState(m_settings.from.isEmpty() ? State::Quit : State::MailFrom);
}

QStringList SmtpProbe::authMechanisms() const
{
    // The EHLO line "AUTH PLAIN LOGIN" (RFC 4954 section 3), kept as sent.
    for (const QString &line : m_ehloLines) {
        if (line.startsWith(QLatin1String("AUTH "), Qt::CaseInsensitive)
            || line.startsWith(QLatin1String("AUTH="), Qt::CaseInsensitive))
            return line.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return {};
}

void SmtpProbe::startAuth()
{
    const QStringList offered = authMechanisms();
    const QString offeredText = offered.join(QLatin1Char(' '));
    const State afterward = m_settings.from.isEmpty() ? State::Quit : State::MailFrom;
    if (offered.isEmpty()) {
        // RFC 3207 section 4.2: many servers offer AUTH only inside TLS.
        const bool afterTls = !m_encrypted && m_capabilities.contains(QLatin1String("STARTTLS"));
        report(afterTls ? QStringLiteral("auth.tls_required") : QStringLiteral("auth.not_offered"),
               QString());
        enterState(afterward); // some servers relay by address alone: try the send
        return;
    }
    const QString mechanism = m_settings.mechanism.isEmpty()
                                  ? SaslClient::strongest(offered, *m_settings.credentials)
                                  : m_settings.mechanism.toUpper();
    if (mechanism.isEmpty() || !offered.contains(mechanism, Qt::CaseInsensitive)) {
        report(QStringLiteral("auth.mechanism_unsupported"),
               offeredText,
               {QStringLiteral("asked for: %1")
                    .arg(mechanism.isEmpty() ? QStringLiteral("any we can do") : mechanism)});
        enterState(State::Quit);
        return;
    }
    // No password crosses an unencrypted connection unless the user said so.
    if (!m_encrypted && !m_settings.allowCleartextAuth) {
        report(QStringLiteral("auth.cleartext_refused"), mechanism);
        enterState(State::Quit);
        return;
    }
    m_sasl = std::make_unique<SaslClient>(
        mechanism, *m_settings.credentials, m_settings.verifyName);
    if (!m_sasl->error().isEmpty()) {
        report(QStringLiteral("auth.mechanism_unsupported"), offeredText, {m_sasl->error()});
        enterState(State::Quit);
        return;
    }
    enterState(State::Auth);
}

void SmtpProbe::onAuthReply(const SmtpReply &reply)
{
    // No mechanism we speak needs more than a few rounds (SCRAM: two). A
    // server that challenges for ever, or after "*" (RFC 4954 section 4: it
    // must then reject with 501), would keep the session going without end.
    const int maxChallenges = 8;
    if (reply.code == 334 && (m_authCancelled || ++m_authChallenges > maxChallenges)) {
        report(QStringLiteral("smtp.bad_reply"),
               m_authCancelled ? QStringLiteral("a 334 challenge after the client cancelled AUTH")
                               : QStringLiteral("more than %1 AUTH challenges").arg(maxChallenges),
               {reply.rawLines().constFirst().left(200)});
        abort();
        return;
    }
    if (reply.code == 334) {
        QByteArray response;
        const QByteArray challenge = QByteArray::fromBase64(reply.lines.value(0).toLatin1());
        if (m_sasl->step(challenge, &response) == SaslClient::Status::Failed) {
            // RFC 4954 section 4: "*" cancels the exchange.
            m_authCancelled = true;
            send("*");
            return;
        }
        sendSecret(response.toBase64(), QStringLiteral("<credentials hidden>"));
        return;
    }
    if (reply.code == 235) {
        report(QStringLiteral("auth.ok"), m_sasl->mechanism());
        enterState(m_settings.from.isEmpty() ? State::Quit : State::MailFrom);
        return;
    }
    reportRefusal(SmtpReplyClassifier::Phase::Auth, reply, QStringLiteral("auth.failed"));
    enterState(State::Quit);
}

void SmtpProbe::reportRefusal(SmtpReplyClassifier::Phase phase,
                              const SmtpReply &reply,
                              const QString &fallbackId)
{
    // Known replies get their finding; an unknown one is shown in the
    // server's own words under the step's general finding.
    const QString words = reply.rawLines().join(QLatin1Char(' '));
    const auto classification = SmtpReplyClassifier::classify(phase, reply);
    if (classification && classification->id == QLatin1String("send.accepted")) {
        report(classification->id,
               classification->detail.isEmpty() ? words : classification->detail,
               {words});
        return;
    }
    report(classification ? classification->id : fallbackId, words);
}

void SmtpProbe::sendEnvelope()
{
    const EnvelopeAddress from = EnvelopeAddress::from(m_settings.from);
    const EnvelopeAddress to = EnvelopeAddress::from(m_settings.to);
    const bool utf8 = from.needsSmtpUtf8 || to.needsSmtpUtf8;
    if (utf8 && !m_capabilities.contains(QLatin1String("SMTPUTF8"))) {
        // A non-ASCII local part has no ASCII form: without SMTPUTF8 the
        // server cannot take it (RFC 6531 section 3.2).
        report(QStringLiteral("send.utf8_unsupported"),
               QString::fromUtf8(from.needsSmtpUtf8 ? from.text : to.text));
        enterState(State::Quit);
        return;
    }
    m_mailFrom = "MAIL FROM:<" + from.text + '>';
    m_rcptTo = "RCPT TO:<" + to.text + '>';
    if (m_capabilities.contains(QLatin1String("SIZE")))
        m_mailFrom += " SIZE=" + QByteArray::number(m_message.size()); // RFC 1870
    if (utf8) {
        m_mailFrom += " SMTPUTF8";
        // Addresses in the header make the message 8-bit (RFC 6532).
        if (m_capabilities.contains(QLatin1String("8BITMIME")))
            m_mailFrom += " BODY=8BITMIME";
    }
    m_chunking = m_capabilities.contains(QLatin1String("CHUNKING"));
    m_pipelined = m_capabilities.contains(QLatin1String("PIPELINING"));
    send(m_mailFrom);
    // RFC 2920: with PIPELINING, RCPT and DATA go along without waiting; so
    // does BDAT with the message itself, and QUIT after it.
    if (m_pipelined) {
        send(m_rcptTo);
        if (m_chunking)
            sendMessage();
        else
            send("DATA");
    }
}

void SmtpProbe::sendMessage()
{
    QByteArray bytes = m_message;
    if (m_chunking) {
        // BDAT carries the message as it is: no dot-stuffing, no final ".".
        send("BDAT " + QByteArray::number(m_message.size()) + " LAST");
    } else {
        bytes = TestMessage::forData(m_message);
    }
    const QString shown = QStringLiteral("<the test message, %1 bytes>").arg(bytes.size());
    m_transcript.append(QStringLiteral("C: ") + shown);
    emit logged(Event::Kind::Sent, shown);
    m_socket->write(bytes);
    awaitReply();
    if (m_pipelined)
        sendQuitAhead();
}

void SmtpProbe::sendQuitAhead()
{
    send("QUIT");
    m_quitSent = true;
}

void SmtpProbe::awaitReply()
{
    m_stepTimer.start(m_settings.stepTimeoutMs);
}

void SmtpProbe::sendSecret(const QByteArray &line, const QString &shown)
{
    // What reaches the transcript and the event log is `shown`: the secret
    // never enters them (and so no report, no log, no crash output).
    m_transcript.append(QStringLiteral("C: ") + shown);
    emit logged(Event::Kind::Sent, shown);
    m_socket->write(line + "\r\n");
    m_stepTimer.start(m_settings.stepTimeoutMs);
}

void SmtpProbe::startTls()
{
    emit logged(Event::Kind::Tls,
                QStringLiteral("TLS handshake, expecting the name %1").arg(m_settings.verifyName));
    m_socket->startClientEncryption();
}

QByteArray SmtpProbe::heloArgument() const
{
    // RFC 5321 section 4.1.3: an address literal when no FQDN is known.
    const QHostAddress local = m_socket ? m_socket->localAddress() : QHostAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + local.toString().toLatin1() + ']';
    return '[' + local.toString().toLatin1() + ']';
}

QStringList SmtpProbe::certificateEvidence() const
{
    const QSslCertificate certificate = m_socket ? m_socket->peerCertificate() : QSslCertificate();
    if (certificate.isNull())
        return {};
    return {
        QStringLiteral("certificate subject: %1").arg(certificate.subjectDisplayName()),
        QStringLiteral("certificate names: %1").arg(describeNames(certificate)),
        QStringLiteral("issuer: %1").arg(certificate.issuerDisplayName()),
        QStringLiteral("valid from %1 to %2")
            .arg(certificate.effectiveDate().toString(Qt::ISODate),
                 certificate.expiryDate().toString(Qt::ISODate)),
    };
}
