// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpProbe.h"

#include "crypto/Crypto.h"
#include "findings/FindingIds.h"
#include "net/TcpConnector.h"
#include "smtp/SmtpAuthExchange.h"
#include "smtp/SmtpTransaction.h"
#include "smtp/TlsUpgrade.h"

#include <QMetaEnum>
#include <QSslSocket>

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
        m_socket->disconnect(m_tls);
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
        m_tls->start();
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
    case State::Auth:
        send(m_auth->command());
        break;
    case State::MailFrom:
        sendEnvelope();
        break;
    case State::RcptTo:
        if (m_transaction->isPipelined())
            awaitReply();
        else
            send(m_transaction->rcptTo());
        break;
    case State::Data:
        if (m_transaction->isPipelined())
            awaitReply();
        else
            send("DATA");
        break;
    case State::Bdat:
        if (m_transaction->isPipelined())
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
            report(QLatin1String(FindingId::SmtpGreetingOk), m_greeting);
            enterState(State::Ehlo);
        } else {
            // 554 (RFC 5321 section 3.1) or 421: the server will not serve us.
            report(QLatin1String(FindingId::SmtpRejectedGreeting), text);
            enterState(State::Quit);
        }
        break;
    case State::Ehlo:
    case State::EhloAfterTls:
        // RFC 5321 section 3.8: 421 closes the channel, so no HELO follows;
        // after TLS there is no fallback either.
        if (reply.code != 250 && (reply.code == 421 || m_state == State::EhloAfterTls)) {
            report(QLatin1String(FindingId::SmtpHelloRefused), text);
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
                report(QLatin1String(FindingId::TlsStarttlsMissing), QString());
                enterState(State::Quit);
            }
            break;
        }
        continueSession();
        break;
    case State::Helo:
        if (reply.code != 250) {
            report(QLatin1String(FindingId::SmtpHelloRefused), text);
            enterState(State::Quit);
        } else if (m_settings.security == Target::Security::StartTls) {
            report(QLatin1String(FindingId::TlsStarttlsMissing), QString());
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
                          QLatin1String(FindingId::SendSenderRejected));
            enterState(State::Quit);
        }
        break;
    case State::RcptTo:
        if (reply.code == 250 || reply.code == 251) {
            enterState(m_transaction->usesChunking() ? State::Bdat : State::Data);
        } else {
            reportRefusal(SmtpReplyClassifier::Phase::RcptTo,
                          reply,
                          QLatin1String(FindingId::SendRecipientRejected));
            enterState(State::Quit);
        }
        break;
    case State::Data:
        if (reply.code == 354) {
            enterState(State::DataEnd);
        } else {
            reportRefusal(
                SmtpReplyClassifier::Phase::Data, reply, QLatin1String(FindingId::SendRefused));
            enterState(State::Quit);
        }
        break;
    case State::DataEnd:
    case State::Bdat:
        // One reply to the whole message either way (RFC 3030 section 2).
        reportRefusal(
            SmtpReplyClassifier::Phase::DataEnd, reply, QLatin1String(FindingId::SendRefused));
        enterState(State::Quit);
        break;
    case State::StartTls:
        if (reply.code == 220) {
            enterState(State::StartTlsHandshake);
        } else {
            report(QLatin1String(FindingId::TlsHandshakeFailed), text);
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
        report(QLatin1String(FindingId::NetOpen), QString::number(elapsedMs));

    m_socket = new QSslSocket(this);
    m_tls = new TlsUpgrade(
        m_socket,
        {m_settings.verifyName, m_settings.extraCaCertificates, m_settings.credentials.has_value()},
        this);
    connect(m_tls,
            &TlsUpgrade::found,
            this,
            [this](const QString &id, const QString &detail, const QStringList &evidence) {
                report(id, detail, evidence);
            });
    connect(m_tls, &TlsUpgrade::logged, this, &SmtpProbe::logged);
    connect(m_tls, &TlsUpgrade::established, this, &SmtpProbe::onEncrypted);
    connect(m_tls, &TlsUpgrade::handshakeFailed, this, &SmtpProbe::onHandshakeFailed);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpProbe::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpProbe::onDisconnected);
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
    if (outcome.kind != ConnectOutcome::Kind::Open)
        report(outcome.findingId(), outcome.findingDetail(), {evidence});
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
            report(beforeGreeting ? QLatin1String(FindingId::SmtpNotSmtp)
                                  : QLatin1String(FindingId::SmtpBadReply),
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
                report(QLatin1String(FindingId::TlsHandshakeFailed),
                       QStringLiteral("%1 bytes of plain text after the 220 reply to STARTTLS")
                           .arg(m_lines.pending().size()),
                       {QString::fromUtf8(m_lines.pending().left(200))});
                abort();
                return;
            }
        }
    }
    if (m_lines.overflowed()) {
        report(QLatin1String(FindingId::SmtpBadReply), QStringLiteral("a line longer than 64 KiB"));
        abort();
    }
}

void SmtpProbe::onStepTimeout()
{
    const QString waited = QString::number(m_settings.stepTimeoutMs);
    switch (m_state) {
    case State::Greeting:
        report(QLatin1String(FindingId::SmtpNoGreeting), waited);
        break;
    case State::TlsHandshake:
    case State::StartTlsHandshake:
        report(QLatin1String(FindingId::TlsHandshakeFailed),
               QStringLiteral("no TLS answer within %1 ms").arg(waited));
        break;
    case State::Quit:
        break; // the answer to QUIT is a courtesy
    default:
        report(QLatin1String(FindingId::SmtpNoReply), waited);
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
        report(
            QLatin1String(FindingId::SmtpNoGreeting), QString::number(m_clock.elapsed()), {closed});
    else if (m_state == State::TlsHandshake || m_state == State::StartTlsHandshake)
        onHandshakeFailed();
    else
        report(QLatin1String(FindingId::SmtpNoReply), QString::number(m_clock.elapsed()), {closed});
    abort();
}

void SmtpProbe::onEncrypted()
{
    m_stepTimer.stop();
    m_timings.tlsMs = m_stateClock.elapsed();
    enterState(m_state == State::TlsHandshake ? State::Greeting : State::EhloAfterTls);
}

void SmtpProbe::onHandshakeFailed()
{
    if (m_state != State::TlsHandshake && m_state != State::StartTlsHandshake)
        return;
    // Certificate errors were reported already; this is a protocol failure.
    if (!m_tls->sawCertificateProblem())
        report(QLatin1String(FindingId::TlsHandshakeFailed), m_socket->errorString());
    abort();
}

void SmtpProbe::send(const QByteArray &line)
{
    m_transcript.append(QStringLiteral("C: ") + QString::fromUtf8(line));
    emit logged(Event::Kind::Sent, QString::fromUtf8(line));
    m_socket->write(line + "\r\n");
    m_stepTimer.start(m_settings.stepTimeoutMs);
}

void SmtpProbe::report(const QString &id,
                       const QString &detail,
                       QStringList evidence,
                       const QString &messageId)
{
    evidence.prepend(
        QStringLiteral("%1, %2 ms after the start").arg(endpoint()).arg(m_clock.elapsed()));
    evidence.append(m_transcript);
    const QString address = m_settings.address.toString();
    QStringList args{address, QString::number(m_settings.port), detail};
    if (!messageId.isEmpty())
        args.append(messageId);
    emit found(id, args, evidence);
}

void SmtpProbe::report(const SessionProblem &problem)
{
    report(problem.id, problem.detail, problem.evidence);
}

void SmtpProbe::continueSession()
{
    if (!m_transaction && !m_settings.from.isEmpty())
        m_transaction = std::make_unique<SmtpTransaction>(
            m_settings.from, m_settings.to, endpoint());
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
    if (offered.isEmpty()) {
        // RFC 3207 section 4.2: many servers offer AUTH only inside TLS.
        const bool afterTls = !isEncrypted() && m_capabilities.contains(QLatin1String("STARTTLS"));
        report(afterTls ? QLatin1String(FindingId::AuthTlsRequired)
                        : QLatin1String(FindingId::AuthNotOffered),
               QString());
        // Some servers relay by address alone: try the send.
        enterState(m_settings.from.isEmpty() ? State::Quit : State::MailFrom);
        return;
    }
    m_auth = std::make_unique<SmtpAuthExchange>(SmtpAuthExchange::Options{
        *m_settings.credentials,
        m_settings.mechanism,
        m_settings.allowCleartextAuth,
        m_settings.verifyName,
        SmtpReply::greetingName(m_greeting),
    });
    if (const auto problem = m_auth->begin(offered, isEncrypted())) {
        report(*problem);
        enterState(State::Quit);
        return;
    }
    enterState(State::Auth);
}

void SmtpProbe::onAuthReply(const SmtpReply &reply)
{
    if (reply.code == 334) {
        const auto answer = m_auth->answer(reply);
        if (const auto *problem = std::get_if<SessionProblem>(&answer)) {
            report(*problem);
            abort();
        } else {
            send(std::get<ClientLine>(answer));
        }
        return;
    }
    if (reply.code == 235) {
        for (const SessionProblem &finding : m_auth->accepted())
            report(finding);
        enterState(m_settings.from.isEmpty() ? State::Quit : State::MailFrom);
        return;
    }
    report(m_auth->refused(reply));
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
    if (classification && classification->id == QLatin1String(FindingId::SendAccepted)) {
        report(classification->id,
               classification->detail.isEmpty() ? words : classification->detail,
               {words},
               QString::fromUtf8(m_transaction->messageId()));
        return;
    }
    report(classification ? classification->id : fallbackId, words);
}

void SmtpProbe::sendEnvelope()
{
    if (const auto problem = m_transaction->plan(m_capabilities)) {
        report(*problem);
        enterState(State::Quit);
        return;
    }
    send(m_transaction->mailFrom());
    // RFC 2920: with PIPELINING, RCPT and DATA go along without waiting; so
    // does BDAT with the message itself, and QUIT after it.
    if (m_transaction->isPipelined()) {
        send(m_transaction->rcptTo());
        if (m_transaction->usesChunking())
            sendMessage();
        else
            send("DATA");
    }
}

void SmtpProbe::sendMessage()
{
    if (m_transaction->usesChunking())
        send(m_transaction->bdatCommand());
    const QByteArray bytes = m_transaction->payload();
    const QString shown = QStringLiteral("<the test message, %1 bytes>").arg(bytes.size());
    m_transcript.append(QStringLiteral("C: ") + shown);
    emit logged(Event::Kind::Sent, shown);
    m_socket->write(bytes);
    awaitReply();
    if (m_transaction->isPipelined())
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

void SmtpProbe::send(const ClientLine &line)
{
    if (!line.isSecret()) {
        send(line.bytes);
        return;
    }
    sendSecret(line.bytes, line.shown);
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

QByteArray SmtpProbe::heloArgument() const
{
    // RFC 5321 section 4.1.3: an address literal when no FQDN is known.
    const QHostAddress local = m_socket ? m_socket->localAddress() : QHostAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + local.toString().toLatin1() + ']';
    return '[' + local.toString().toLatin1() + ']';
}

QString SmtpProbe::certificateSha256() const
{
    // The chain is kept once encrypted; before that (a certificate problem
    // being reported) the socket still holds what the server showed.
    QSslCertificate leaf = certificateChain().value(0);
    if (leaf.isNull() && m_socket)
        leaf = m_socket->peerCertificate();
    return leaf.isNull() ? QString() : QString::fromLatin1(Crypto::sha256(leaf.toDer()).toHex());
}
